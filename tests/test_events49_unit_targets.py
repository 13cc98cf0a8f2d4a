"""Units named by their arm or post are military agents, and a place near which a visit
happens no longer displaces the visited object (events49, agents.yaml MIL units,
events/arguments.py vicinity).

Sentences written here.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_readings

DAY = dt.date(2013, 3, 12)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kim Jong Un visited front-line units on Tuesday.", ("PRKGOV", "---MIL", "042")),
        ("Kim Jong Un inspected an artillery unit.", ("PRKGOV", "---MIL", "090")),
        # the place near which the visit was is no party, and it no longer hides the units
        (
            "Kim Jong Un visited army units near Yeonpyeong Island.",
            ("PRKGOV", "---MIL", "042"),
        ),
        (
            "Kim Jong Un visited frontline units near Yeonpyeong Island.",
            ("PRKGOV", "---MIL", "042"),
        ),
    ],
)
def test_the_visited_units_are_the_target(coder, text, expected) -> None:
    found = {r[:3] for r in coded_readings(coder, text, DAY)}
    assert expected in found, found
