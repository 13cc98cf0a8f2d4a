"""A recalled promise is as firm as it was made (grading audit seed 68, outside the draw;
grader44, ``relayed_promises.recalled_promise_unhedged``): in "The launch would break the
promise that X made", "would" is the modal of "break", not of the promise; the modal of a
promise verb itself stays a hedge.

Sentences written for these tests (other countries and years)."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2036, 3, 14)


def _strengths(text: str) -> list[tuple[str, str]]:
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    return [
        (e.commitment.kind, e.commitment.strength)
        for e in events
        if e.commitment and e.commitment.kind in ("promise", "offer", "refusal", "demand")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The test would break the promise that Asuncion made only a month ago.",
        "The new decree would violate the pledge that Quito made in January.",
    ],
)
def test_modal_of_the_breaking_verb_is_no_hedge(text: str) -> None:
    graded = _strengths(text)
    assert graded and all(strength == "firm" for _kind, strength in graded)


def test_modal_of_the_promise_itself_stays_a_hedge() -> None:
    assert _strengths("Paraguay might promise to free the sailors.") in (
        [("promise", "hedged")],
        [],
    )
