"""A show of force held out on a party's step is a threat aimed at that party (138).

"We will bolster our nuclear deterrent if the United States continues its hostile policy" (a
demo statement of 2013) was a future 154 with no target: the condition's "if" made threats of
protests, sanctions and force (14x, 16x-20x) but not of a show of force (15x). A show of force
on a condition no party must meet ("if the weather allows") stays a future act. Sentences of
our own (the lead, 2026-12-02).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_readings

DAY = dt.date(2013, 3, 5)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "North Korea will bolster its nuclear deterrent if the United States continues its "
            "hostile policy.",
            ("PRK", "USA", "138", "asserted"),
            ("PRK", "?", "154", "future"),
        ),
        (
            "North Korea will put its troops on high alert unless South Korea stops the drills.",
            ("PRK", "KOR", "138", "asserted"),
            ("PRK", "?", "152", "future"),
        ),
        (
            "The army will hold drills if the weather allows.",
            ("---MIL", "?", "150", "future"),
            ("---MIL", "?", "138", "asserted"),
        ),
    ],
)
def test_a_show_of_force_on_a_partys_step_is_a_threat(coder, text, expected, absent) -> None:
    found = coded_readings(coder, text, DAY)
    assert expected in found, found
    assert absent not in found, found
