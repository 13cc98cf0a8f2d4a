"""The demander of a demand relayed through another's asking ("He is expected to ask Beijing
to press Pyongyang to cancel the launch": grader30's seed 58), in sentences of our own: the
expected asker demands it, and no more firmly than he is expected to ask."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2024, 5, 6)


def _graded(text: str):
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    return [e for e in events if e.commitment is not None]


@pytest.mark.parametrize(
    ("text", "obliged", "asker"),
    [
        (
            "Merkel will meet Chinese President Xi Jinping in Berlin on Monday. She is "
            "expected to ask Beijing to press Pyongyang to halt the missile tests.",
            "PRK",
            "DEU",
        ),
    ],
)
def test_the_expected_asker_demands_what_another_is_to_press_for(text, obliged, asker):
    graded = [
        e.commitment
        for e in _graded(text)
        if e.commitment.kind == "demand" and (e.commitment.promisee or "").startswith(obliged)
    ]
    assert graded and all(
        (c.promisor or "").startswith(asker) and c.strength == "hedged" for c in graded
    ), [(c.promisor, c.promisee, c.strength) for c in graded]
