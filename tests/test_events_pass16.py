"""Event and actor phenomena of the sixteenth pass (issue 3), each with sentences written here.

Headlines without a copula ("North Korea ready to ..."), force between states, generic "by"
agents, a national body's voice in a dispatch, "they" after a group no dictionary knows, going
ahead with an act, the border "with" a country, a possessive over a noun compound, a passive
refusal reported by a speaker, the forces a commander orders, warnings of a response to "any"
provocation, wishing for another's yielding, the party a condition is set on, "a spokesman for"
a body, "the spokesman" named before, military countermeasures, protecting investments and using
weapons.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.events import EventCoder
from tests.conftest import assert_coded, coded_triples

DAY = dt.date(2013, 6, 1)


def codes(coder: EventCoder, text: str) -> set[tuple[str, str, str]]:
    return coded_triples(coder, text, DAY)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a headline's "X ready to Y" is "X is ready to Y": X's intent, not the speaker's act
        (
            "Kremlin says Belarus ready to consider a pact during talks",
            ("BLR", "?", "030"),
            ("RUSGOV", "?", "014"),
        ),
        ("Iran willing to resume talks with Germany", ("IRN", "DEU", "036"), ("IRN", "?", "040")),
        ("Japan says China unwilling to discuss the islands", ("CHN", "?", "125"), None),
        ("Cuba ready for talks with Mexico", ("CUB", "MEX", "036"), None),
    ],
)
def test_headline_without_copula(coder: EventCoder, text: str, expected: tuple, absent) -> None:
    assert_coded(codes(coder, text), expected, absent)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one state's force on another is a fight; on protesters, repression
        ("Russia used force against Georgia in 2008.", ("RUS", "GEO", "190")),
        ("Police used force against protesters.", None),
        ("Japan threatened to use force against China.", ("JPN", "CHN", "138")),
        # the subject of an "if" condition is the state the force would be used on
        (
            "Obama said the United States could use force if Iran failed to comply.",
            ("USA", "IRN", "190"),
        ),
    ],
)
def test_force_between_states(coder: EventCoder, text: str, expected) -> None:
    found = codes(coder, text)
    if expected is None:
        assert {c for c in found if c[2] in ("175", "190")} == {("---COP", "---OPP", "175")}, found
    else:
        assert expected in found, found
        assert not any(c[2] in ("175", "137") for c in found), found


@pytest.mark.model
def test_threat_of_force_on_demonstrators_stays_repression(coder: EventCoder) -> None:
    found = codes(coder, "The regime threatened to use force against demonstrators.")
    assert any(c[2] == "137" for c in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare plural agent of a modal passive is a kind, no actor
        ("Stability can be secured only by strong armies.", set()),
        ("Peace can be guaranteed only by strong forces.", set()),
        # a named one stays
        ("Stability can be guaranteed by Chinese troops.", {("CHNMIL", "?", "030")}),
    ],
)
def test_generic_agent_is_no_source(coder: EventCoder, text: str, expected: set) -> None:
    assert codes(coder, text) == expected


@pytest.mark.model
def test_attack_by_bare_plural_keeps_its_agent(coder: EventCoder) -> None:
    assert ("---UAF", "?", "190") in codes(coder, "The base was attacked by militants on Monday.")


DISPATCH = (
    "TOKYO, May 2 (Kyodo) -- North Korea fired two missiles into the sea on Tuesday. "
    '"We are watching closely," a Defense Ministry spokesman said.'
)


@pytest.mark.model
def test_body_voice_in_a_dispatch_is_the_datelines(coder: EventCoder) -> None:
    found = codes(coder, DISPATCH)
    assert ("JPNGOV", "?", "010") in found, found
    # with no dateline the voice stays unknown
    bare = codes(coder, '"We are watching closely," a Defense Ministry spokesman said.')
    assert ("---GOV", "?", "010") in bare, bare


@pytest.mark.model
def test_they_after_an_unknown_group_is_not_the_earlier_country(coder: EventCoder) -> None:
    text = (
        "Iran and six world powers reached an interim deal in Vienna on Sunday. Iran will limit "
        "its enrichment. In return, the six powers will release frozen funds. They will not "
        "impose new sanctions for six months."
    )
    found = codes(coder, text)
    assert not any(c[0] == "IRN" and c[2] == "163" for c in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # pressing ahead with an act is doing it, no demand
        (
            "North Korea pressed ahead with the rocket launch despite warnings.",
            ("PRK", "?", "150"),
            ("PRK", "?", "100"),
        ),
        ("Iran pushed ahead with plans to build a reactor.", None, ("IRN", "?", "100")),
        # pressing someone to act is still a demand
        ("The United States pressed China to act.", ("USA", "CHN", "100"), None),
    ],
)
def test_pressing_ahead_is_no_demand(coder: EventCoder, text: str, expected, absent) -> None:
    found = codes(coder, text)
    if expected is not None:
        assert expected in found, found
    if absent is not None:
        assert absent not in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("The two presidents of Chile and Peru met near the border with Bolivia.", "BOL"),
        ("Vladimir Putin met Alexander Lukashenko near the border with Poland.", "POL"),
    ],
)
def test_border_with_a_country_is_no_party_to_a_meeting(
    coder: EventCoder, text: str, party: str
) -> None:
    found = codes(coder, text)
    assert found, found
    assert not any(party in (c[0], c[1]) for c in found), found


@pytest.mark.model
def test_force_near_a_border_keeps_the_country_beyond(coder: EventCoder) -> None:
    found = codes(coder, "Syrian troops fired shells near the border with Turkey.")
    assert any(c[0] == "SYRMIL" and c[1] == "TUR" for c in found), found


@pytest.mark.model
def test_possessive_scopes_over_a_noun_compound(coder: EventCoder) -> None:
    text = "North Korea offered talks on Sunday. Seoul dismissed the North's talks offer."
    found = codes(coder, text)
    assert any(c[:2] == ("KORGOV", "PRK") and c[2].startswith("12") for c in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive refusal with no "by", reported: the speaker's side refuses
        (
            "Talks with Venezuela have been ruled out, a Colombian official said.",
            ("COLGOV", "VEN", "125"),
        ),
        ("The Iranian proposal was rejected, a French official said.", ("FRAGOV", "IRN", "127")),
        # a "by" agent is the one who refused
        ("A French official said the proposal had been rejected by Iran.", ("IRN", "?", "127")),
    ],
)
def test_passive_refusal_reported_by_a_speaker(coder: EventCoder, text: str, expected) -> None:
    assert expected in codes(coder, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the forces a commander orders are the commander's own
        ("Kim Jong Un told troops to be ready to fight.", ("PRKGOV", "PRKMIL", "100")),
        (
            "The Syrian president ordered soldiers to fire on protesters.",
            ("SYRGOV", "SYRMIL", "100"),
        ),
    ],
)
def test_commanded_forces_are_the_commanders(coder: EventCoder, text: str, expected) -> None:
    assert expected in codes(coder, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # an audience is no one's force; "told X that ..." is a report, not a command
        "Obama told reporters to expect more sanctions.",
        "A Cuban spokesman told the state news agency that the deal was a trick.",
    ],
)
def test_audience_and_report_are_not_commanded(coder: EventCoder, text: str) -> None:
    found = codes(coder, text)
    assert not any(c[0][:3] == "USA" and c[0] != "USAGOV" for c in found), found
    assert not any(c[1] == "CUBGOV" for c in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # responding to "any" provocation is a warning of what would follow one
        ("Seoul said it would respond strongly to any provocation.", ("KORGOV", "?", "130")),
        ("Tokyo vowed to respond firmly to any Chinese provocation.", ("JPNGOV", "CHN", "130")),
        ("Israel said it would retaliate against any attack.", ("ISR", "?", "138")),
        # a reply to one that happened is no threat
        ("The army responded to the attack on Monday.", ("---MIL", "?", "010")),
    ],
)
def test_response_to_any_provocation_is_a_warning(coder: EventCoder, text: str, expected) -> None:
    assert expected in codes(coder, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a yielding wished for as a thing is an appeal to those who would yield
        ("Cuba wants an end to sanctions.", ("CUB", "?", "0254")),
        ("Iran wants the lifting of sanctions.", ("IRN", "?", "0254")),
        # one's own yielding, with "to", and joint acts stay intents
        ("Iran wants to ease sanctions on Iraq.", ("IRN", "IRQ", "0354")),
        ("Iran wants talks with the United States.", ("IRN", "USA", "036")),
    ],
)
def test_wishing_for_anothers_yielding_is_an_appeal(coder: EventCoder, text: str, expected) -> None:
    found = codes(coder, text)
    assert expected in found, found


@pytest.mark.model
def test_condition_pronoun_is_the_party_threatened(coder: EventCoder) -> None:
    text = (
        "Russia and China vetoed a Security Council resolution on Yemen on Thursday. The "
        "resolution threatened sanctions against the government of Yemen if it did not stop "
        "the shelling of towns."
    )
    found = codes(coder, text)
    assert not any(c[0] in ("RUS", "CHN") and c[2] != "129" for c in found), found
    assert any(c[0] == "YEMGOV" for c in found), found


@pytest.mark.model
def test_condition_pronoun_with_an_actor_subject_is_the_subject(coder: EventCoder) -> None:
    found = codes(coder, "Israel will strike Gaza if it is attacked.")
    assert ("?", "ISR", "190") in found, found


@pytest.mark.model
def test_a_spokesman_for_a_body_and_the_spokesman_after(coder: EventCoder) -> None:
    text = (
        "A spokesman for the Korean People's Army read the statement on television. The "
        "spokesman warned that the army would take strong military countermeasures against the "
        "United States if the drills went ahead."
    )
    found = codes(coder, text)
    assert ("PRKMIL", "USA", "138") in found, found
    assert ("USAGOV", "?", "010") in codes(
        coder, "A spokesman for the State Department said the talks would resume."
    )


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # protecting investments is economic cooperation; people, protection (074)
        (
            "North Korea agreed to protect the investments of South Korean companies.",
            ("PRK", "KORBUS", "0311"),
        ),
        ("UN troops will protect civilians in Darfur.", ("IGOUNOMIL", "SDNCVL", "074")),
        # using weapons is fighting with them, not arming anyone
        ("The army used tanks against the rebels.", ("---MIL", "---REB", "194")),
        ("Syrian troops used heavy weapons against the town.", ("SYRMIL", "?", "194")),
    ],
)
def test_protecting_and_using(coder: EventCoder, text: str, expected) -> None:
    found = codes(coder, text)
    assert expected in found, found


@pytest.mark.model
def test_quote_we_takes_the_body_voice_of_the_dateline(coder: EventCoder) -> None:
    text = (
        "TOKYO, May 2 (Kyodo) -- North Korea fired two missiles on Tuesday. "
        '"We will respond sternly to any further provocation," a Defense Ministry spokesman '
        "told reporters."
    )
    found = codes(coder, text)
    assert ("JPNGOV", "?", "130") in found, found


@pytest.mark.model
def test_news_agency_sends_no_inspectors(coder: EventCoder) -> None:
    text = (
        "VIENNA, May 2 (AP) -- Iran said on Monday that talks would resume. The Austrian "
        "minister said Iran must allow international inspectors to return."
    )
    found = codes(coder, text)
    assert not any(c[1] == "USA" for c in found), found
    assert ("IRN", "?", "0862") in found, found
