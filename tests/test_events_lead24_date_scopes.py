"""A condition's time and a time in the possessive on another noun do not date the event.

"Seoul would consider military talks if the North took responsibility for last year's attacks",
told in January, was dated to the year before, from the condition's "last year's attacks" (the
seed-34 ledger audit's status #5: the pledge's first episode opened a year early). The time in a
condition dates the condition; a time in the possessive ("last year's attacks", "Monday's talks")
dates the noun it is on, unless that noun is the event or its subject or object ("Tuesday's
talks were held in Lima").
Sentences written here.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_events

REPORT_DAY = dt.date(2014, 1, 9)


def _dates(coder, text: str, cameo: str) -> set[dt.date | None]:
    return {e.date for e in coded_events(coder, text, REPORT_DAY) if e.cameo == cameo}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        # a condition's time is the condition's
        ("Lima would consider border talks if Quito apologised for last year's raids.", "014"),
        ("Ankara will attend the talks unless Athens repeats last month's incursions.", "040"),
        # a time in the possessive on another noun dates that noun's act
        ("Chile condemned Peru over last year's border incident.", "111"),
        ("Bolivia protested to Chile about Monday's arrest of two soldiers.", "114"),
    ],
)
def test_a_conditions_or_anothers_time_does_not_date_the_event(coder, text, cameo) -> None:
    assert _dates(coder, text, cameo) == {REPORT_DAY}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cameo", "expected"),
    [
        # the time on the event's own noun, or in its own clause, still dates it
        (
            "Peru's foreign minister praised Monday's meeting between Chile and Bolivia.",
            "040",
            dt.date(2014, 1, 6),
        ),
        ("Tuesday's talks between Chile and Peru were held in Lima.", "046", dt.date(2014, 1, 7)),
        (
            "Lima would consider border talks next month if Quito apologised.",
            "014",
            dt.date(2014, 2, 1),
        ),
    ],
)
def test_the_events_own_time_still_dates_it(coder, text, cameo, expected) -> None:
    assert _dates(coder, text, cameo) == {expected}
