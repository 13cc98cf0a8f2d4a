"""The one an obliging verb asks is its object before the infinitive ("requires states to
inspect cargo from North Korea" asks the states, not North Korea inside what they are to do),
and a written text speaking for itself ("The resolution requires ...", "Resolution 2094 ... .
It requires ...") is formal (grader29, issue 4). Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_commitments_grader import _graded

pytestmark = pytest.mark.model

DAY = dt.date(2015, 6, 2)


@pytest.mark.parametrize(
    ("text", "not_asked"),
    [
        (
            "Resolution 1929 targets Iran's shipping lines. It requires states to inspect "
            "cargo from Iran.",
            "IRN",
        ),
        ("The resolution requires states to freeze the assets of Libyan banks.", "LBY"),
        ("The treaty requires members to screen arms shipments from Syria.", "SYR"),
    ],
)
def test_the_object_is_asked_not_the_country_inside_the_act(text, not_asked):
    demands = [c for c in _graded(text, DAY) if c.kind == "demand"]
    assert demands, _graded(text, DAY)
    assert all((c.promisee or "")[:3] != not_asked for c in demands), demands
    assert all(c.formality == "formal" for c in demands), demands
