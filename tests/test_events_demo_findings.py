"""Event phenomena the lead found in the demo ledger (fifteenth pass, issue 3).

Receiving as a visit needs a visitor, "ends with X" acts on nothing, an event noun that is the
subject of a modal clause did not happen, a place one is near is no party to a visit, and an
appeal's addressee is the one asked, not a party named in what is asked. Sentences written for
these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.events import EventCoder
from tests.conftest import coded_events, coded_triples

DAY = dt.date(2011, 6, 1)


def events(coder: EventCoder, text: str) -> list:
    return coded_events(coder, text, DAY)


def codes(coder: EventCoder, text: str) -> set[tuple[str, str, str]]:
    return coded_triples(coder, text, DAY)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a share, a sum, a letter received is no visit
        ("The opposition leader Ahn received about 40 percent of the vote.", set()),
        ("The German chancellor received a letter from the French embassy.", set()),
        ("The Thai premier received 2 million dollars from the World Bank.", set()),
        # a person, a delegation or an actor received is a visit hosted (043)
        ("President Lee received the Japanese envoy on Tuesday.", {("KORGOV", "JPNGOV", "043")}),
        ("Putin received the Cuban leader in Moscow.", {("RUSGOV", "CUBGOV", "043")}),
        ("The Chinese envoy was received by Kim Jong Il.", {("PRKGOV", "CHNGOV", "043")}),
    ],
)
def test_receiving_is_a_visit_only_of_someone(coder: EventCoder, text: str, expected: set) -> None:
    found = {c for c in codes(coder, text) if c[2] == "043"}
    assert found == expected, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "absent_roots"),
    [
        # "ends with", "begins with": an order of parts, no act on the "with" object
        ("The Japanese draft begins with the North's steps and ends with food aid.", {"16"}),
        ("The Chinese plan ends with sanctions relief for Iran.", {"16", "08"}),
        ("The French proposal opens with a call for talks and ends with a ceasefire.", {"16"}),
    ],
)
def test_a_with_phrase_is_no_object(coder: EventCoder, text: str, absent_roots: set) -> None:
    found = {c[2][:2] for c in codes(coder, text)}
    assert not (found & absent_roots), codes(coder, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the object still counts, and a pattern naming "with" still reads it
        ("Washington ended food aid to North Korea.", ("USAGOV", "PRK", "16")),
        ("The United States hit Iran with new sanctions.", ("USA", "IRN", "16")),
    ],
)
def test_objects_and_with_patterns_still_code(coder: EventCoder, text: str, expected) -> None:
    found = {(s, t, c[:2]) for s, t, c in codes(coder, text)}
    assert expected in found, found


def modality_of(coder: EventCoder, text: str, cameo_root: str) -> set[str]:
    return {e.modality for e in events(coder, text) if e.cameo.startswith(cameo_root)}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root", "modality"),
    [
        # an event noun as the subject of a modal clause did not happen
        (
            "Tokyo said that an Iranian moratorium on missile testing would be welcome but "
            "would not be enough.",
            "087",
            "hypothetical",
        ),
        ("Berlin said a Russian halt to the drills would be welcome.", "087", "hypothetical"),
        ("A Syrian chemical attack could trigger new sanctions.", "1", "hypothetical"),
        # a definite event judged with a modal happened ("could be a prelude")
        ("The Iranian missile launch could be a prelude to a nuclear test.", "15", "asserted"),
        # no modal: the judged event happened
        ("The Iranian missile launch was a provocation.", "15", "asserted"),
        ("South Korea condemned the North Korean attack.", "11", "asserted"),
    ],
)
def test_an_event_noun_under_a_modal_is_hypothetical(
    coder: EventCoder, text: str, root: str, modality: str
) -> None:
    found = modality_of(coder, text, root)
    assert modality in found, [(e.cameo, e.modality, e.why) for e in events(coder, text)]
    if modality == "hypothetical":
        assert "asserted" not in found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place near which a visit happens is no party to it; the units visited are
        # (events49: "artillery unit" is a military agent)
        ("Kim Jong Il visited artillery units near Yeonpyeong Island.", ("PRKGOV", "---MIL")),
        ("Putin visited army units near the border with Ukraine.", ("RUSGOV", "---MIL")),
        # a place visited still is
        ("Obama visited U.S. troops in South Korea.", ("USAGOV", "KOR")),
    ],
)
def test_a_place_near_is_no_visit(coder: EventCoder, text: str, expected: tuple) -> None:
    found = {(s, t) for s, t, c in codes(coder, text) if c == "042"}
    assert found == {expected}, found


@pytest.mark.model
def test_force_near_a_place_keeps_its_target(coder: EventCoder) -> None:
    found = {
        (s, t[:3]) for s, t, c in codes(coder, "Syria fired shells near the border with Turkey.")
    }
    assert ("SYR", "TUR") in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one urged is the target; "with North Korea" is part of what is asked
        ("Clinton urged the government to cut its military ties with North Korea.", "---GOV"),
        ("The EU urged the junta to end its arms trade with Iran.", "---GOV"),
        # the one urged names a country: it stays the target
        ("Clinton urged Myanmar to cut its military ties with North Korea.", "MMR"),
    ],
)
def test_an_appeal_is_aimed_at_the_one_asked(coder: EventCoder, text: str, expected: str) -> None:
    found = {t for s, t, c in codes(coder, text) if c.startswith("02")}
    assert found == {expected}, codes(coder, text)


@pytest.mark.model
def test_a_between_party_of_ones_own_side_is_no_target(coder: EventCoder) -> None:
    text = "Iran proposed talks between the authorities of Iran and the United States."
    found = {(s[:3], t[:3]) for s, t, c in codes(coder, text) if c.startswith("02")}
    assert ("IRN", "USA") in found and ("IRN", "IRN") not in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # an intent to refrain from an act is no threat of it (nor, decided, the act)
        (
            "Pakistan promised not to attack India.",
            ("PAK", "IND", "0356"),
            ("PAK", "IND", "138"),
        ),
        (
            "Egypt vowed not to halt gas exports to Israel again.",
            ("EGY", "ISR", "030"),
            ("EGY", "ISR", "131"),
        ),
        (
            "The European Union decided not to impose new sanctions on Belarus.",
            ("IGO", "BLR", "030"),
            ("IGO", "BLR", "163"),
        ),
        # without the negation the threat and the decided act stay
        ("Pakistan threatened to attack India.", ("PAK", "IND", "138"), None),
        (
            "The European Union decided to impose new sanctions on Belarus.",
            ("IGO", "BLR", "163"),
            None,
        ),
    ],
)
def test_an_intent_to_refrain_is_no_threat(
    coder: EventCoder, text: str, expected: tuple, absent: tuple | None
) -> None:
    found = {(s[:3], t[:3], c) for s, t, c in codes(coder, text)}
    assert expected in found, found
    assert absent not in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comment about an actor's act or plan is aimed at that actor, as "over" it is
        ("Germany expressed concern about Iran's missile launches.", ("DEU", "IRN")),
        ("Japan voiced doubts about the Chinese proposal.", ("JPN", "CHN")),
    ],
)
def test_a_comment_about_an_acts_doer_targets_it(coder: EventCoder, text: str, expected) -> None:
    found = {(s[:3], t[:3]) for s, t, c in codes(coder, text) if c.startswith("01")}
    assert expected in found, codes(coder, text)


@pytest.mark.model
def test_a_statement_about_talks_is_aimed_at_no_party(coder: EventCoder) -> None:
    text = "The Iranian foreign ministry issued a statement about the Iran-U.S. talks in Oman."
    found = {(s[:3], t[:3]) for s, t, c in codes(coder, text) if c.startswith("01")}
    assert found == {("IRN", "?")}, codes(coder, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sanction or a resolution that "targets" or "hits" does no violence: a sanction
        ("Resolution 2270 targets Iran's shipping and its banks.", ("?", "IRN", "163")),
        ("The new sanctions hit Syria's oil exports.", ("?", "SYR", "163")),
        # a text that attacks criticises
        ("An editorial in the state daily attacked Japan.", ("---", "JPN", "111")),
        # an actor that targets is still force
        ("Rebels targeted a Nigerian army base.", ("---", "NGA", "190")),
    ],
)
def test_force_done_by_a_text_or_sanction(coder: EventCoder, text: str, expected: tuple) -> None:
    found = {(s[:3], t[:3], c) for s, t, c in codes(coder, text)}
    assert expected in found, found


@pytest.mark.model
def test_an_order_to_ones_own_forces_is_aimed_at_their_target(coder: EventCoder) -> None:
    text = "Iranian commanders ordered their missile forces to strike Israeli targets."
    found = {(s[:3], t[:3]) for s, t, c in codes(coder, text) if c.startswith("10")}
    assert ("IRN", "ISR") in found, codes(coder, text)
