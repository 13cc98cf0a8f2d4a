"""A pair of parties named by no state ("the two sides", "both sides", "the two countries")
stands for the two states the story named before it: each party's commitment is to the other,
as for "the two Koreas" (grader29, issue 4). Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_commitments_grader import _graded

pytestmark = pytest.mark.model

DAY = dt.date(2015, 6, 2)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Chile and Peru held border talks on Monday. Bachelet said the two sides had agreed "
            "to work together.",
            "CHL",
            "PER",
        ),
        (
            "South Korea and North Korea held talks on Monday. Ri said the two sides had agreed "
            "to work together.",
            "KOR",
            "PRK",
        ),
    ],
)
def test_each_side_is_bound_to_the_other(text, first, second):
    graded = [c for c in _graded(text, DAY) if c.kind == "promise"]
    bound = {(c.promisor[:3], (c.promisee or "")[:3]) for c in graded if c.promisor}
    assert (first, second) in bound or (second, first) in bound, graded
    assert all(c.promisee for c in graded if c.promisor and c.promisor[:3] in (first, second))


def test_a_state_named_as_a_place_is_no_party():
    # the talks' venue is named in a place phrase: the pair is the two who talked
    text = (
        "Talks between Japan and China ended in Seoul on Tuesday. A Japanese envoy said the two "
        "sides had agreed to meet again."
    )
    graded = [c for c in _graded(text, DAY) if c.promisor and c.promisee]
    pairs = {(c.promisor[:3], c.promisee[:3]) for c in graded}
    assert pairs & {("JPN", "CHN"), ("CHN", "JPN")}, graded
    assert not any("KOR" in pair for pair in pairs), graded
