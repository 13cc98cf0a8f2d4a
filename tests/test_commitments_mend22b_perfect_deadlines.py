"""A bare "this week" is a deadline only on a verb that looks ahead; a perfect infinitive
("appears to have promised this week") tells when it was done, though it has a "to"
(``commitments.conditions``, ``deadline_cues.yaml`` ``perfect_auxiliaries``; review22 #7).
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2031, 4, 9)


def _deadlines(text: str) -> set[str | None]:
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    return {
        e.commitment.deadline
        for e in events
        if e.commitment is not None and e.commitment.kind == "promise"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Egypt appears to have promised this week to release the trawler.",
        "Egypt seems to have pledged this month to reopen the crossing.",
        "Egypt appears to have agreed this week to reopen the crossing.",
    ],
)
def test_a_perfect_infinitive_tells_the_past(text: str) -> None:
    assert _deadlines(text) == {None}


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("Egypt promised to release the trawler this week.", "this week"),
        ("Egypt will reopen the crossing this month.", "this month"),
    ],
)
def test_a_verb_looking_ahead_keeps_its_deadline(text: str, deadline: str) -> None:
    assert deadline in _deadlines(text)
