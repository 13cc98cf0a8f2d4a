"""A demand's formality is read for the one who asks once the asker is settled: "<a
spokesperson> said Iran must halt ..." is graded first with the one obliged as promisor, for
whom the spokesperson is no voice of its own; it is the speaker's government's own demand,
official (grader28, issue 4). Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_commitments_grader import _graded

pytestmark = pytest.mark.model

DAY = dt.date(2014, 3, 10)


@pytest.mark.parametrize(
    ("text", "demander"),
    [
        ("Psaki said Iran must halt its uranium enrichment.", "USAGOV"),
        ("Lavrov said Georgia must withdraw its troops from the border.", "RUSGOV"),
    ],
)
def test_a_governments_voice_demanding_is_official(text, demander):
    demands = [c for c in _graded(text, DAY) if c.kind == "demand" and c.promisor == demander]
    assert demands, _graded(text, DAY)
    assert all(c.formality == "official" for c in demands), demands


def test_a_newspapers_demand_stays_reported():
    # a newspaper asking is a news report, whoever it asks
    text = "The Asahi Shimbun said Iran must halt its uranium enrichment."
    demands = [c for c in _graded(text, DAY) if c.kind == "demand"]
    assert demands, _graded(text, DAY)
    assert all(c.formality == "reported" for c in demands), demands
