"""An act announced in the present for a time after the report is future, not reported
(events52, events/announced_times.py): a headline "X announces <act> in <month>". A month name
is a date, not a protest march (events/own_measures.py, nlp.dates.is_month_or_weekday).
Sentences written here."""

from __future__ import annotations

import datetime as dt

import pytest

#: Mid-January: "in March" is still to come; mid-May: it is past.
JANUARY = dt.date(2014, 1, 20)
MAY = dt.date(2014, 5, 20)


def _coded(coder, headline: str, body: str, date: dt.date):
    from pledgewatch.events import DocContext

    text = f"{headline}\n\n{body}"
    ctx = DocContext(doc_id="t", date=date, headline_end=len(headline))
    return [f.event for f in coder.code_text(text, ctx).findings]


@pytest.mark.model
@pytest.mark.parametrize(
    ("headline", "date", "modality"),
    [
        ("Iran announces new missile test in March", JANUARY, "future"),
        ("Pakistan announces missile test in March", JANUARY, "future"),
        # the month has come and gone: the announced test may have happened
        ("Iran announces new missile test in March", MAY, "reported"),
    ],
)
def test_an_announced_act_of_a_later_month_is_future(
    coder, headline: str, date: dt.date, modality: str
) -> None:
    events = _coded(coder, headline, "The defence ministry gave no details.", date)
    tests = [e for e in events if e.sentence_id == "t:0" and e.cameo == "150"]
    assert [e.modality for e in tests] == [modality], [(e.cameo, e.modality) for e in events]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Iran announces new missile test in March",
        "Egypt said it would hold elections in March.",
    ],
)
def test_a_month_name_is_no_protest_march(coder, text: str) -> None:
    events = _coded(coder, text, "Officials gave no details.", JANUARY)
    assert not any(e.cameo.startswith("14") for e in events), [(e.cameo, e.why) for e in events]


@pytest.mark.model
def test_a_protest_march_stays_one(coder) -> None:
    events = _coded(
        coder, "Students march in Cairo", "Thousands of students joined a march.", JANUARY
    )
    assert any(e.cameo == "141" for e in events), [(e.cameo, e.why) for e in events]
