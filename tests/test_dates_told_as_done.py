"""An act told as done is never dated after its report by a month named without a year.

"Launched a rocket in April" in a February report is last April: the resolver's nearest-month
guess (the coming April) is for words about the future. Written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.nlp.dates import date_for_span

FEBRUARY = dt.date(2013, 2, 12)


@pytest.mark.parametrize(
    ("text", "past", "expected"),
    [
        # the nearest April to a February report is the coming one, unless the act is done
        ("Iran tested a missile in April.", True, dt.date(2012, 4, 1)),
        ("Iran tested a missile in April.", False, dt.date(2013, 4, 1)),
        # a month and day without a year, the same
        ("Iran tested a missile on May 3.", True, dt.date(2012, 5, 3)),
        ("Iran tested a missile on May 3.", False, dt.date(2013, 5, 3)),
        # a guess already before the report stays
        ("Iran tested a missile in December.", True, dt.date(2012, 12, 1)),
        ("Iran tested a missile on Jan. 5.", True, dt.date(2013, 1, 5)),
        # a year named is never moved
        ("Iran tested a missile in April 2013.", True, dt.date(2013, 4, 1)),
        # the report's own month is not after the report
        ("Iran tested a missile in February.", True, dt.date(2013, 2, 1)),
    ],
)
def test_a_done_act_is_not_dated_after_its_report(text: str, past: bool, expected: dt.date) -> None:
    assert date_for_span(text, 0, len(text), FEBRUARY, past=past).date == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("North Korea launched a rocket in April.", "2012-04-01"),
        ("North Korea had already launched a rocket in April.", "2012-04-01"),
        ("A rocket was launched by North Korea in April.", "2012-04-01"),
        # words about the future keep the coming April
        ("North Korea will launch a rocket in April.", "2013-04-01"),
    ],
)
def test_the_coder_dates_done_acts_before_their_report(coder, sentence: str, expected: str) -> None:
    from pledgewatch.events import DocContext

    coded = coder.code_text(sentence, DocContext(doc_id="t", date=FEBRUARY))
    dates = {str(f.event.date) for f in coded.findings if f.event.cameo.startswith("15")}
    assert dates == {expected}
