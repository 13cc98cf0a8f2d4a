"""A state's protest is an official complaint, 114, noun or verb alike (events39).

Sentences written here (events/official_protests.py): a protest held by a state or its government
is 114; by students, crowds, fishermen or a country's people it stays a demonstration, 140.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import assert_coded, coded_triples

DAY = dt.date(2012, 8, 15)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Iran tested a new missile, drawing a protest from France.",
            ("FRA", "IRN", "114"),
            ("FRA", "IRN", "140"),
        ),
        (
            "South Korea protested the Japanese minister's visit to the shrine.",
            ("KOR", "JPNGOV", "114"),
            ("KOR", "JPNGOV", "140"),
        ),
        (
            "Thousands of students protested against the government in Seoul.",
            ("---EDU", "KORGOV", "140"),
            ("---EDU", "KORGOV", "114"),
        ),
        (
            "Hundreds of South Koreans protested against the drills.",
            ("KOR", "?", "140"),
            ("KOR", "?", "114"),
        ),
    ],
)
def test_a_state_complains_and_a_crowd_demonstrates(coder, text, expected, absent) -> None:
    assert_coded(coded_triples(coder, text, DAY), expected, absent)
