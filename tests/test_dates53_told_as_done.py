"""One reading of "told as done", shared by the coder's dating, the relative doers and the
retold acts (dates53, events/past_tellings.py).

They once disagreed: the coder did not read a bare participle as done ("hostages seized in
April" told in February was dated the coming April), and the retold acts read a present passive
as done ("are detained by the police" took the date of a detention told months before).
Sentences written here.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.events.past_tellings import told_as_done


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "verb", "done"),
    [
        ("Chad closed the border.", "closed", True),
        ("Chad has closed the border.", "closed", True),
        ("Chad had closed the border.", "closed", True),
        ("The border was closed by Chad.", "closed", True),
        ("The border has been closed by Chad.", "closed", True),
        # a bare participle on a noun: a past passive
        ("Niger protested over the border closed in May.", "closed", True),
        # present, modal and infinitive passives, and the present, are not done
        ("The border is closed by Chad every night.", "closed", False),
        ("The border will be closed by Chad.", "closed", False),
        ("Chad wants the border to be closed.", "closed", False),
        ("Chad closes the border.", "closes", False),
        ("Chad will close the border.", "close", False),
    ],
)
def test_told_as_done(nlp, text: str, verb: str, done: bool) -> None:
    token = next(t for t in nlp(text) if t.text == verb)
    assert told_as_done(token) is done, [(t.text, t.tag_, t.dep_, t.head.text) for t in token.sent]


def _coded(coder, text: str, date: dt.date):
    from pledgewatch.events import DocContext

    return [f.event for f in coder.code_text(text, DocContext(doc_id="t", date=date)).findings]


@pytest.mark.model
def test_a_bare_participle_is_dated_before_its_report(coder) -> None:
    events = _coded(
        coder, "Rebels in Mali freed the hostages seized in April.", dt.date(2013, 2, 12)
    )
    seized = [e for e in events if e.cameo.startswith("17")]
    assert [e.date for e in seized] == [dt.date(2012, 4, 1)], [(e.cameo, e.date) for e in events]


@pytest.mark.model
def test_a_present_passive_is_no_retelling(coder) -> None:
    events = _coded(
        coder,
        "In March Turkish police detained two Greek soldiers near the border. The two Greek"
        " soldiers are detained by Turkish police in Edirne.",
        dt.date(2016, 12, 20),
    )
    later = [e for e in events if e.sentence_id == "t:1" and e.cameo == "173"]
    assert later and all(e.date == dt.date(2016, 12, 20) for e in later), later
    assert all(e.date_basis is not None and e.date_basis.kind == "report" for e in later)
