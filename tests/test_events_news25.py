"""Event phenomena of news from everywhere, a second set (issue 3, helper events25), sentences
written here.

An audit of 60 wire-style sentences of 2018-2026 news that the first set (news22) did not cover
(``fixtures/news25.jsonl``: the Red Sea, Myanmar, Afghanistan, the Horn of Africa, Congo and
Rwanda, Haiti, Libya, Syria after 2024, Serbia and Kosovo, Georgia, Belarus, Colombia, Mexico,
Cuba, Nicaragua, Pakistan and Afghanistan, Thailand and Cambodia, cyberattacks, expulsions,
sanctions, state visits, arms, coups; each with the (source, target, CAMEO root, modality)
written before coding) found these phenomena: "world", "regional" or "European" leaders
meeting in a capital are not its government; a participle of place ("drills surrounding
Taiwan") locates an act as "around" does; a price cap and a terrorist designation are
sanctions, and repealing, pausing or delisting eases them; joining an alliance ratifies its
treaty; suspects sent to another country are handed over; rockets fired "into" a country
strike it; a crackdown on protesters is repression, at home; "the first country to recognise"
is done by the copula's subject; a signing of two states at a third one's seat has no host
party; a hyphenated owner ("British-owned") gives a ship its country; people of 2018-2026 the
dictionary lacked. And from the demo audit: a headline's bare "North" after a party
preposition ("suspends trade with North"); "reported only that ..." reports its clause.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pledgewatch.events import EventCoder
from tests.conftest import assert_coded, coded_readings, coded_triples, matched_mentions
from tests.fixture_audits import event_audit_score

FIXTURE = Path(__file__).parent / "fixtures" / "news25.jsonl"


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def sources_of(coder: EventCoder, text: str, when: str) -> set[str]:
    return {src for src, _, _ in coded_triples(coder, text, day(when))}


# --- leaders of several states in one capital are at a summit there ----------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("when", "text", "host"),
    [
        ("2025-02-17", "European leaders met in Paris on Monday to discuss Ukraine.", "FRAGOV"),
        ("2024-05-27", "Regional leaders gathered in Seoul for the summit.", "KORGOV"),
        ("2025-06-24", "World leaders assembled in Brussels for the summit.", "BELGOV"),
        ("2024-05-27", "Arab foreign ministers met in Cairo on Sunday.", "EGYGOV"),
    ],
)
def test_leaders_of_several_states_are_not_the_hosts(
    coder: EventCoder, when: str, text: str, host: str
) -> None:
    found = sources_of(coder, text, when)
    assert "---GOV" in found, found
    assert host not in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("when", "text", "expected"),
    [
        # a bare "ministers" still takes the place (pinned in test_events_roles.py: a country
        # has many ministers; bare "leaders" are several states', test_events_pass26.py), and
        # students or protesters are of the place
        ("2025-06-24", "Ministers gathered in Brussels on Monday.", "BELGOV"),
        ("2024-05-27", "Students staged protests in Jakarta.", "IDNEDU"),
    ],
)
def test_other_people_still_take_the_place(
    coder: EventCoder, when: str, text: str, expected: str
) -> None:
    assert expected in sources_of(coder, text, when)


# --- a participle of place -----------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("when", "text", "expected", "absent"),
    [
        (
            "2022-08-04",
            "China launched military drills surrounding Taiwan after the visit.",
            ("CHN", "TWN", "150"),
            ("?", "TWN", "191"),
        ),
        (
            "2022-08-04",
            "China's drills surrounding Taiwan angered Washington.",
            ("CHN", "TWN", "150"),
            ("?", "TWN", "191"),
        ),
        # a participle on an agent is its act; a finite verb of surrounding too
        (
            "2024-05-23",
            "Chinese warships encircling Taiwan staged mock attacks.",
            ("CHNMIL", "TWN", "191"),
            None,
        ),
        (
            "2022-03-01",
            "Russian troops surrounded the city of Mariupol.",
            ("RUSMIL", "UKR", "191"),
            None,
        ),
    ],
)
def test_a_participle_of_place_locates_the_act(
    coder: EventCoder, when: str, text: str, expected: tuple, absent: tuple | None
) -> None:
    assert_coded(coded_triples(coder, text, day(when)), expected, absent)


# --- sanctions: price caps, designations; easing them --------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("when", "text", "expected"),
    [
        ("2022-12-03", "The G7 imposed a price cap on Russian oil.", ("IGOGOE", "RUS", "163")),
        (
            "2022-12-03",
            "The European Union agreed on a price cap of $60 a barrel on Russian seaborne oil.",
            ("IGOEUREEC", "RUS", "163"),
        ),
        (
            "2025-02-20",
            "The U.S. State Department designated six Mexican cartels as foreign terrorist "
            "organisations.",
            ("USAGOV", "MEXCRM", "163"),
        ),
        (
            "2025-12-17",
            "The U.S. Congress voted to repeal the Caesar Act sanctions on Syria.",
            ("USALEG", "SYR", "085"),
        ),
        ("2025-02-03", "Trump paused the tariffs on Mexico for a month.", ("USAGOV", "MEX", "085")),
        (
            "2025-01-14",
            "The Biden administration removed Cuba from the list of state sponsors of terrorism.",
            ("USAGOV", "CUB", "085"),
        ),
        (
            "2025-01-27",
            "The European Union suspended visa-free travel for Georgian diplomats.",
            ("IGOEUREEC", "GEOGOV", "160"),
        ),
    ],
)
def test_sanctions_and_their_easing(
    coder: EventCoder, when: str, text: str, expected: tuple
) -> None:
    assert expected in coded_triples(coder, text, day(when))


@pytest.mark.model
@pytest.mark.parametrize(
    ("when", "text", "absent_code"),
    [
        # a cap that is no price, a removal from no terror list
        ("2023-05-01", "Iran imposed a cap on the number of pilgrims from Iraq.", "163"),
        ("2023-05-01", "Turkey removed Syrian refugees from the camp list.", "085"),
    ],
)
def test_no_sanction_without_its_words(
    coder: EventCoder, when: str, text: str, absent_code: str
) -> None:
    assert all(code != absent_code for _, _, code in coded_triples(coder, text, day(when)))


# --- joining an alliance; handing over suspects; rockets fired into a country ------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("when", "text", "expected"),
    [
        ("2023-04-04", "Finland formally joined NATO on Tuesday.", ("FIN", "IGOWSTNAT", "057")),
        ("2024-03-07", "Sweden joined the alliance on Thursday.", ("SWE", "?", "057")),
        (
            "2025-02-27",
            "Mexico sent 29 cartel figures to the United States on Thursday.",
            ("MEX", "USA", "063"),
        ),
        (
            "2025-07-24",
            "Cambodian forces fired rockets into Thailand.",
            ("KHMMIL", "THA", "195"),
        ),
    ],
)
def test_alliances_handovers_and_rockets(
    coder: EventCoder, when: str, text: str, expected: tuple
) -> None:
    assert expected in coded_triples(coder, text, day(when))


@pytest.mark.model
def test_rockets_into_the_sea_strike_no_one(coder: EventCoder) -> None:
    found = coded_triples(coder, "North Korea fired two missiles into the sea.", day("2022-01-05"))
    assert ("PRK", "?", "150") in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # joining an act is doing it, now that "join" has a pattern of its own (057)
        (
            "China joined the criticism of North Korea.",
            ("CHN", "PRK", "111"),
            ("?", "PRK", "111"),
        ),
        # other verbs keep the stricter reading: taking threats seriously threatens no one
        (
            "The White House said it took the threats seriously.",
            ("USAGOV", "?", "010"),
            ("USAGOV", "?", "130"),
        ),
    ],
)
def test_joining_an_act_is_doing_it(
    coder: EventCoder, text: str, expected: tuple, absent: tuple
) -> None:
    found = coded_triples(coder, text, day("2013-03-07"))
    assert expected in found, found
    assert absent not in found, found


@pytest.mark.model
def test_joining_a_protest_is_no_treaty(coder: EventCoder) -> None:
    found = coded_triples(coder, "Thousands joined the protest in Tbilisi.", day("2024-11-29"))
    assert ("?", "GEO", "140") in found, found  # the protest itself, in Georgia
    assert all(code != "057" for _, _, code in found), found


# --- repression at home --------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("when", "text", "expected"),
    [
        (
            "2025-01-27",
            "The Georgian government cracked down on protesters.",
            ("GEOGOV", "GEOOPP", "175"),
        ),
        (
            "2024-11-29",
            "Georgian police cracked down on protesters in Tbilisi.",
            ("GEOCOP", "GEOOPP", "175"),
        ),
    ],
)
def test_a_states_force_against_its_protesters(
    coder: EventCoder, when: str, text: str, expected: tuple
) -> None:
    assert expected in coded_triples(coder, text, day(when))


@pytest.mark.model
def test_a_crackdown_on_other_things_stays_coercion(coder: EventCoder) -> None:
    found = coded_triples(
        coder, "Chinese police cracked down on smugglers in Yunnan.", day("2024-03-01")
    )
    assert any(code == "170" for _, _, code in found), found


# --- who does what a predicate noun's infinitive says --------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Russia became the first country to formally recognise the Taliban government.",
        "Russia was the first country to recognise the Taliban government.",
    ],
)
def test_the_first_country_to_act_is_the_subject(coder: EventCoder, text: str) -> None:
    found = coded_triples(coder, text, day("2025-07-03"))
    # the Taliban govern Afghanistan from August 2021 (organisations.yaml)
    assert ("RUS", "AFGGOV", "054") in found, found


# --- a signing at a third state's seat -----------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "signers", "host"),
    [
        (
            "The foreign ministers of Congo and Rwanda signed a peace agreement at the White "
            "House on Friday.",
            {"CODGOV", "RWAGOV"},
            "USAGOV",
        ),
        (
            "Armenia and Azerbaijan signed a peace declaration at the White House.",
            {"ARM", "AZE"},
            "USAGOV",
        ),  # fmt: skip
    ],
)
def test_a_signing_has_no_host_party(
    coder: EventCoder, text: str, signers: set[str], host: str
) -> None:
    found = coded_triples(coder, text, day("2025-08-08"))
    assert {src for src, _, code in found if code == "057"} == signers, found
    assert all(tgt != host for _, tgt, _ in found), found


@pytest.mark.model
def test_a_meeting_at_the_hosts_seat_keeps_both_sides(coder: EventCoder) -> None:
    found = coded_triples(coder, "Trump and Zelensky met at the White House.", day("2025-02-28"))
    assert ("USAGOV", "UKRGOV", "040") in found, found


# --- hyphenated owners of ships ------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("A Houthi missile struck the British-owned cargo ship Rubymar.", "GBRBUS"),
        ("Houthi rebels attacked a Greek-flagged tanker.", "GRCBUS"),
    ],
)
def test_a_hyphenated_owner_gives_the_ship_its_country(
    coder: EventCoder, text: str, target: str
) -> None:
    assert ("YEMREB", target, "190") in coded_triples(coder, text, day("2024-02-19"))


# --- a bare "North" or "South" after a party preposition in a headline ----------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("when", "text", "expected"),
    [
        (
            "2010-05-24",
            "Lee Myung-bak suspends trade with North, demands apology over Cheonan",
            ("KORGOV", "PRK", "160"),
        ),
        ("2012-05-24", "Sudan signs oil deal with South", ("SDN", "SSD", "057")),
    ],
)
def test_a_headlines_bare_direction_after_a_preposition(
    coder: EventCoder, when: str, text: str, expected: tuple
) -> None:
    assert expected in coded_triples(coder, text, day(when))


@pytest.mark.model
def test_a_direction_before_a_name_is_no_country(coder: EventCoder) -> None:
    found = coded_triples(coder, "The company trades with North American firms.", day("2012-05-24"))
    assert all(tgt != "PRK" for _, tgt, _ in found), found


# --- a "that" clause the parser hangs as an adverbial clause of a reporting verb ----------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The official KCNA news agency reported only that Richardson had held talks with "
            "officials.",
            ("USAELI", "---GOV", "046", "reported"),
        ),
        (
            "The official KCNA news agency reported that Richardson had held talks with officials.",
            ("USAELI", "---GOV", "046", "reported"),
        ),
    ],
)
def test_reported_only_that_is_reported(coder: EventCoder, text: str, expected: tuple) -> None:
    assert expected in coded_readings(coder, text, day("2010-12-21"))


# --- people of 2018-2026 -------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("when", "text", "name", "code"),
    [
        ("2023-10-31", "King Charles began a state visit to Kenya.", "King Charles", "GBRGOV"),
        ("2019-05-01", "Prince Charles visited Cuba.", "Prince Charles", "GBRELI"),
        ("2021-07-12", "Miguel Diaz-Canel blamed Washington.", "Miguel Diaz-Canel", "CUBGOV"),
        ("2024-03-12", "Ariel Henry agreed to resign.", "Ariel Henry", "HTIGOV"),
        ("2024-06-01", "Ariel Henry spoke in Nairobi.", "Ariel Henry", "HTIELI"),
        ("2023-08-31", "Brice Oligui Nguema was sworn in.", "Brice Oligui Nguema", "GABGOV"),
        ("2023-08-20", "Brice Oligui Nguema inspected the guard.", "Brice Oligui Nguema", "GABMIL"),
        ("2025-06-21", "Keith Kellogg met Lukashenko.", "Keith Kellogg", "USAGOV"),
        ("2022-06-21", "Keith Kellogg met Lukashenko.", "Keith Kellogg", "USAELI"),
        ("2025-06-21", "Sergei Tikhanovsky was freed.", "Sergei Tikhanovsky", "BLROPP"),
        ("2024-12-30", "Mikheil Kavelashvili was sworn in.", "Mikheil Kavelashvili", "GEOGOV"),
        ("2025-02-27", "Rafael Caro Quintero was flown out.", "Rafael Caro Quintero", "MEXCRM"),
        ("2025-10-12", "Amir Khan Muttaqi visited New Delhi.", "Amir Khan Muttaqi", "AFGGOV"),
    ],
)
def test_people_of_the_2020s_code_by_date(nlp, when: str, text: str, name: str, code: str) -> None:
    assert (name, code) in matched_mentions(nlp, text, day(when))


# --- the audit, re-runnable ----------------------------------------------------------------------


def audit_score(coder: EventCoder, part: str = "audit") -> tuple[int, list[str]]:
    """The audit's score on this set (:func:`tests.fixture_audits.event_audit_score`)."""
    return event_audit_score(coder, FIXTURE, part)


@pytest.mark.model
def test_the_second_news_audit_keeps_its_score(coder: EventCoder) -> None:
    """51 of 60 strictly right after this pass (38 as drawn); the misses are listed in
    benchmarks/RESULTS.md ("### Events — 2026-11-30, news from everywhere, a second set")."""
    right, wrong = audit_score(coder)
    assert right >= 51, wrong


@pytest.mark.model
def test_the_second_fresh_set_keeps_its_score(coder: EventCoder) -> None:
    """11 of 15, before and after this pass (written after most of the fixes)."""
    right, wrong = audit_score(coder, "fresh")
    assert right >= 11, wrong


@pytest.mark.model
def test_the_audit_readings_carry_modality(coder: EventCoder) -> None:
    """A modality the audit relies on: a future lifting after a said meeting."""
    found = coded_readings(
        coder,
        "Trump said he would lift all sanctions on Syria.",
        day("2025-05-13"),
    )
    assert ("USAGOV", "SYR", "085", "future") in found, found
