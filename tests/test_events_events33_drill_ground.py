"""A drill held on, near, off or around a place of the doer's own country is aimed at no one
there; a drill near another country's place, and fire at one's own, keep their target."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_events

pytestmark = pytest.mark.model

DAY = dt.date(2010, 12, 20)


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("South Korean marines staged a firing drill on Yeonpyeong Island.", "KOR"),
        ("The South Korean navy held exercises off Jeju Island.", "KOR"),
        ("Chinese troops conducted a drill near Hainan Island.", "CHN"),
        ("Japanese forces held manoeuvres around Okinawa.", "JPN"),
    ],
)
def test_a_drill_on_own_ground_has_no_own_target(coder, text, own):
    drills = [e for e in coded_events(coder, text, DAY) if e.cameo.startswith("15")]
    assert drills, text
    assert all(not (e.target or "").startswith(own) for e in drills), drills


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("China held military drills around Taiwan.", "TWN"),
        ("North Korea fired artillery shells at Yeonpyeong Island.", "KOR"),
    ],
)
def test_another_countrys_ground_stays_the_target(coder, text, target):
    events = coded_events(coder, text, DAY)
    assert any((e.target or "").startswith(target) for e in events), events
