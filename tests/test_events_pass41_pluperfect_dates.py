"""A past perfect told in a clause on a noun has no day of its own (events41).

Sentences written here (events/date_scopes.undated_pluperfect): "a fisherman who had been seized"
happened before the story, on a day the sentence does not give, so the event is stored with no
day (date None, precision "unknown") rather than the story's day; a date of its own ("in June")
is kept, and a main clause's past perfect keeps the story's day as before.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_events

DAY = dt.date(2009, 8, 5)


def _dates(coder, text: str, code: str) -> set:
    return {(e.date, e.date_precision) for e in coded_events(coder, text, DAY) if e.cameo == code}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code", "expected"),
    [
        (
            "The envoy flew home with two reporters who had been arrested at the border.",
            "173",
            {(None, "unknown")},
        ),
        (
            "The freed crew, who had been seized by pirates, reached Mombasa on Monday.",
            "171",
            {(None, "unknown")},
        ),
        (
            "The envoy flew home with two reporters who had been arrested at the border in March.",
            "173",
            {(dt.date(2009, 3, 1), "month")},
        ),
        (
            "Iran had arrested three hikers near the border.",
            "173",
            {(DAY, "day")},
        ),
    ],
)
def test_a_pluperfect_in_a_noun_clause_has_no_day(coder, text, code, expected) -> None:
    assert _dates(coder, text, code) == expected
