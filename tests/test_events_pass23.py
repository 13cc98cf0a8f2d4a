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

from tests.conftest import assert_coded, coded_triples, matched_mentions

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
    assert_coded(coded_triples(coder, text, DAY), expected, absent)


# --- the second review's findings (review18) ------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "absent", "expected"),
    [
        # an occupying army's captives are not its own people (#2)
        (
            "Russian forces entered the Ukrainian city of Kherson on Monday. Russian troops "
            "detained dozens of civilians and activists, the mayor said.",
            ("RUSMIL", "RUSCVL", "173"),
            ("RUSMIL", "---CVL", "173"),
        ),
        (
            "Israeli troops entered the Jenin refugee camp on Monday. The Israeli army arrested "
            "20 people.",
            ("ISRMIL", "ISRCVL", "173"),
            ("ISRMIL", "---CVL", "173"),
        ),
        # police in a country named other than their own hold no compatriots
        (
            "Turkish soldiers crossed into the Syrian town of Afrin. Turkish police detained "
            "scores of residents.",
            ("TURCOP", "TURCVL", "173"),
            ("TURCOP", "---CVL", "173"),
        ),
        # a convened meeting of foreign or world leaders is no meeting of one's own (#4)
        (
            "Chancellor Merkel called a meeting of European leaders.",
            ("DEUGOV", "DEUGOV", "040"),
            ("DEUGOV", "---GOV", "040"),
        ),
        (
            "Prime Minister Abe convened a meeting of world leaders.",
            ("JPNGOV", "JPNGOV", "040"),
            ("JPNGOV", "---GOV", "040"),
        ),
        (
            "President Hollande convened a meeting of African leaders.",
            ("FRAGOV", "FRAGOV", "040"),
            None,
        ),
        # officials at a foreign embassy are not of the city's country (#5)
        (
            "Diplomats gathered at the American embassy in Beijing on Monday.",
            ("CHNGOV", "USAGOV", "040"),
            ("---GOV", "USAGOV", "040"),
        ),
        (
            "Officials met at the British embassy in Tehran on Monday.",
            ("IRNGOV", "GBRGOV", "040"),
            ("---GOV", "GBRGOV", "040"),
        ),
    ],
)
def test_review18_no_country_by_mere_presence(coder, text, absent, expected) -> None:
    found = coded_triples(coder, text, DAY)
    assert absent not in found, found
    if expected is not None:
        assert expected in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's police and security services at home still hold their own people
        ("Venezuelan police arrested hundreds of protesters.", ("VENCOP", "VENOPP", "173")),
        ("Belarusian police detained thousands of people.", ("BLRCOP", "BLRCVL", "173")),
        # a head of government still convenes his own ministers and cabinet
        (
            "President Lee Myung-bak convened an emergency meeting of security ministers.",
            ("KORELI", "KORGOV", "040"),
        ),
        (
            "The prime minister of Japan called a meeting of his cabinet.",
            ("JPNGOV", "JPNGOV", "040"),
        ),
        # protesters outside an embassy are still of the city's country
        (
            "Protesters gathered outside the Japanese embassy in Beijing.",
            ("CHNOPP", "JPNGOV", "141"),
        ),
    ],
)
def test_review18_own_people_kept(coder, text, expected) -> None:
    found = coded_triples(coder, text, DAY)
    assert expected in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code", "expected"),
    [
        # a negated pledge is still told in the future: its weekday is the coming one (#6);
        # the story of Tuesday 1 January 2013
        (
            "North Korea will not attack South Korean fishing boats on Monday.",
            "190",
            dt.date(2013, 1, 7),
        ),
        ("Iran will not close the strait on Friday.", None, dt.date(2013, 1, 4)),
        (
            "North Korea will attack South Korean fishing boats on Monday.",
            "190",
            dt.date(2013, 1, 7),
        ),
    ],
)
def test_review18_negated_pledge_dated_ahead(coder, text, code, expected) -> None:
    from pledgewatch.events import DocContext

    findings = coder.code_text(text, DocContext(doc_id="t", date=dt.date(2013, 1, 1))).findings
    found = {f.event.date for f in findings if code is None or f.event.cameo == code}
    assert found == {expected}, found
