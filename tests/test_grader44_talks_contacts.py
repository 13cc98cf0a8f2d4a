"""Contacts between two sides are talks (grading audit seed 68 #17; grader44): "agreed to
continue their contacts" is ``talks`` (topics.yaml) and each partner's promise is made to the
other (``joint_act_nouns`` of second_readings.yaml, listed as written: the singular "contact"
is no meeting).

Sentences written for these tests (other countries and years)."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2034, 2, 3)


def _graded(text: str) -> list[tuple[str, str | None, str | None, str]]:
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    return sorted(
        (e.commitment.kind, e.commitment.promisor, e.commitment.promisee, e.commitment.topic)
        for e in events
        if e.commitment and e.commitment.kind in ("promise", "offer", "refusal", "demand")
    )


def test_continued_contacts_are_talks_between_the_pair() -> None:
    assert _graded("Ecuador and Uruguay agreed to continue their contacts.") == [
        ("promise", "ECU", "URY", "talks"),
        ("promise", "URY", "ECU", "talks"),
    ]


def test_lost_contact_is_no_talks() -> None:
    graded = _graded("Uruguay has lost contact with the ferry and agreed to continue the search.")
    assert all(topic != "talks" for *_rest, topic in graded)
