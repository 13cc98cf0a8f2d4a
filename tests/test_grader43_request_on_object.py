"""A request named in "at X's request" asks the one who did the act, also when the parser hangs
the phrase on the thing given ("granted the teacher an amnesty at Peru's request"), not on the
verb (``commitments.asked_parties``; grading audit seed 67 #5, grader43). Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2028, 2, 17)


def _demands(text: str) -> list[tuple[str | None, str | None]]:
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    return [
        (e.commitment.promisor, e.commitment.promisee)
        for e in events
        if e.commitment and e.commitment.kind == "demand"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bolivia's president granted the Peruvian teacher a special amnesty at Peru's "
            "request, state media said.",
            [("PER", "BOLGOV")],
        ),
        (
            "Chile's president granted the two Peruvian fishermen an amnesty at Peru's request.",
            [("PER", "CHLGOV")],
        ),
    ],
)
def test_the_one_who_granted_it_was_asked(text: str, expected: list[tuple[str, str]]) -> None:
    assert _demands(text) == expected
