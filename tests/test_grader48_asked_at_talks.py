"""At talks of two, a demand that names no one asked is asked of the other side (grading audit
seed 48 #9, grader48): "Iran has asked for relief from sanctions" just after "U.S. and Iranian
envoys began talks" asks it of the United States (``story_promisees.py``, as a promise at
such talks is made to the other side). Talks of many, or none told, leave no one asked.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import graded_commitments

pytestmark = pytest.mark.model

DAY = dt.date(2013, 10, 17)


def _demands(text: str) -> set[tuple[str | None, str | None]]:
    return {(c.promisor, c.promisee) for c in graded_commitments(text, DAY) if c.kind == "demand"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "U.S. envoy Glyn Davies and Iranian deputy minister Abbas Araghchi began talks in "
            "Geneva on Thursday. Iran has asked for relief from sanctions.",
            {("IRN", "USAGOV")},
        ),
        (
            "Japanese and Russian diplomats held talks in Moscow on Monday. Tokyo asked for the "
            "return of the islands.",
            {("JPNGOV", "RUSGOV")},
        ),
        # talks of many: which side is asked is not told
        (
            "Envoys of China, Russia, Japan and the two Koreas met in Beijing for talks. "
            "North Korea asked for food aid.",
            {("PRK", None)},
        ),
        # no talks told
        ("Iran called for an end to sanctions.", {("IRN", None)}),
    ],
)
def test_a_demand_at_talks_of_two_is_asked_of_the_other_side(
    text: str, expected: set[tuple[str | None, str | None]]
) -> None:
    assert _demands(text) == expected
