"""The coder's per-Doc caches (words, phrase matches, the salience word scan) never carry one
document's reading into another: the same text on two dates, coded in one batch or one by one,
in either order, gives each date its own actors and events."""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.events import DocContext

#: a person whose office depends on the date (Lee Myung-bak was president 2008-2013), a
#: pronoun and "the North" resolved from context, an all-caps headline
TEXT = (
    "LEE OFFERS AID TO THE NORTH\n\n"
    "President Lee Myung-bak said on Monday that Seoul would send rice to North Korea. "
    "He urged the North to return to talks. The weather stayed mild."
)
DATES = [dt.date(2010, 3, 1), dt.date(2015, 3, 1)]


def _reading(coded):
    events = [(e.source, e.target, e.cameo, e.modality, e.date, e.why) for e in coded.events]
    mentions = [(m.start, m.end, m.code, m.why) for m in coded.mentions]
    return events, mentions


def _contexts():
    return [
        DocContext(doc_id=f"d{n}", date=day, headline_end=TEXT.index("\n"))
        for n, day in enumerate(DATES)
    ]


@pytest.mark.model
def test_each_date_its_own_reading_in_any_order_and_batch(coder):
    first, second = _contexts()
    alone = [_reading(coder.code_text(TEXT, ctx)) for ctx in (first, second)]
    reversed_order = [_reading(coder.code_text(TEXT, ctx)) for ctx in (second, first)][::-1]
    batched = [_reading(c) for c in coder.code_texts([(TEXT, first), (TEXT, second)])]
    assert alone == reversed_order == batched
    # the dates matter here, so a reading carried over from the other document would show
    assert alone[0] != alone[1]
    assert alone[0][0] and alone[1][0]
