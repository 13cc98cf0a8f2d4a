"""Later passes set strength by the cues' own rule (brief grader35): a relayed demand takes its
asker's hedge and a meeting's purpose gives up its hedge through :mod:`pledgewatch.commitments.
strength` (:func:`weakest_strength`, :func:`strength_without_refusal`), not a value set by hand.
The readings, in sentences of our own, are those the passes gave before.
"""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2024, 5, 6)


@pytest.mark.parametrize(
    ("grades", "weakest"),
    [
        (("firm",), "firm"),
        (("firm", "conditional"), "conditional"),
        (("conditional", "hedged"), "hedged"),
        (("firm", "hedged", "conditional"), "hedged"),
        (("hedged", "refused"), "refused"),
    ],
)
def test_weakest_strength(grades, weakest):
    from pledgewatch.commitments.strength import weakest_strength

    assert weakest_strength(*grades) == weakest


def _strengths(text: str) -> set[tuple[str, str | None, str]]:
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    return {
        (e.commitment.kind, (e.commitment.promisee or "")[:3] or None, e.commitment.strength)
        for e in events
        if e.commitment is not None and e.commitment.kind != "statement"
    }


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the purpose of a meeting is no hedge; a condition stays one
        (
            "Chile will meet Peru again next month to discuss the details if the floods ease.",
            {("promise", "PER", "conditional")},
        ),
        (
            "Chile will meet Peru again next month to discuss the details.",
            {("promise", "PER", "firm")},
        ),
        # a demand relayed through another's asking is no firmer than the asking
        (
            "The Chilean minister is expected to ask Brazil to press Peru to reopen the border.",
            {("demand", "BRA", "hedged"), ("demand", "PER", "hedged")},
        ),
        (
            "The Chilean minister will ask Brazil to press Peru to reopen the border.",
            {("demand", "BRA", "firm"), ("demand", "PER", "firm")},
        ),
    ],
)
def test_passes_read_strength_by_the_cues_rule(text, expected):
    assert _strengths(text) == expected
