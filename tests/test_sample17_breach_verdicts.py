"""A statement that another's act breaks a law or treaty accuses its doer (112).

events/spoken_verdicts.py with ``@breach_verdict`` in word_classes.tsv; the lead's seventeenth
sample, where "the IAEA said in a report that North Korea's uranium enrichment programme at
Yongbyon was a clear violation of Security Council resolutions" coded only the saying (010), as
"said the launch was a violation" did. Sentences written here from the IAEA reports and the
rocket launches of 2011-2012.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_readings

DAY = dt.date(2012, 4, 13)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The IAEA said on Friday that North Korea's light-water reactor project was a "
            "breach of Security Council resolutions.",
            ("IGOUNOIAE", "PRK", "112", "asserted"),
        ),
        (
            "Tokyo said North Korea's rocket launch was a clear violation of U.N. resolutions.",
            ("JPNGOV", "PRK", "112", "asserted"),
        ),
    ],
)
def test_a_breach_verdict_said_is_an_accusation(coder, text, expected) -> None:
    found = coded_readings(coder, text, DAY)
    assert expected in found, found
