"""Event phenomena of news from everywhere (issue 3, helper events22), sentences written here.

An audit of 60 wire-style sentences of 2019-2026 news beyond Korea (``fixtures/news22.jsonl``,
each with the (source, target, CAMEO root, modality) written before coding) found these
phenomena: a text adopted by a body speaks for it ("the Assembly adopted a resolution calling
for ..."); missiles, rockets or drones in a strike, or drones fired at an actor, are an
attack, not a launch; a state's
bombers that strike are aircraft, not suicide bombers; a show of force "around" or "off" a
country is aimed at it; people a state's force arrests with no country named are that state's;
a subjectless participle after a clause ("..., accusing X of Y") is no parenthetical report;
supporters who storm are protesters; a withdrawal's "of" phrase names who withdraws, and one
from an international body breaks relations with it (161); a trade
war is no war; fighting "between" two sides goes both ways, also when the "between" hangs on
the verb ("fighting broke out between"); an armed group leader's forces are the group's;
leaders of 2019-2026 the dictionary lacked.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pledgewatch.events import EventCoder
from tests.conftest import assert_coded, coded_readings, coded_triples, matched_mentions
from tests.fixture_audits import event_audit_score

FIXTURE = Path(__file__).parent / "fixtures" / "news22.jsonl"


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


# --- a text adopted by a body speaks for that body ---------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("when", "text", "expected", "absent"),
    [
        (
            "2023-10-27",
            "The UN General Assembly adopted a resolution calling for a truce in Gaza.",
            ("IGOUNO", "PSE", "0256"),
            ("?", "PSE", "0256"),
        ),
        (
            "2022-06-08",
            "The IAEA board passed a resolution criticising Iran for its lack of cooperation.",
            ("IGOUNOIAE", "IRN", "111"),
            ("?", "IRN", "111"),
        ),
        (
            "2024-03-25",
            "The Security Council adopted a resolution demanding an immediate ceasefire in Sudan.",
            ("IGOUNO", "SDN", "107"),
            None,
        ),
        # a resolution with no author named still has no source
        (
            "2023-10-27",
            "The resolution condemned Iran for the attacks.",
            ("?", "IRN", "111"),
            None,
        ),
    ],
)
def test_an_adopted_text_speaks_for_its_author(
    coder: EventCoder, when: str, text: str, expected: tuple, absent: tuple | None
) -> None:
    assert_coded(coded_triples(coder, text, day(when)), expected, absent)


# --- word senses: missile strikes, state bombers, trade wars -----------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("when", "text", "expected", "absent"),
    [
        # a strike by missiles, rockets or drones is an attack (195), not a launch (150)
        (
            "2025-05-07",
            "India launched missile strikes on nine sites in Pakistan.",
            ("IND", "PAK", "195"),
            ("IND", "PAK", "150"),
        ),
        (
            "2024-07-01",
            "Russia carried out drone attacks on Odesa overnight.",
            ("RUS", "UKR", "195"),
            None,
        ),
        # drones fired at an actor are an attack, as missiles are
        ("2024-07-01", "Russia fired drones at Kyiv.", ("RUS", "UKRGOV", "195"), None),
        # a missile launch with no strike stays a show of force
        (
            "2023-03-16",
            "North Korea launched two ballistic missiles into the sea.",
            ("PRK", "?", "150"),
            ("PRK", "?", "195"),
        ),
        # a state military's bombers that strike are aircraft (19x), not suicide bombers (18x)
        (
            "2025-06-22",
            "American bombers struck three Iranian nuclear sites overnight.",
            ("USAMIL", "IRN", "190"),
            ("USAMIL", "IRN", "180"),
        ),
        (
            "2024-01-02",
            "Russian bombers struck Kharkiv.",
            ("RUSMIL", "UKR", "190"),
            ("RUSMIL", "UKR", "180"),
        ),
        # bombers that kill people, or a rebel group's bombers, stay unconventional
        (
            "2015-06-01",
            "Palestinian bombers killed 20 people in Jerusalem.",
            ("PSEMIL", "ISRCVL", "180"),
            None,
        ),
        (
            "2015-06-01",
            "Taliban bombers attacked a police station.",
            ("AFGREB", "?", "180"),
            None,
        ),
        # a politician's supporters storming a building are a violent protest (145)
        (
            "2023-01-08",
            "Supporters of former president Jair Bolsonaro stormed Brazil's Congress.",
            ("BRAOPP", "BRALEG", "145"),
            ("BRAOPP", "BRALEG", "190"),
        ),
    ],
)
def test_word_senses_of_strikes_and_bombers(
    coder: EventCoder, when: str, text: str, expected: tuple, absent: tuple | None
) -> None:
    assert_coded(coded_triples(coder, text, day(when)), expected, absent)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump and Xi Jinping agreed to a one-year truce in their trade war.",
        "China warned it would fight a trade war to the end.",
        "Washington and Beijing waged a trade war.",
    ],
)
def test_a_trade_war_is_no_fighting(coder: EventCoder, text: str) -> None:
    codes = {code for _, _, code in coded_triples(coder, text, day("2025-10-30"))}
    # a warning of a trade war may be a threat (130), never one of force (138) or force itself
    assert not any(code[:2] in ("18", "19") or code == "138" for code in codes), codes


@pytest.mark.model
def test_a_war_still_is_fighting(coder: EventCoder) -> None:
    found = coded_triples(coder, "Russia waged war on Ukraine.", day("2022-03-01"))
    assert ("RUS", "UKR", "190") in found, found


# --- a show of force around a country is aimed at it -------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China launched military drills around Taiwan.", ("CHN", "TWN", "150")),
        ("China staged drills off the coast of Taiwan.", ("CHN", "TWN", "150")),
        ("China held drills near Taiwan.", ("CHN", "TWN", "150")),
    ],
)
def test_drills_around_a_country_are_aimed_at_it(
    coder: EventCoder, text: str, expected: tuple
) -> None:
    assert expected in coded_triples(coder, text, day("2022-08-04"))


@pytest.mark.model
def test_a_meeting_around_noon_has_its_parties(coder: EventCoder) -> None:
    found = coded_triples(coder, "Xi met Putin around noon.", day("2023-03-21"))
    assert ("CHNGOV", "RUSGOV", "040") in found, found


# --- the people a state's force holds at home ---------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("when", "text", "expected", "absent"),
    [
        (
            "2024-07-31",
            "Venezuelan security forces arrested hundreds of protesters after the vote.",
            ("VENMIL", "VENOPP", "173"),
            ("VENMIL", "---OPP", "173"),
        ),
        (
            "2020-08-11",
            "Belarusian police detained thousands of people in Minsk.",
            ("BLRCOP", "BLRCVL", "173"),
            ("BLRCOP", "---CVL", "173"),
        ),
        # foreigners are no one's own; a target with a country keeps it
        (
            "2023-03-30",
            "Russian police detained foreign journalists in Moscow.",
            ("RUSCOP", "---MED", "173"),
            ("RUSCOP", "RUSMED", "173"),
        ),
        (
            "2023-03-30",
            "Chinese police arrested Vietnamese fishermen.",
            ("CHNCOP", "VNMAGR", "173"),
            ("CHNCOP", "CHNAGR", "173"),
        ),
    ],
)
def test_people_held_by_a_state_force_are_its_own(
    coder: EventCoder, when: str, text: str, expected: tuple, absent: tuple
) -> None:
    found = coded_triples(coder, text, day(when))
    assert expected in found, found
    assert absent not in found, found


# --- a participle after a clause is no parenthetical report ------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The United States imposed sanctions on Iran on Tuesday, accusing it of "
            "supplying drones to Russia.",
            ("USA", "IRN", "163", "asserted"),
        ),
        # a parenthetical report with its own subject still reports
        (
            "North Korea fired two missiles into the sea, South Korea's military said.",
            ("PRK", "?", "150", "reported"),
        ),
        # "citing" names where the report comes from
        (
            "The United States imposed sanctions on RSF leader Mohamed Hamdan Dagalo on Tuesday, "
            "accusing his forces of genocide.",
            ("USA", "SDNREB", "163", "asserted"),
        ),
        (
            "Israel struck targets in Gaza, citing military sources.",
            ("ISR", "PSE", "190", "reported"),
        ),
    ],
)
def test_a_subjectless_participle_is_no_report(
    coder: EventCoder, text: str, expected: tuple
) -> None:
    found = coded_readings(coder, text, day("2025-01-07"))
    assert expected in found, found


# --- who withdraws, and fighting between two sides ----------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Trump announced the withdrawal of American troops from Syria.",
            ("USAMIL", "SYR", "0874"),
            ("SYR", "USAMIL", "0874"),
        ),
        # a demand for a withdrawal is still aimed at the ones to withdraw
        (
            "North Korea demanded the withdrawal of U.S. troops from South Korea.",
            ("PRK", "USAMIL", "106"),
            None,
        ),
    ],
)
def test_a_withdrawal_is_of_those_who_withdraw(
    coder: EventCoder, text: str, expected: tuple, absent: tuple | None
) -> None:
    assert_coded(coded_triples(coder, text, day("2019-10-14")), expected, absent)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Mali, Burkina Faso and Niger announced their withdrawal from ECOWAS.",
            ("MLI", "IGOWAFBUSWAS", "161"),
            ("MLI", "IGOWAFBUSWAS", "0874"),
        ),
        ("Mali withdrew from ECOWAS.", ("MLI", "IGOWAFBUSWAS", "161"), None),
        (
            "The United States announced its withdrawal from the World Health Organization.",
            ("USA", "IGOUNOHLHWHO", "161"),
            ("USA", "IGOUNOHLHWHO", "0874"),
        ),
        # leaving a place is still a military withdrawal
        (
            "Russia withdrew its troops from Kherson.",
            ("RUS", "UKR", "0874"),
            ("RUS", "UKR", "161"),
        ),
    ],
)
def test_leaving_an_international_body_breaks_relations(
    coder: EventCoder, text: str, expected: tuple, absent: tuple | None
) -> None:
    assert_coded(coded_triples(coder, text, day("2024-01-28")), expected, absent)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Fighting broke out in Khartoum on Saturday between the Sudanese army and the Rapid "
        "Support Forces.",
        "Clashes erupted in Khartoum between the Sudanese army and the Rapid Support Forces.",
        "Heavy fighting between the Sudanese army and the Rapid Support Forces continued.",
    ],
)
def test_fighting_between_two_sides_goes_both_ways(coder: EventCoder, text: str) -> None:
    found = {(s, t, c[:2]) for s, t, c in coded_triples(coder, text, day("2023-04-15"))}
    assert ("SDNMIL", "SDNREB", "19") in found, found
    assert ("SDNREB", "SDNMIL", "19") in found, found


# --- an armed group's forces; leaders of 2019-2026 ---------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("when", "text", "expected"),
    [
        ("2024-05-10", "Hemedti's forces attacked El Fasher.", ("SDNREB", "SDN", "190")),
        ("2023-06-24", "Prigozhin's fighters seized Rostov.", ("RUSUAF", "RUS", "171")),
        # "his forces" after the group's leader: the group's too
        (
            "2025-01-07",
            "The United States imposed sanctions on RSF leader Mohamed Hamdan Dagalo, accusing "
            "his forces of genocide.",
            ("USA", "SDNREB", "1124"),
        ),
        (
            "2023-06-24",
            "Prigozhin said his troops would march on Moscow.",
            ("RUSUAF", "RUSGOV", "141"),
        ),
        # a state leader's troops are the state's
        ("2024-05-10", "Putin's troops attacked Kharkiv.", ("RUSMIL", "UKR", "190")),
    ],
)
def test_an_armed_group_leaders_forces_are_the_groups(
    coder: EventCoder, when: str, text: str, expected: tuple
) -> None:
    assert expected in coded_triples(coder, text, day(when))


@pytest.mark.model
@pytest.mark.parametrize(
    ("when", "text", "name", "code"),
    [
        ("2025-08-08", "Nikol Pashinyan met Ilham Aliyev.", "Nikol Pashinyan", "ARMGOV"),
        ("2021-05-01", "Jair Bolsonaro spoke on Sunday.", "Jair Bolsonaro", "BRAGOV"),
        ("2024-05-01", "Jair Bolsonaro spoke on Sunday.", "Jair Bolsonaro", "BRAOPP"),
        ("2024-05-01", "Justin Trudeau spoke on Sunday.", "Justin Trudeau", "CANGOV"),
        ("2025-06-01", "Justin Trudeau spoke on Sunday.", "Justin Trudeau", "CANLEG"),
        ("2025-06-01", "Mark Carney spoke on Sunday.", "Mark Carney", "CANGOV"),
        ("2024-01-10", "Donald Tusk spoke on Sunday.", "Donald Tusk", "POLGOV"),
        ("2017-01-10", "Donald Tusk spoke on Sunday.", "Donald Tusk", "IGOEUREEC"),
        ("2024-01-10", "Kais Saied spoke on Sunday.", "Kais Saied", "TUNGOV"),
        ("2024-01-10", "Khalifa Haftar spoke on Sunday.", "Khalifa Haftar", "LBYMIL"),
        ("2025-01-10", "Andriy Yermak spoke on Sunday.", "Andriy Yermak", "UKRGOV"),
        (
            "2025-06-01",
            "Supporters of Jair Bolsonaro stormed Congress.",
            "Jair Bolsonaro",
            "BRAOPP",
        ),
        ("2024-01-10", "Abdul-Malik al-Houthi spoke on Sunday.", "Abdul-Malik al-Houthi", "YEMREB"),
    ],
)
def test_leaders_of_the_2020s_code_by_date(nlp, when: str, text: str, name: str, code: str) -> None:
    assert (name, code) in matched_mentions(nlp, text, day(when))


# --- the audit, re-runnable ---------------------------------------------------------------------


def audit_score(coder: EventCoder, part: str = "audit") -> tuple[int, list[str]]:
    """The audit's score on this set (:func:`tests.fixture_audits.event_audit_score`)."""
    return event_audit_score(coder, FIXTURE, part)


@pytest.mark.model
def test_the_news_audit_keeps_its_score(coder: EventCoder) -> None:
    """45 of 60 strictly right after this pass (36 as drawn); the misses are listed in
    benchmarks/RESULTS.md ("### Events — 2026-11-30, news from everywhere")."""
    right, wrong = audit_score(coder)
    assert right >= 45, wrong


@pytest.mark.model
def test_the_fresh_sentences_keep_their_score(coder: EventCoder) -> None:
    """10 of 15 (8 before this pass), with the fixes made before they were written."""
    right, wrong = audit_score(coder, "fresh")
    assert right >= 10, wrong
