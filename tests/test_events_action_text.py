"""An event's action text keeps its object's modifiers, so the ledger can tell a short-range
launch from a long-range one, or shells from missiles."""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.coding import context_for_text, shared_coder
from pledgewatch.ledger import load_topic_actions
from pledgewatch.ledger.topic_actions import match_event

pytestmark = pytest.mark.model


def coded(text: str) -> list:
    _sentences, events, _flags = shared_coder().code_text(
        text, context_for_text(dt.date(2013, 5, 18))
    )
    return events


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Pyongyang test-fired two short-range missiles into the sea.", "short-range missiles"),
        ("North Korea seized South Korean assets at Mount Kumgang.", "seized South Korean assets"),
        ("North Korea launched a long-range rocket on Friday.", "launched long-range rocket"),
    ],
)
def test_the_object_keeps_its_modifiers(text: str, action: str) -> None:
    events = coded(text)
    assert any(action in (event.action_text or "") for event in events), [
        e.action_text for e in events
    ]


def test_a_short_range_launch_does_not_break_a_long_range_moratorium() -> None:
    topics = load_topic_actions()
    [short] = coded("Pyongyang test-fired two short-range missiles into the sea.")
    [long] = coded("North Korea launched a long-range rocket on Friday.")
    for event, expected in ((short, None), (long, "contradicts")):
        row = {
            "cameo": event.cameo,
            "source": event.source,
            "target": event.target,
            "action_text": event.action_text,
            "evidence": event.evidence,
        }
        match = match_event(row, "missile_launch_moratorium", "PRK", topics)
        assert (match.relation if match else None) == expected, (event.action_text, match)
