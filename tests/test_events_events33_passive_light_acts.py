"""A light verb's passive with an act as its subject ("the attack was carried out against X",
"the exercise was staged near Y") is that act, done by the "by" agent, the act's owner, or
whoever did that act in the sentences just before."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_events

pytestmark = pytest.mark.model

DAY = dt.date(2011, 3, 1)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "North Korea attacked South Korea on Tuesday. The attack was carried out against "
            "a South Korean island.",
            "PRK",
            "KOR",
        ),
        (
            "Israel raided Lebanon on Friday. The raid was conducted against Lebanese "
            "villages near the border.",
            "ISR",
            "LBN",
        ),
    ],
)
def test_the_act_named_again_is_done_by_its_earlier_doer(coder, text, source, target):
    events = coded_events(coder, text, DAY)
    later = [e for e in events if (e.target or "").startswith(target)]
    assert len(later) >= 2 and all((e.source or "").startswith(source) for e in later), events


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("North Korea's missile test was carried out in a safe way.", "PRK"),
        ("The test was conducted by Iran from a desert site.", "IRN"),
        ("The Russian exercise was staged near Kaliningrad.", "RUS"),
    ],
)
def test_the_passive_act_has_its_owner_or_agent_as_doer(coder, text, source):
    events = coded_events(coder, text, DAY)
    assert any((e.source or "").startswith(source) and e.cameo.startswith("15") for e in events), (
        events
    )
