"""A named pair as subject ("the two Koreas agreed ...") gives each party an event of its own;
each party's commitment is to the other (grader28, issue 4). Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_commitments_grader import _graded

pytestmark = pytest.mark.model

DAY = dt.date(2014, 3, 10)


@pytest.mark.parametrize(
    "text",
    [
        "The two Koreas agreed on the reopening of the factory park last week.",
        "The two Koreas agreed to reopen the factory park.",
    ],
)
def test_each_party_of_a_pair_is_bound_to_the_other(text):
    pairs = {(c.promisor, c.promisee) for c in _graded(text, DAY) if c.kind == "promise"}
    assert pairs == {("PRK", "KOR"), ("KOR", "PRK")}, pairs


def test_a_single_state_keeps_its_promisee():
    graded = [c for c in _graded("South Korea agreed to reopen the factory park.", DAY)]
    assert all(c.promisee is None for c in graded if c.kind == "promise"), graded
