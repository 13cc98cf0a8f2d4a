"""An act named with a modifier saying it has not happened ("the planned drills") is still to
come: future, not asserted.

events/modality._local_cues reads modality.yaml ``unmade_modifiers`` on the trigger noun; the
lead's fifteenth sample, where the planned US-South Korean drills and North Korea's planned
rocket launch were coded as done. Sentences written here from 2010-2012.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_readings

DAY = dt.date(2012, 3, 28)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "doer", "code"),
    [
        ("North Korea on Friday condemned South Korea's planned naval drills.", "KOR", "150"),
        ("Japan criticised North Korea's planned rocket launch on Wednesday.", "PRK", "150"),
        ("China voiced concern over North Korea's upcoming nuclear test.", "PRK", "150"),
    ],
)
def test_a_planned_act_is_future(coder, text, doer, code) -> None:
    found = coded_readings(coder, text, DAY)
    readings = {m for s, _, c, m in found if s == doer and c == code}
    assert readings == {"future"}, found


@pytest.mark.model
def test_a_done_act_stays_asserted(coder) -> None:
    found = coded_readings(coder, "Japan criticised North Korea's rocket launch on Wednesday.", DAY)
    assert ("PRK", "?", "150", "asserted") in found, found
