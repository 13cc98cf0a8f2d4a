"""Month, weekday, day and year pieces of the date patterns live in one place
(:mod:`pledgewatch.nlp.date_words`): the capitals dateline reader builds its pattern from them
and reads the same dates it read before; the ordinary dateline's pieces are the same words."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from pledgewatch.nlp import date_words, dates


@pytest.mark.parametrize(
    ("word", "capitals", "matches"),
    [
        ("Nov.", False, True),
        ("Sept", False, True),
        ("May", False, True),
        ("may", False, False),
        ("Marcos", False, False),
        ("NOV.", True, True),
        ("SEPTEMBER", True, True),
        ("Nov.", True, False),
    ],
)
def test_month_pattern_table(word, capitals, matches):
    pattern = date_words.month_pattern(capitals=capitals)
    assert (re.fullmatch(pattern, word) is not None) is matches


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # made-up datelines in capitals, every shape of the date
        ("MANILA, SEPT. 3RD, 2012 (AP) -- X", "2012-09-03"),
        ("HANOI, 9 APRIL 2013 (AFP) -- X", "2013-04-09"),
        ("DELHI, FEB 28 (REUTERS) -- X", "2013-02-28"),
        ("TOKYO, TUESDAY (KYODO) -- X", "2013-03-12"),
    ],
)
def test_capitals_datelines_read_as_before(text, date):
    found = dates.parse_dateline(text, reference=dt.date(2013, 3, 14))
    assert found is not None
    assert str(found.date) == date
