"""The ledger reads the grader's bare "this week" deadline, which the grader kept only on a
verb that looks ahead; in a whole sentence a bare "this week" may tell the past and stays
unread."""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.ledger.deadlines import read_deadline

MONDAY = dt.date(2011, 7, 25)


@pytest.mark.parametrize(
    ("phrase", "last_day"),
    [
        ("this week", dt.date(2011, 7, 31)),
        ("this month", dt.date(2011, 7, 31)),
        ("this year", dt.date(2011, 12, 31)),
    ],
)
def test_grader_phrase_this_period_is_a_deadline(phrase: str, last_day: dt.date) -> None:
    found = read_deadline(phrase, None, MONDAY)
    assert found is not None
    assert found.day == last_day
    assert found.text == phrase


def test_bare_this_week_in_a_sentence_is_not_read() -> None:
    sentence = "The two sides agreed this week to reopen the border crossing."
    assert read_deadline(None, sentence, MONDAY) is None
