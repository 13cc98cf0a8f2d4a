"""A halt noun keeps its "on" phrase in headline style: "Kim promises moratorium on nuclear
tests" is a promise to halt the tests, never a threat to test (the parser hangs "on nuclear
tests" on the verb when the article is dropped)."""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.events import EventCoder
from pledgewatch.events.types import DocContext

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Il promises moratorium on nuclear tests",
        "Kim Jong Il promises a moratorium on nuclear tests.",
        "North Korea vows halt on nuclear tests",
    ],
)
def test_a_promised_halt_is_no_threat(coder: EventCoder, text: str) -> None:
    coded = coder.code_text(text, DocContext(doc_id="h", date=dt.date(2011, 8, 24)))
    codes = [f.event.cameo for f in coded.findings]
    assert codes, text
    assert not [c for c in codes if c.startswith("13")], codes
    assert any(c.startswith("035") for c in codes), codes


def test_a_verb_of_its_own_keeps_its_on_phrase(nlp) -> None:
    from pledgewatch.events.halt_lists import restore_halt_list
    from pledgewatch.events.lexicon import Lexicon

    doc = nlp("The council lifted the freeze, on Monday.")
    before = [(t.dep_, t.head.i) for t in doc]
    restore_halt_list(doc[:], Lexicon.default())
    assert [(t.dep_, t.head.i) for t in doc] == before
