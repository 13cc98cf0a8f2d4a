"""A headline's group of both sides meeting takes its other side from the body (events42).

Sentences written here (events/headline_meetings.py): "Sudanese peace envoys hold second
meeting" names the envoys of both Sudans by one adjective; when the body says who met whom, the
headline's meeting is aimed at the other side; when the body names one side only, it keeps none.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_events42_helpers import story_events

DAY = dt.date(2011, 9, 21)


def _headline_triples(coder, title: str, body: str) -> set:
    return {
        (e.source or "?", e.target or "?", e.cameo)
        for e in story_events(coder, body, DAY, title=title)
        if e.sentence_id and e.sentence_id.endswith(":0")
    }


@pytest.mark.model
def test_a_group_meeting_takes_the_other_side_the_body_names(coder) -> None:
    found = _headline_triples(
        coder,
        "Sudanese peace envoys hold second meeting in Addis Ababa",
        "Sudan's envoy Ali met South Sudan's envoy Deng in Addis Ababa on Wednesday.",
    )
    assert ("SDNGOV", "SSDGOV", "040") in found, found


@pytest.mark.model
def test_a_group_of_one_side_keeps_no_target(coder) -> None:
    found = _headline_triples(
        coder,
        "Sudanese envoys hold meeting in Khartoum",
        "Sudan's envoys met in Khartoum on Wednesday to discuss the budget.",
    )
    assert ("SDNGOV", "?", "040") in found, found
