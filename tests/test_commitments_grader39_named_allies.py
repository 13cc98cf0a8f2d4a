"""A pledge made to "its allies" is made to the allies the story names nearby, in apposition to
an ally noun of the promisor's (:mod:`pledgewatch.commitments.named_allies`, brief grader39 #2,
grading audits seeds 61 and 63). A story that names no allies, or another state's, leaves the
promisee empty. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.builders import promises_of

pytestmark = pytest.mark.model

DAY = dt.date(2019, 3, 2)
PLEDGE = "London said it would defend its allies if necessary."


def _promisees(text: str) -> set[str | None]:
    return {c.promisee for c in promises_of(text, DAY) if c.promisor == "GBRGOV"}


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        ("Britain held joint drills with its allies Norway and Denmark on Friday.", {"NOR"}),
        ("Norway and Denmark, Britain's closest allies, joined the drills.", {"NOR"}),
        # no allies named: where the story stands says nothing of which allies are meant
        ("The minister spoke in Oslo after talks with the prime minister.", {None}),
        # another state's allies are not the promisor's
        ("Russia held drills with its ally Belarus on Friday.", {None}),
    ],
)
def test_its_allies_are_the_allies_the_story_names(story: str, expected: set[str | None]) -> None:
    assert _promisees(f"{story} {PLEDGE}") == expected


def test_allies_named_too_far_before_are_not_read() -> None:
    filler = " ".join(f"The fleet sailed on day {n}." for n in range(1, 5))
    story = f"Britain held joint drills with its allies Norway and Denmark. {filler} {PLEDGE}"
    assert _promisees(story) == {None}
