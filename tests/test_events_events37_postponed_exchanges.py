"""Postponing or putting off an agreed exchange is coded as cancelling it: talks put off or
delayed are 164, family reunions, tours or flights postponed are 160 (@cooperation_link, as
"cancelled the exchanges"); the other party is the target only when the sentence names it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_events

pytestmark = pytest.mark.model

DAY = dt.date(2015, 9, 20)


def _coded(coder, text: str, code: str) -> list[tuple[str, str]]:
    return [
        (e.source or "?", e.target or "?")
        for e in coded_events(coder, text, DAY)
        if e.cameo == code
    ]


@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        ("Tokyo put off the fisheries talks.", "164", "JPN", "?"),
        ("Beijing put off the talks with Japan on Monday.", "164", "CHN", "JPN"),
        ("Pyongyang delayed the negotiations with Seoul.", "164", "PRK", "KOR"),
        ("North Korea postponed the family reunions on Friday.", "160", "PRK", "?"),
        ("Havana postponed the charter flights.", "160", "CUB", "?"),
        ("Seoul put off the exchanges with Pyongyang.", "160", "KOR", "PRK"),
    ],
)
def test_putting_off_an_exchange_reduces_relations(coder, text, code, source, target):
    found = _coded(coder, text, code)
    assert any(s.startswith(source) and t.startswith(target) for s, t in found), found
