"""A link (@cooperation_link: a hotline, contacts, exchanges) named by the body that runs it is
not aimed at that body: "cut the Red Cross hotline" codes no target; a state naming the link
("cut Iran trade links") or a "with" phrase stays its other end (target_limits.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_events

pytestmark = pytest.mark.model

DAY = dt.date(2013, 3, 11)


def _reductions(coder, text: str) -> list[tuple[str, str]]:
    return [
        (e.source or "?", e.target or "?")
        for e in coded_events(coder, text, DAY)
        if e.cameo == "160"
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Cuba cut the Red Cross hotline on Friday.", "CUB"),
        ("Seoul halted the Red Cross contacts.", "KOR"),
        ("Moscow suspended Red Cross exchanges last week.", "RUS"),
    ],
)
def test_the_body_running_a_link_is_no_target(coder, text, source):
    found = _reductions(coder, text)
    assert found and all(s.startswith(source) and t == "?" for s, t in found), found


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Russia cut Iran trade links.", "RUS", "IRN"),
        ("Beijing suspended Japan exchanges.", "CHN", "JPN"),
        ("North Korea cut trade links with Iran.", "PRK", "IRN"),
        ("Moscow cut the Red Cross hotline with Tbilisi.", "RUS", "GEO"),
    ],
)
def test_a_state_naming_the_link_is_its_other_end(coder, text, source, target):
    found = _reductions(coder, text)
    assert any(s.startswith(source) and t.startswith(target) for s, t in found), found
