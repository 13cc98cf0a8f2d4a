"""A causal clause ("because", "since", "as") gives a reason, it demands nothing: "because
China's silence encourages the regime" is no demand of China; a demand verb inside it still
tells a demand (grader29, issue 4). Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_commitments_grader import _graded

pytestmark = pytest.mark.model

DAY = dt.date(2015, 6, 2)


@pytest.mark.parametrize(
    ("text", "not_asked"),
    [
        ("The U.S. must act because China's silence encourages the regime.", "CHN"),
        ("Seoul should speak out, since Russia's silence encourages Pyongyang.", "RUS"),
    ],
)
def test_a_reason_is_no_demand(text, not_asked):
    graded = _graded(text, DAY)
    assert graded
    for c in graded:
        if c.kind == "demand":
            assert (c.promisee or "")[:3] != not_asked, c
