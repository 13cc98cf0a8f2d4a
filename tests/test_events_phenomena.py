"""Phenomena of English the event coder handles, one table per phenomenon.

Each table holds sentences written for these tests (never evaluation sentences) and the events
CAMEO conventions record for them (:func:`pledgewatch.events.cameo_view`). A fake actor matcher
keeps the tests about the event coder; the last table runs the real actor dictionary.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.events import DocContext, EventCoder, cameo_view
from tests.test_events_coder import PHRASES, FakeMatcher

MORE_PHRASES = {
    **PHRASES,
    "kenya": "KEN",
    "nairobi": "KENGOV",
    "israeli": "ISR",
    "hamas": "PSEREB",
    "iranian forces": "IRNMIL",
    "iraqi": "IRQ",
    "students": "---EDU",
    "a newspaper": "---MED",
    "the protesters": "---OPP",
    "the refugees": "---REF",
}


@pytest.fixture(scope="module")
def coder(nlp) -> EventCoder:
    return EventCoder(nlp=nlp, matcher=FakeMatcher(MORE_PHRASES))


def view(coder: EventCoder, text: str, date: dt.date = dt.date(2011, 8, 22)) -> set[tuple]:
    coded = coder.code_text(text, DocContext(doc_id="p", date=date))
    return {(e.source, e.target, e.code[:3]) for e in cameo_view(coded.findings, coder.lexicon)}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the target of an intent or threat is found in its complement's verb
        ("North Korea threatened to deliver devastating blows to Japan.", ("PRK", "JPN", "130")),
        # ... through a purpose clause ("send troops to help defend X")
        ("China is willing to send engineers to help rebuild Iran.", ("CHN", "IRN")),
    ],
)
def test_target_in_the_complement(coder: EventCoder, text: str, expected: tuple) -> None:
    found = view(coder, text)
    assert any(event[: len(expected)] == expected for event in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X said Y must/should act": a demand (100) or an appeal (020) to Y
        ("Washington said Iran must think again.", ("USAGOV", "IRN", "100")),
        ("Seoul said Japan should think again.", ("KORGOV", "JPN", "020")),
    ],
)
def test_reported_obligation_is_a_demand(coder: EventCoder, text: str, expected: tuple) -> None:
    assert expected in view(coder, text)


@pytest.mark.model
def test_reported_prohibition_is_not_a_demand(coder: EventCoder) -> None:
    found = view(coder, "Seoul said Japan must not think again.")
    assert not any(code in ("100", "020") for _, _, code in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country named on the modifier of a nominal subject ("Israeli drone strikes")
        ("Israeli drone strikes killed three Hamas commanders.", ("ISR", "PSEREB", "190")),
        # a stative passive of a light verb: its subject did the act
        ("Iranian forces were engaged in heavy fighting with Iraqi rebels.", ("IRNMIL", "IRQ")),
    ],
)
def test_source_of_the_act(coder: EventCoder, text: str, expected: tuple) -> None:
    found = view(coder, text)
    assert any(event[: len(expected)] == expected for event in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a country-less agent acting in a named place is of that place's country
        ("Students staged demonstrations in Nairobi on Monday.", "KENEDU"),
        # ... or placed there by a participle ("based in")
        ("A newspaper based in Nairobi criticised Japan.", "KENMED"),
    ],
)
def test_agent_country_from_its_place(coder: EventCoder, text: str, source: str) -> None:
    assert source in {s for s, _, _ in view(coder, text)}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country-less target agent of a national actor is of the source's country
        ("North Korea arrested the protesters.", ("PRK", "PRKOPP", "173")),
        ("Japan will expel the refugees.", ("JPN", "JPNREF")),
    ],
)
def test_domestic_target(coder: EventCoder, text: str, expected: tuple) -> None:
    found = view(coder, text)
    assert any(event[: len(expected)] == expected for event in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the "of" object's own preposition names whom a nominal act concerns
        ("Japan announced a suspension of air links with Iran.", ("JPN", "IRN", "160")),
    ],
)
def test_target_on_the_nominal_object(coder: EventCoder, text: str, expected: tuple) -> None:
    assert expected in view(coder, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # accepting bribes is corruption, not an agreement; accepting a plan is one
        ("Japan accepted bribes from Iran.", set()),
        ("Japan accepted the plan.", {"030"}),
    ],
)
def test_accepting_bribes_is_no_agreement(coder: EventCoder, text: str, codes: set) -> None:
    assert {code for _, _, code in view(coder, text)} == codes


@pytest.mark.model
def test_statement_takes_the_reported_target(coder: EventCoder) -> None:
    # the reported attack has no source actor, so the statement is coded -- about Iran
    assert view(coder, "Seoul said they will attack Iran.") == {("KORGOV", "IRN", "010")}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "date", "source"),
    [
        ("Francois Mitterrand condemned the attack.", dt.date(1990, 5, 1), "FRAGOV"),
        ("Askar Akayev condemned the attack.", dt.date(2000, 5, 1), "KGZGOV"),
        ("Levy Mwanawasa condemned the attack.", dt.date(2005, 5, 1), "ZMBGOV"),
        ("Carlos Menem condemned the attack.", dt.date(1995, 5, 1), "ARGGOV"),
        # outside their term the leaders are their country's elites
        ("Carlos Menem condemned the attack.", dt.date(2005, 5, 1), "ARGELI"),
    ],
)
def test_earlier_leaders_are_known(nlp, text: str, date: dt.date, source: str) -> None:
    coder = EventCoder(nlp=nlp)
    coded = coder.code_text(text, DocContext(doc_id="l", date=date))
    assert source in {f.event.source for f in coded.findings}
