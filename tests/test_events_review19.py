"""Event phenomena of the review of this stop's events change (review19), with sentences written
here beside the reviewer's.

A trade, business or fact-finding "mission", or "multinational" talks, sent to somewhere is no
troops sent to a support mission (074): only troops with a mission are. Suspects or traffickers
sent "to" no other state (to prison, to a detention center at home) are not handed over to a
state (063), while those sent to another state still are. Halting, freezing or cutting travel
or visas reduces relations (160) as suspending them does: the eight verbs share one word list.
A meeting a leader convenes of ministers of a region ("European ministers") is no meeting with
the leader's own government.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_triples

DAY = dt.date(2024, 3, 12)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "China sent a trade mission to Pyongyang.",
        "The United Nations sent a fact-finding mission to Myanmar.",
        "Seoul sent a delegation to the multinational talks in Geneva.",
        "Japan dispatched a business mission to Vietnam last week.",
        "France sent an observer mission to the elections in Mali.",
    ],
)
def test_a_mission_of_no_troops_is_no_protection(coder, text) -> None:
    found = coded_triples(coder, text, DAY)
    assert not any(code == "074" for _, _, code in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya deployed soldiers to the African Union mission in Somalia.", "074"),
        ("Chad sent troops to a multinational force in Mali.", "074"),
    ],
)
def test_troops_sent_to_a_mission_stay_protection(coder, text, expected) -> None:
    found = coded_triples(coder, text, DAY)
    assert any(code == expected for _, _, code in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "A Mexican court sent three drug traffickers to prison.",
        "Chinese police sent the suspects to a detention center in Beijing.",
        "A Brazilian judge sent the cartel bosses to a federal prison.",
    ],
)
def test_suspects_sent_to_prison_are_no_extradition(coder, text) -> None:
    found = coded_triples(coder, text, DAY)
    assert not any(code == "063" for _, _, code in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Colombia sent the cartel leader to the United States.", ("COL", "USA", "063")),
        ("Spain sent the fugitive to France on Friday.", ("ESP", "FRA", "063")),
    ],
)
def test_suspects_sent_to_another_state_are_handed_over(coder, text, expected) -> None:
    assert expected in coded_triples(coder, text, DAY)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China halted visas for South Korean tourists.", ("CHN", "KORCVL", "160")),
        ("China froze travel to South Korea.", ("CHN", "KOR", "160")),
        ("Russia cut visas for Georgian citizens.", ("RUS", "GEOCVL", "160")),
        ("Beijing halted travel to Japan.", ("CHNGOV", "JPN", "160")),
    ],
)
def test_halting_travel_or_visas_reduces_relations(coder, text, expected) -> None:
    found = coded_triples(coder, text, DAY)
    assert expected in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The German chancellor called a meeting of European ministers.", ("DEUGOV", "---GOV")),
        ("The French president convened a meeting of African ministers.", ("FRAGOV", "---GOV")),
        # the leader's own ministers are still the leader's government
        (
            "The Japanese prime minister convened a meeting of security ministers.",
            ("JPNGOV", "JPNGOV"),
        ),
    ],
)
def test_ministers_of_a_region_are_no_own_body(coder, text, expected) -> None:
    found = coded_triples(coder, text, DAY)
    assert (*expected, "040") in found, found
