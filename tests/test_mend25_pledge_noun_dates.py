"""A pledge noun's own relative clause dates it (mend25, coder._own_words).

"On Monday Kenya broke the pledge it gave to Somalia last year": the breaking is Monday's
(dates53), the pledge (030, the noun's own event) is last year's, told by the clause on the
noun that tells its making. A relative clause telling another act done on the noun's day
does not move the noun's date away from its own words. Sentences written here.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_events

REPORT_DAY = dt.date(2019, 6, 13)  # a Thursday


def _dates(coder, text: str, cameo: str) -> set[dt.date | None]:
    return {e.date for e in coded_events(coder, text, REPORT_DAY) if e.cameo == cameo}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cameo", "expected"),
    [
        ("On Monday Ghana broke the pledge it gave to Togo last year.", "030", dt.date(2018, 1, 1)),
        (
            "On Friday Chile recalled the promise that Bolivia made in 2011.",
            "030",
            dt.date(2011, 1, 1),
        ),
        # the breaking and the recalling keep their own day
        (
            "On Monday Ghana broke the pledge it gave to Togo last year.",
            "128",
            dt.date(2019, 6, 10),
        ),
        (
            "On Friday Chile recalled the promise that Bolivia made in 2011.",
            "010",
            dt.date(2019, 6, 7),
        ),
    ],
)
def test_the_pledge_takes_the_time_of_its_making(coder, text, cameo, expected) -> None:
    assert _dates(coder, text, cameo) == {expected}
