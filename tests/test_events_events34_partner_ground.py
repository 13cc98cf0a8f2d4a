"""A partner of a show of force is not its target: the partner's own ground over or in which
it is done is no target ("flew bombers over X in a drill with X's forces"); a destination
("sent warships to X") and a ground of no partner stay targets."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_events

pytestmark = pytest.mark.model

DAY = dt.date(2013, 3, 28)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "The United States flew two B-52 bombers over South Korea in a drill with South "
            "Korean forces.",
            "KOR",
        ),
        (
            "Russia flew strategic bombers over Venezuela in an exercise with Venezuelan pilots.",
            "VEN",
        ),
        ("The US flew bombers over Japan during a drill with Japanese fighter jets.", "JPN"),
    ],
)
def test_the_partners_ground_is_no_target(coder, text, country):
    events = [e for e in coded_events(coder, text, DAY) if e.cameo.startswith("15")]
    assert events, events
    assert not any(
        (e.target or "").startswith(country) and e.cameo == "150" and e.source for e in events
    ), events


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The United States flew two B-52 bombers over North Korea's border.", "PRK"),
        ("Russia flew bombers over Ukraine in a drill with Belarusian forces.", "UKR"),
    ],
)
def test_a_ground_of_no_partner_stays_the_target(coder, text, target):
    events = [e for e in coded_events(coder, text, DAY) if e.cameo.startswith("15") and e.source]
    assert any((e.target or "").startswith(target) for e in events), events
