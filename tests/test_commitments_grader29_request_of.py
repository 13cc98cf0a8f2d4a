"""A request named as a noun hung on another's act ("At the request of the U.S., the DPRK
agreed to ..."): the one who asks is the noun's "of X" or possessor, the one asked the subject
of the act it hangs on, and that act is done for the one who asked (grader29, issue 4).
Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_commitments_grader import _graded

pytestmark = pytest.mark.model

DAY = dt.date(2015, 6, 2)


@pytest.mark.parametrize(
    ("text", "asker", "asked"),
    [
        ("At the request of the U.S., the DPRK agreed to suspend its missile tests.", "USA", "PRK"),
        ("At the request of France, Iran agreed to halt its enrichment work.", "FRA", "IRN"),
    ],
)
def test_the_one_asked_is_the_acts_subject(text, asker, asked):
    graded = _graded(text, DAY)
    demands = [c for c in graded if c.kind == "demand" and (c.promisor or "")[:3] == asker]
    assert demands, graded
    assert all((c.promisee or "")[:3] == asked for c in demands), demands
    acts = [c for c in graded if c.kind == "promise" and (c.promisor or "")[:3] == asked]
    assert acts, graded
    assert all((c.promisee or "")[:3] == asker for c in acts), acts
