"""A circumstance of an act still to come is not told as done (mend21a, circumstance_acts.py).

Sentences written here. "urged restraint after the shelling": the shelling happened (events43);
"will resume aid after the meeting of the leaders": the meeting is no more done than the
resumption, so it keeps the main clause's future reading, not an asserted one.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_readings

DAY = dt.date(2012, 5, 10)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Seoul will resume food aid after the meeting of the two leaders next month.", "040"),
        ("Seoul will resume food aid after the meeting of the two leaders in Pyongyang.", "040"),
        ("Hanoi would reopen the border after the meeting of the two leaders next month.", "040"),
    ],
)
def test_circumstance_of_a_future_act_is_not_asserted(coder, text, code) -> None:
    found = coded_readings(coder, text, DAY)
    assert not any(r[2] == code and r[3] == "asserted" for r in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Seoul resumed food aid after the meeting of the two leaders.", "040"),
        (
            "Russia urged Armenia to show restraint after the shelling of Yerevan by Azerbaijan.",
            "194",
        ),
    ],
)
def test_circumstance_of_a_past_or_urged_act_is_done(coder, text, code) -> None:
    found = coded_readings(coder, text, DAY)
    assert any(r[2] == code and r[3] == "asserted" for r in found), found
