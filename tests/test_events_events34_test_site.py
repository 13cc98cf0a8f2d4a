"""A weapons test at a site of the tester's own country is aimed at no one there (word class
@weapons_test, as @exercise for drills); a strike at a place of another country keeps it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_events

pytestmark = pytest.mark.model

DAY = dt.date(2013, 2, 12)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("North Korea carried out a nuclear test at its Punggye-ri site.", "PRK"),
        ("Iran conducted a missile test in Semnan province.", "IRN"),
        ("Pakistan tested a missile at a range in Balochistan.", "PAK"),
    ],
)
def test_a_test_at_home_has_no_target(coder, text, source):
    events = [e for e in coded_events(coder, text, DAY) if e.cameo.startswith("15")]
    assert any((e.source or "").startswith(source) for e in events), events
    assert not any((e.target or "").startswith(source) for e in events), events


def test_fire_at_another_country_keeps_its_target(coder):
    events = coded_events(coder, "North Korea fired artillery at Yeonpyeong Island.", DAY)
    assert any((e.target or "").startswith("KOR") for e in events), events
