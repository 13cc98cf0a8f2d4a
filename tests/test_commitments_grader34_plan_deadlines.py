"""A deadline inside the infinitive of a plan the promise agrees on is the promise's deadline
(grader34, seed 60's group 7; ``plan_nouns`` of ``deadline_cues.yaml``): "agreed on a plan to
clear the mines by the middle of next year" keeps it as "agreed to clear the mines by ..." does;
so does "to remove or destroy the mines by ...", where the shared object and the deadline hang on
the second verb. Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2031, 4, 9)


def _deadlines(text: str) -> set[str | None]:
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    graded = [e.commitment for e in events if e.commitment is not None]
    return {c.deadline for c in graded if c.kind in ("promise", "offer", "demand")}


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        (
            "Chile agreed to clear the border mines by the middle of next year.",
            "by the middle of next year",
        ),
        (
            "Chile and Peru agreed on a plan to clear the border mines by the middle of next year.",
            "by the middle of next year",
        ),
        (
            "Kenya and Somalia agreed on a proposal to reopen the border by the end of the year.",
            "by the end of the year",
        ),
        (
            "Chile and Peru agreed on a plan to remove or dismantle the border checkpoints by the "
            "middle of next year.",
            "by the middle of next year",
        ),
        ("Chile and Peru agreed on a plan to clear the border mines.", None),
    ],
)
def test_the_deadline_of_a_plans_infinitive_is_the_promises(text, deadline):
    assert _deadlines(text) == {deadline}
