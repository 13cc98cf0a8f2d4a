"""An act told again later in its document, with no time words, takes the date its earlier
telling gave it (events52, events/retold_acts.py); the date basis names that telling. Every
sentence is written for these tests, about other countries and years than the demo's."""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.model import DateBasis

#: A year-end review: every act it recalls is months old.
REPORT_DAY = dt.date(2016, 12, 20)


def _coded(coder, text: str, date: dt.date = REPORT_DAY):
    from pledgewatch.events import DocContext

    return [f.event for f in coder.code_text(text, DocContext(doc_id="t", date=date)).findings]


def _by_sentence(events, index: int, cameo: str):
    return [e for e in events if e.sentence_id == f"t:{index}" and e.cameo == cameo]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sentence", "cameo", "date", "precision"),
    [
        # the same verb and object, retold in a temporal clause of an analysis
        (
            "In January 2016 North Korea tested a nuclear device. Seoul protested. After the"
            " North tested a nuclear device, China cut coal imports.",
            2,
            "150",
            dt.date(2016, 1, 1),
            "month",
        ),
        # another verb, but "the torpedo" is the one the first sentence named
        (
            "A Russian torpedo sank a Georgian patrol boat in August, investigators said on"
            " Wednesday. The investigators said a Russian submarine fired the torpedo.",
            1,
            "190",
            dt.date(2016, 8, 1),
            "month",
        ),
    ],
)
def test_a_retold_act_takes_its_earlier_date(
    coder, text: str, sentence: int, cameo: str, date: dt.date, precision: str
) -> None:
    events = _coded(coder, text)
    retold = _by_sentence(events, sentence, cameo)
    assert retold, [(e.sentence_id, e.cameo, e.evidence) for e in events]
    event = retold[0]
    assert (event.date, event.date_precision) == (date, precision), event.why
    assert event.date_basis is not None and event.date_basis.kind == "twin"
    first = next(e for e in events if e.cameo == cameo and e.sentence_id == "t:0")
    assert event.date_basis == DateBasis("twin", first.date_basis.text, first.id)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        # "again": another act
        (
            "In January 2016 North Korea tested a nuclear device. The North tested a device again.",
            1,
        ),
        # told on two days before: which one is not known
        (
            "In January 2016 North Korea tested a nuclear device. In September it tested a"
            " nuclear device. Seoul said the North tested a nuclear device.",
            2,
        ),
        # another doer
        ("In January 2016 North Korea tested a missile. Iran tested a missile.", 1),
        # another thing tested
        ("In January 2016 North Korea tested a missile. The North tested an engine.", 1),
    ],
)
def test_another_act_keeps_the_report_day(coder, text: str, sentence: int) -> None:
    events = _coded(coder, text)
    later = _by_sentence(events, sentence, "150")
    assert later, [(e.sentence_id, e.cameo, e.evidence) for e in events]
    assert all(e.date == REPORT_DAY for e in later), [(e.date, e.why) for e in later]
    assert all(e.date_basis == DateBasis("report") for e in later)
