"""Dealing with a party "no longer" (or "never ... again") breaks relations off: a halt, one way
(events49, events/ended_dealings.py, verbs.tsv deal.v_with).

Sentences written here.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_readings

DAY = dt.date(2011, 5, 31)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Pyongyang said it would no longer deal with the government of Lee Myung-bak.",
            ("PRKGOV", "KORGOV", "164", "future"),
            None,
        ),
        (
            "Pyongyang said it would no longer talk to the government of Lee Myung-bak.",
            ("PRKGOV", "KORGOV", "164", "future"),
            ("KORGOV", "PRKGOV", "164", "future"),  # only the one breaking off
        ),
        (
            "Pyongyang said it would never deal with the government of Lee Myung-bak again.",
            ("PRKGOV", "KORGOV", "164", "future"),
            None,
        ),
        (
            "North Korea said it would no longer cooperate with South Korea.",
            ("PRK", "KOR", "160", "future"),
            ("KOR", "PRK", "160", "future"),
        ),
    ],
)
def test_ending_dealings_is_a_halt(coder, text, expected, absent) -> None:
    found = coded_readings(coder, text, DAY)
    assert expected in found, found
    if absent is not None:
        assert absent not in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea did not talk to South Korea.", ("PRK", "KOR", "040", "negated")),
        ("The United States will deal directly with North Korea.", ("USA", "PRK", "040", "future")),
    ],
)
def test_a_plain_negation_or_dealing_stays(coder, text, expected) -> None:
    found = coded_readings(coder, text, DAY)
    assert expected in found, found
