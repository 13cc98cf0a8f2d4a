"""A summary of many acts "since YEAR" has no day: the year starts a span (events42).

Sentences written here (events/date_scopes.py ``undated_summary``, word class
@summary_quantifier): a present perfect with "since" on it and a quantifier of many acts is
dated nowhere, not the since-year; a single state begun then ("has been detained since 2009")
and a dated act ("made many offers in 2009") keep their dates.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_events

DAY = dt.date(2014, 1, 10)


def _dates(coder, text: str) -> dict[str, dt.date | None]:
    return {e.cameo: e.date for e in coded_events(coder, text, DAY)}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code", "date"),
    [
        ("Since 2009 Iran has made many offers to the agency.", "030", None),
        ("Iran has test-fired several missiles since January.", "150", None),
        ("The American has been detained in Iran since 2009.", "173", dt.date(2009, 1, 1)),
        ("Iran made many offers in 2009.", "030", dt.date(2009, 1, 1)),
    ],
)
def test_a_summary_since_a_year_has_no_day(coder, text, code, date) -> None:
    dates = _dates(coder, text)
    assert code in dates, dates
    assert dates[code] == date, dates
