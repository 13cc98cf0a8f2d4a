"""A channel between two sides is a link (@cooperation_link), as a hotline is, and so is a line
a telephone, liaison or Red Cross word makes one (@link_line, @line_kind): suspending or cutting
it reduces relations (160) and the body that runs it is no target; a television or news channel
stays a medium (1721); supply lines and the front line are no link."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_events

pytestmark = pytest.mark.model

DAY = dt.date(2016, 2, 11)


def _events(coder, text: str) -> list[tuple[str, str, str]]:
    return [(e.cameo, e.source or "?", e.target or "?") for e in coded_events(coder, text, DAY)]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Pyongyang suspended the Red Cross channel on Thursday.", "PRK", "?"),
        ("Seoul cut the military communication line with Pyongyang.", "KOR", "PRK"),
        ("Moscow froze the liaison channels with Kyiv.", "RUS", "UKR"),
        ("Havana suspended the Red Cross liaison line on Monday.", "CUB", "?"),
        ("Seoul cut the Red Cross telephone line with Pyongyang.", "KOR", "PRK"),
    ],
)
def test_a_link_channel_cut_reduces_relations(coder, text, source, target):
    found = _events(coder, text)
    assert any(c == "160" and s.startswith(source) and t.startswith(target) for c, s, t in found), (
        found
    )
    assert not [c for c, _, _ in found if c.startswith("172")], found


@pytest.mark.parametrize(
    "text",
    [
        "Russia suspended the German news channel.",
        "Turkey suspended the Kurdish television channel.",
    ],
)
def test_a_television_channel_stays_a_medium(coder, text):
    assert any(c == "1721" for c, _, _ in _events(coder, text))


@pytest.mark.parametrize(
    "text",
    [
        "Rebels cut the army's supply lines near Aleppo.",
        "The soldiers stopped at the front line.",
    ],
)
def test_a_supply_or_front_line_is_no_link(coder, text):
    assert not [c for c, _, _ in _events(coder, text) if c.startswith("16")]
