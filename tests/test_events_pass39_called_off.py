"""Going ahead with an act is doing it; not going ahead with it calls it off (events39).

Sentences written here. "go ahead with", "move ahead with", "proceed with" are light verbs like
"press ahead with"; plainly negated, the planned act is halted as the halt family composes it
(events/called_off_acts.py); a measured object ("5,000 tons of aid") carries its event.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import assert_coded, coded_readings

DAY = dt.date(2011, 6, 1)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Japan said it would not go ahead with 50,000 tons of food aid to North Korea.",
            ("JPN", "PRK", "1623", "future"),
            ("JPN", "PRK", "073", "negated"),
        ),
        (
            "China said it would not proceed with the talks with Vietnam.",
            ("CHN", "VNM", "164", "future"),
            ("CHN", "VNM", "046", "negated"),
        ),
        (
            "Iran said it would go ahead with the missile launch.",
            ("IRN", "?", "150", "future"),
            None,
        ),
        (
            "South Korea proceeded with the artillery drills on Tuesday.",
            ("KOR", "?", "150", "asserted"),
            None,
        ),
        (
            "Seoul moved ahead with 5,000 tons of fertilizer aid to Pyongyang.",
            ("KORGOV", "PRKGOV", "070", "asserted"),
            None,
        ),
    ],
)
def test_going_ahead_does_and_not_going_ahead_halts(coder, text, expected, absent) -> None:
    assert_coded(coded_readings(coder, text, DAY), expected, absent)


@pytest.mark.model
def test_a_negation_from_elsewhere_is_left_to_the_modality_reader(coder) -> None:
    found = coded_readings(coder, "Japan did not say it would go ahead with aid to Laos.", DAY)
    assert not any(code.startswith("16") for _, _, code, _ in found), found
