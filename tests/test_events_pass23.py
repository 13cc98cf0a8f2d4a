"""Event phenomena of the twenty-third pass (issue 3), each with sentences written here.

A country owned by a person's or a group's pronoun ("his country", "her country", "their
nation") is the country of the pronoun's antecedent; a bare "the government" as a subject with
no dateline is the government of the story's one country when that was named before it; a
to-infinitive on an object that is no actor ("took measures to protect") is done by the one
who took them; an order that puts forces or rockets with no owner named in readiness ("orders
rockets on standby", "ordered the missile units on standby to strike") is a threat (138), as an
order to "his" forces is.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_triples, matched_mentions

DAY = dt.date(2013, 3, 12)


def _triples_at(coder, text: str, place: str | None) -> set[tuple[str, str, str]]:
    from pledgewatch.events import DocContext

    coded = coder.code_text(text, DocContext(doc_id="t", date=DAY, place=place))
    return {(f.event.source or "?", f.event.target or "?", f.event.cameo) for f in coded.findings}


# --- "his country" --------------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "Iran's negotiator said his country would never give up enrichment.",
            ("his country", "IRN"),
        ),
        ("Chinese leaders said their nation would defend its territory.", ("their nation", "CHN")),
        (
            "The Iranian foreign minister said his country would retaliate against any attack.",
            ("his country", "IRN"),
        ),
    ],
)
def test_a_pronouns_country_is_its_owners(nlp, text, mention) -> None:
    assert mention in matched_mentions(nlp, text, DAY)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a group with no country, or no antecedent at all: no country
        ("Protesters said their country had been betrayed.", "their country"),
        ("He said his country would send troops to Mali.", "his country"),
    ],
)
def test_a_pronouns_country_needs_an_owner_of_a_country(nlp, text, absent) -> None:
    assert absent not in {found for found, _ in matched_mentions(nlp, text, DAY)}


@pytest.mark.model
def test_her_country_is_the_source_of_the_reported_act(coder) -> None:
    text = "German Chancellor Angela Merkel said her country would send troops to Mali."
    assert ("DEU", "MLI", "154") in coded_triples(coder, text, DAY)


# --- the story's own government -------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        # a dateline: the government is its country's; measures taken to protect are its act
        (
            "The government will take every necessary measure to protect the lives of its "
            "citizens.",
            "Seoul",
            ("KORGOV", "KORCVL", "074"),
        ),
        # no dateline, one country named before: that country's government
        (
            "South Korea condemned the launch. The government will protect the safety of its "
            "people.",
            None,
            ("KORGOV", "KORCVL", "074"),
        ),
        # two countries: left
        (
            "North Korea threatened to attack South Korea. The government will protect the "
            "safety of its people.",
            None,
            ("---GOV", "---CVL", "074"),
        ),
    ],
)
def test_a_bare_government_is_the_storys_own(coder, text, place, expected) -> None:
    found = _triples_at(coder, text, place)
    assert expected in found, found


@pytest.mark.model
def test_the_one_country_named_after_the_government_is_not_its_own(coder) -> None:
    # "China's assistance" is another's: the government thanking for it is not China's
    found = coded_triples(coder, "The government expressed appreciation for China's aid.", DAY)
    assert ("CHNGOV", "CHN", "013") not in found, found
    assert ("---GOV", "CHN", "013") in found, found


@pytest.mark.model
def test_a_measure_taker_does_what_the_measures_are_for(coder) -> None:
    text = "The government will take all necessary steps to protect its fishermen."
    found = _triples_at(coder, text, "Tokyo")
    assert ("JPNGOV", "JPNAGR", "074") in found, found
    assert ("?", "JPNAGR", "074") not in found, found


# --- forces ordered on standby --------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # an order of own rockets or units in readiness: a threat, aimed where the strike is
        (
            "Kim Jong Un orders missiles on standby after U.S. drills",
            ("PRKGOV", "?", "138"),
            ("PRKGOV", "?", "100"),
        ),
        (
            "Kim Jong Un ordered the artillery units on standby to strike U.S. bases.",
            ("PRKGOV", "USA", "138"),
            ("PRKGOV", "USA", "100"),
        ),
        (
            "Putin ordered the troops on alert to strike Ukrainian targets.",
            ("RUSGOV", "UKR", "138"),
            ("RUSGOV", "UKR", "100"),
        ),
        # forces named with another country: no own forces, an order to them (as before)
        (
            "Obama ordered South Korean troops on standby to strike the North.",
            ("USAGOV", "KORMIL", "100"),
            ("USAGOV", "KORMIL", "138"),
        ),
    ],
)
def test_an_order_of_forces_in_readiness_threatens(coder, text, expected, absent) -> None:
    found = coded_triples(coder, text, DAY)
    assert expected in found, found
    if absent is not None:
        assert absent not in found, found
