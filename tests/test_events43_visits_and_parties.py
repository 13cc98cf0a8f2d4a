"""Missed acts of the eighth sample's shapes (events43).

Sentences written here: an arrival "on his trip to X" is one visit to X
(events/trip_arrivals.py); "called on both Koreas" makes each Korea the appeal's target
(actors/pairs.py); keeping people "from entering" a place restricts their movement (191,
verbs.tsv *.v_from+movement, word class @movement_verb).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import assert_coded, coded_triples

DAY = dt.date(2012, 5, 10)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Putin arrived in Dalian by train on Tuesday on his third trip to China in a year.",
            ("RUSGOV", "CHN", "042"),
            ("?", "CHN", "042"),
        ),
        (
            "Hu Jintao arrived in Pyongyang on Monday on his first visit to North Korea.",
            ("CHNGOV", "PRK", "042"),
            ("?", "PRK", "042"),
        ),
        ("Russia called on both Koreas to show restraint.", ("RUS", "PRK", "020"), None),
        ("Russia called on both Koreas to show restraint.", ("RUS", "KOR", "020"), None),
        ("Russia appealed to the two Koreas to show restraint.", ("RUS", "KOR", "020"), None),
        (
            "Israel blocked Palestinian workers from entering the industrial zone.",
            ("ISR", "PSELAB", "191"),
            None,
        ),
        (
            "Russia barred Georgian citizens from crossing the border.",
            ("RUS", "GEOCVL", "191"),
            None,
        ),
        ("The council blocked Iran from developing missiles.", None, ("?", "IRN", "191")),
    ],
)
def test_missed_acts(coder, text, expected, absent) -> None:
    found = coded_triples(coder, text, DAY)
    if expected is not None:
        assert_coded(found, expected, absent)
    else:
        assert absent not in found, found
