"""A reason clause ("because it had declared the deal dead in April") tells another act with its
own time: its time words do not date the main verb (events52, word class @reason_mark,
events/date_scopes.foreign_date_spans). Sentences written here."""

from __future__ import annotations

import datetime as dt

import pytest

REPORT_DAY = dt.date(2016, 2, 10)


def _coded(coder, text: str):
    from pledgewatch.events import DocContext

    ctx = DocContext(doc_id="t", date=REPORT_DAY)
    return [f.event for f in coder.code_text(text, ctx).findings]


@pytest.mark.model
def test_the_reason_clause_keeps_its_date_to_itself(coder) -> None:
    events = _coded(
        coder,
        "Iran did not break a promise this time, because it had already declared the deal dead"
        " in April.",
    )
    main = [e for e in events if e.cameo == "128"]
    assert main and all(e.date == REPORT_DAY for e in main), [(e.cameo, e.date) for e in events]
    declared = [e for e in events if e.cameo.startswith("12") and e.cameo != "128"]
    assert declared and all(e.date == dt.date(2015, 4, 1) for e in declared), declared


@pytest.mark.model
def test_the_main_verbs_own_time_still_dates_it(coder) -> None:
    events = _coded(coder, "Iran fired the missiles in April because the talks had failed.")
    fired = [e for e in events if e.cameo == "150"]
    assert [e.date for e in fired] == [dt.date(2015, 4, 1)], [(e.cameo, e.date) for e in events]
