"""A time adverbial of urgency ("as soon as possible") is no condition; "as soon as" opening a
clause ("as soon as the sanctions are lifted") still is (grader28, issue 4, the ``not_with``
key of ``condition_cues.yaml``). Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_commitments_grader import _graded

pytestmark = pytest.mark.model

DAY = dt.date(2014, 3, 10)


@pytest.mark.parametrize(
    "text",
    [
        "The minister asked Hanoi to reply as soon as possible.",
        "Japan's envoy urged all sides to end the clashes and to resume the border talks as "
        "soon as possible.",
        "Manila will deliver the food aid as soon as practicable.",
    ],
)
def test_urgency_is_no_condition(text):
    graded = [c for c in _graded(text, DAY) if c.kind in ("promise", "demand", "offer")]
    assert graded, _graded(text, DAY)
    assert all(not c.conditions and c.strength != "conditional" for c in graded), graded


def test_as_soon_as_a_clause_is_still_a_condition():
    graded = _graded("Hanoi will reopen the port as soon as the sanctions are lifted.", DAY)
    assert any(c.conditions == ["as soon as the sanctions are lifted"] for c in graded), graded
