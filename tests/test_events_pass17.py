"""Event and actor phenomena of the seventeenth pass (issue 3), each with sentences written here.

A hostile act announced on a condition is a threat; an act expected of others is no act of the
one expecting it; a state's force against protesters is repression; an "according to" source is
no target; terms a speaker says a deal would require are the speaker's demand; wanting to see
another's act is an appeal; convening a body is one-way; "a ministry spokesman" speaks for the
ministry named before; inspectors take no state department's code; not accepting an offer is
rejecting it. Also the rejections and vetoes the lead saw (already right, kept).
"""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.events import EventCoder
from tests.conftest import assert_coded, coded_events, coded_triples

DAY = dt.date(2013, 6, 1)


def events(coder: EventCoder, text: str) -> list:
    return coded_events(coder, text, DAY)


def codes(coder: EventCoder, text: str) -> set[tuple[str, str, str]]:
    return coded_triples(coder, text, DAY)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # the target of a rejection is who made the offer
        (
            "The Taliban rejected a fresh offer from Pakistan for direct talks.",
            ("AFGREB", "PAK", "125"),
            None,
        ),
        ("Tokyo turned down Seoul's proposal for a summit.", ("JPNGOV", "KORGOV", "125"), None),
        # what is vetoed is the body's resolution, aimed at the body
        (
            "Russia vetoed a Security Council resolution censuring Syria.",
            ("RUS", "IGOUNO", "129"),
            ("RUS", "SYR", "129"),
        ),
    ],
)
def test_rejections_and_vetoes(coder: EventCoder, text: str, expected: tuple, absent) -> None:
    assert_coded(codes(coder, text), expected, absent)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a boycott announced "unless" the other acts threatens that other
        (
            "The opposition will boycott the elections unless President Karzai agrees to "
            "step down.",
            ("---OPP", "AFGGOV", "133"),
            ("---OPP", "AFGGOV", "143"),
        ),
        (
            "Hamas plans to boycott the vote unless Israel lifts the blockade.",
            ("PSEREB", "ISR", "133"),
            ("PSEREB", "ISR", "143"),
        ),
        ("Israel will strike Gaza unless Hamas stops the rockets.", ("ISR", "PSE", "138"), None),
        ("Turkey will cut ties with Israel unless it apologizes.", ("TUR", "ISR", "1313"), None),
        # with no condition it stays the act, in the future
        ("The opposition will boycott the elections.", ("---OPP", "?", "143"), None),
        # a friendly act on a condition is no threat
        ("Iran will resume talks if the sanctions are lifted.", ("IRN", "?", "046"), None),
    ],
)
def test_conditional_threat(coder: EventCoder, text: str, expected: tuple, absent) -> None:
    assert_coded(codes(coder, text), expected, absent)


@pytest.mark.model
def test_conditional_threat_is_asserted(coder: EventCoder) -> None:
    threats = [
        e
        for e in events(coder, "Hamas will boycott the vote unless Israel lifts the blockade.")
        if e.cameo.startswith("13")
    ]
    assert threats and all(e.modality == "asserted" for e in threats), threats
    plain = events(coder, "The opposition will boycott the elections.")
    assert [e.modality for e in plain if e.cameo == "143"] == ["future"], plain


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "absent_code", "kept"),
    [
        ("Obama told reporters to expect more sanctions.", "163", ("USAGOV", "?", "010")),
        ("Analysts expect more sanctions on Iran.", "163", None),
        # one's own infinitive, and a joint act one takes part in, are still one's own
        ("North Korea expects to sign the deal with Japan.", None, ("PRK", "JPN", "057")),
        ("Iran expects talks with France next week.", None, ("IRN", "FRA", "046")),
    ],
)
def test_expected_of_others(coder: EventCoder, text: str, absent_code, kept) -> None:
    found = codes(coder, text)
    if absent_code is not None:
        assert not any(c[2] == absent_code for c in found), found
    if kept is not None:
        assert kept in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police used weapons against protesters.", ("---COP", "---OPP", "175")),
        ("Troops fired on demonstrators in the capital.", ("---MIL", "---OPP", "175")),
        # events26: the protesters a state's force fires on are that state's people (the 175 is
        # now made before `repression.at_home`, which gives them its country), as "Venezuelan
        # security forces arrested hundreds of protesters" is VENOPP
        ("Syrian security forces opened fire on protesters.", ("SYRMIL", "SYROPP", "175")),
        # armed sides fight; protesters' own violence is a violent protest
        ("Rebels used weapons against soldiers.", ("---REB", "---MIL", "190")),
        ("Protesters attacked police.", ("---OPP", "---COP", "145")),
    ],
)
def test_repression_of_protesters(coder: EventCoder, text: str, expected: tuple) -> None:
    found = codes(coder, text)
    assert expected in found, found


@pytest.mark.model
def test_repression_keeps_a_different_deed(coder: EventCoder) -> None:
    # the arrests are a deed of their own, not the outcome of the firing
    found = codes(coder, "Police opened fire on protesters, killing one and arresting twelve.")
    assert ("---COP", "---OPP", "175") in found, found
    assert any(c[2] == "173" for c in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # the one a report is attributed to is no target of what it reports
        (
            "Iran agreed to allow international inspectors to return, according to the State "
            "Department.",
            ("IRN", "?", "0355"),
            ("IRN", "USAGOV", "0355"),
        ),
        # inspectors still take the last international body named
        (
            "The IAEA said Iran was cooperating. Iran agreed to allow the inspectors to return.",
            ("IRN", "IGOUNOIAE", "0355"),
            None,
        ),
    ],
)
def test_attribution_is_no_target(coder: EventCoder, text: str, expected, absent) -> None:
    assert_coded(codes(coder, text), expected, absent)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Sarah Smith, a spokeswoman for the White House, spoke on Friday. She said talks "
            "would require Iran to live up to its obligations.",
            ("USAGOV", "IRN", "100"),
            ("?", "IRN", "100"),
        ),
        (
            "Merkel said any deal would require Russia to withdraw its troops.",
            ("DEUGOV", "RUS", "106"),
            None,
        ),
        # a text's terms, reported in the present, stay the text's
        (
            "He said the resolution requires Iran to halt enrichment.",
            ("?", "IRN", "1056"),
            None,
        ),
    ],
)
def test_stated_terms(coder: EventCoder, text: str, expected, absent) -> None:
    assert_coded(codes(coder, text), expected, absent)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "She said the United States wanted to see concrete steps from Iran.",
            ("USA", "IRN", "020"),
            ("USA", "IRN", "030"),
        ),
        ("Japan wants to see concrete action from China.", ("JPN", "CHN", "020"), None),
        # seeing something no one is asked for is no appeal
        ("Obama wants to see the results.", ("USAGOV", "?", "030"), None),
    ],
)
def test_wanting_to_see_another_act(coder: EventCoder, text: str, expected, absent) -> None:
    assert_coded(codes(coder, text), expected, absent)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "South Korea convened its National Security Council.",
            ("KOR", "KORGOV", "040"),
            ("KORGOV", "KOR", "040"),
        ),
        (
            "Iran convened a meeting of its Supreme National Security Council.",
            ("IRN", None, "040"),
            None,
        ),
        # gathering together is still both ways
        ("Obama and Putin convened in Geneva.", ("RUSGOV", "USAGOV", "040"), None),
    ],
)
def test_convening_is_one_way(coder: EventCoder, text: str, expected, absent) -> None:
    found = codes(coder, text)
    if expected[1] is None:
        assert any(s == expected[0] and c == expected[2] for s, _, c in found), found
        assert not any(t == expected[0] for _, t, _ in found), found
    else:
        assert expected in found, found
    if absent is not None:
        assert absent not in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan's Defense Ministry said the drills were routine. \"The drills will "
            'continue," a ministry spokesman said.',
            [("JPNGOV", "?", "010"), ("JPNGOV", "?", "010")],
        ),
        (
            "The Foreign Ministry of India said talks would resume. A ministry official said "
            "Pakistan must act first.",
            [("INDGOV", "PAK", "100")],
        ),
        # the quote's "we" is the spokeswoman's ministry's
        (
            "South Korea's Unification Ministry criticized the move. \"We cannot accept this "
            'offer," ministry spokeswoman Kim Hye-jin told reporters.',
            [("KORGOV", "---MED", "010"), ("KORGOV", "?", "127")],
        ),
    ],
)
def test_bare_ministry_voice(coder: EventCoder, text: str, expected: list) -> None:
    found = [(e.source or "?", e.target or "?", e.cameo) for e in events(coder, text)]
    for item in expected:
        assert found.count(item) >= expected.count(item), found
    assert not any(s == "---GOV" for s, _, _ in found), found


@pytest.mark.model
def test_bare_ministry_needs_a_ministry_before(coder: EventCoder) -> None:
    found = codes(coder, "A ministry spokesman said the talks would resume.")
    assert ("---GOV", "?", "010") in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # not accepting what another offers is rejecting it, as refusing to accept is
        ("Japan did not accept China's proposal.", ("JPN", "CHN", "127"), ("JPN", "CHN", "030")),
        ("Japan refused to accept China's proposal.", ("JPN", "CHN", "127"), None),
        ("Japan accepted China's proposal.", ("JPN", "CHN", "030"), None),
    ],
)
def test_declined_offer(coder: EventCoder, text: str, expected, absent) -> None:
    assert_coded(codes(coder, text), expected, absent)


@pytest.mark.model
def test_declined_offer_is_asserted(coder: EventCoder) -> None:
    found = events(coder, '"We cannot accept this offer as sincere," the minister told reporters.')
    rejections = [e for e in found if e.cameo.startswith("12")]
    assert rejections and all(e.modality == "asserted" for e in rejections), found


@pytest.mark.model
def test_the_two_leaders_after_a_named_pair(coder: EventCoder) -> None:
    # pass 16 left "the two leaders" unresolved after a named pair; on these sentences it holds
    found = codes(
        coder, "Kim Jong Il and Hu Jintao met in Beijing. The two leaders met near the border."
    )
    assert {("PRKELI", "CHNELI", "040"), ("CHNELI", "PRKELI", "040")} <= found, found
    assert not any(s == "---GOV" for s, _, _ in found), found
