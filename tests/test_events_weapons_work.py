"""Halting one's own weapons work is de-escalation (0873; an intent to de-escalate, 0356,
under "agreed to"), not the 160 of "suspended the tour program" nor anything hostile.

"Agreed to freeze its nuclear programme" had matched the cooperation programmes of
``suspend.v+cooperation`` and was coded as a threat to reduce relations (131)."""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.events import EventCoder
from pledgewatch.events.types import DocContext

pytestmark = pytest.mark.model


def codes(coder: EventCoder, text: str) -> list[str]:
    coded = coder.code_text(text, DocContext(doc_id="w", date=dt.date(2012, 3, 1)))
    return [f.event.cameo for f in coded.findings]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("North Korea agreed to freeze its nuclear programme.", "0356"),
        ("North Korea pledged to halt its nuclear activities at Yongbyon.", "0356"),
        ("North Korea agreed to suspend uranium enrichment.", "0356"),
        ("Iran will stop enriching uranium above 5 percent.", "0873"),
        ("Iran agreed to halt reprocessing plutonium.", "0356"),
        ("Iran stopped its missile program in 2003.", "0873"),
        ("North Korea shut down its nuclear reactor in July.", "0873"),
        # another's programme with a partner stays a cut in relations
        ("Seoul suspended the Kaesong tour program with the North.", "160"),
    ],
)
def test_halting_weapons_work(coder: EventCoder, text: str, code: str) -> None:
    found = codes(coder, text)
    assert code in found, found
    assert not [c for c in found if c[:2] in ("13", "16")] or code == "160", found
