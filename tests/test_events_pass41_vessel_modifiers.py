"""A named ship before an event noun is what the act was done to, not its doer (events41).

Sentences written here (events/vessel_modifiers.py, organisations.yaml ``vessel: true``): "the
Cheonan attack" aims the attack at the ship (KORMIL) and gives it no doer; another verb whose
subject is that noun ("the Cheonan attack strained ties") does not make the ship its doer; a doer
named elsewhere ("blamed Pyongyang for ...") stays the doer.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.actors import load_actor_dictionary
from tests.conftest import coded_triples

DAY = dt.date(2010, 9, 13)


def test_named_ships_are_flagged_in_the_dictionary() -> None:
    dictionary = load_actor_dictionary()
    assert "cheonan" in dictionary.vessel_names
    assert "hamas" not in dictionary.vessel_names


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "The Cheonan attack left the ruling party weaker before the local elections.",
            ("?", "KORMIL", "190"),
            ("KORMIL", "?", "190"),
        ),
        (
            "The opposition accused Pyongyang of the Cheonan attack.",
            ("PRKGOV", "KORMIL", "190"),
            ("KORMIL", "?", "190"),
        ),
        (
            "Seoul wants an apology for the Yeonpyeong and Cheonan attacks before any talks.",
            ("?", "KORMIL", "190"),
            ("KOR", "KORMIL", "190"),
        ),
        (
            "The Cheonan attack killed dozens of sailors.",
            ("?", "---MIL", "190"),
            ("KORMIL", "---MIL", "190"),
        ),
    ],
)
def test_a_ship_before_an_event_noun_is_its_target(coder, text, expected, absent) -> None:
    found = coded_triples(coder, text, DAY)
    assert expected in found, found
    assert absent not in found, found
