"""A bare "this week" is a pledge's deadline where the verb it hangs on looks ahead ("will hold
talks in Lima this week"), not where it tells when the pledging was ("agreed this week to
join"): ``ahead_this_period`` and ``ahead_auxiliaries`` of ``deadline_cues.yaml``, read by
``commitments.conditions.find_deadline`` (grading audit, seed 62 #21). Every sentence is
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.commitments.deadline_phrases import load_deadline_words

pytestmark = pytest.mark.model

DAY = dt.date(2031, 4, 9)  # a Wednesday


def _deadlines(text: str) -> set[str | None]:
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    return {
        e.commitment.deadline
        for e in events
        if e.commitment is not None and e.commitment.kind in ("promise", "offer", "demand")
    }


LOOKING_AHEAD = [
    ("Chile, Peru and Bolivia will hold talks in Lima this week.", "this week"),
    ("The two ministers said they would meet in Quito this week.", "this week"),
    ("Chile pledged to reopen the border crossing this month.", "this month"),
    ("Ecuador will hold elections this year.", "this year"),
]


@pytest.mark.parametrize(("text", "phrase"), LOOKING_AHEAD)
def test_this_week_on_a_verb_that_looks_ahead_is_the_deadline(text: str, phrase: str) -> None:
    assert _deadlines(text) == {phrase}


TELLING_THE_PAST = [
    "Bolivia agreed this week to join the fisheries convention.",
    "Peru and Chile agreed in Quito this week to resume the border talks.",
    "Paraguay promised this month to free the detained sailors.",
]


@pytest.mark.parametrize("text", TELLING_THE_PAST)
def test_this_week_telling_when_the_pledge_was_made_is_no_deadline(text: str) -> None:
    assert _deadlines(text) == {None}


def test_later_this_week_is_found_once_as_before() -> None:
    words = load_deadline_words()
    found = words.phrases("They will meet later this week.", looking_ahead=True)
    assert [(p.text, p.ahead_only) for p in found] == [("later this week", False)]


def test_the_bare_phrase_is_read_only_when_asked() -> None:
    words = load_deadline_words()
    assert words.phrases("They will meet this week.") == []
    found = words.phrases("They will meet this week.", looking_ahead=True)
    assert [(p.text, p.kind, p.unit, p.ahead_only) for p in found] == [
        ("this week", "this_period", "week", True)
    ]
