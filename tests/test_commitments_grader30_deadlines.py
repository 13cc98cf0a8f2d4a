"""One reader of deadline phrases serves the commitment's ``deadline`` field and the ledger's
lapse date (``commitments.deadline_phrases``, one data file ``deadline_cues.yaml``): the
commitment keeps the phrase of its own clause ("will hold the talks next week", "later this
month"), the ledger resolves that phrase to its last day, and on the same sentence both read the
same words. Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.commitments.deadline_phrases import load_deadline_words
from pledgewatch.ledger.deadlines import read_deadline

pytestmark = pytest.mark.model

DAY = dt.date(2031, 4, 9)  # a Wednesday


def _graded(text: str):
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    return [e.commitment for e in events if e.commitment is not None]


def _deadlines(text: str) -> set[str | None]:
    return {c.deadline for c in _graded(text) if c.kind in ("promise", "offer", "demand")}


# the commitment's phrase and the ledger's, on the same sentences
AGREED = [
    ("Serbia will hold border talks with Kosovo later this month.", "later this month"),
    ("The two envoys will meet again next week.", "next week"),
    ("Kosovo promised to free the fishermen within 30 days.", "within 30 days"),
    ("The junta will hand over power by the end of the year.", "by the end of the year"),
    ("Serbia pledged to open the border crossing early next month.", "early next month"),
    ("The ministry said it would publish the audit by the end of March.", "by the end of March"),
]


@pytest.mark.parametrize(("text", "phrase"), AGREED)
def test_the_commitment_keeps_the_deadline_phrase_of_its_clause(text: str, phrase: str) -> None:
    assert phrase in _deadlines(text), _deadlines(text)


@pytest.mark.parametrize(("text", "phrase"), AGREED)
def test_the_ledger_reads_the_same_phrase_in_the_sentence(text: str, phrase: str) -> None:
    found = read_deadline(None, text, DAY)
    assert found is not None and found.text == phrase


@pytest.mark.parametrize(("text", "phrase"), AGREED)
def test_the_commitments_phrase_resolves_as_the_sentence_does(text: str, phrase: str) -> None:
    from_phrase = read_deadline(phrase, None, DAY)
    from_sentence = read_deadline(None, text, DAY)
    assert from_phrase is not None and from_phrase == from_sentence


@pytest.mark.parametrize(
    "text",
    [
        # a deadline of another clause, a past "this week", a noun's date: none of the promise's
        "Serbia will reopen the embassy that Kosovo plans to close later this year.",
        "Serbia agreed this week to reopen its embassy.",
        "Serbia will send observers to the vote.",
    ],
)
def test_no_deadline_of_the_promise(text: str) -> None:
    assert _deadlines(text) <= {None}, _deadlines(text)


def test_one_file_holds_both_readers_words() -> None:
    words = load_deadline_words()
    assert {"by", "within"} <= words.prepositions and "hour" in words.time_nouns
    assert [p.text for p in words.phrases("They will meet later next week.")] == ["later next week"]
