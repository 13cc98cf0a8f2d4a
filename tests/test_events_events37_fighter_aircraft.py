"""A state's "fighters" in a sentence about air power or drills are its warplanes, MIL, not
rebels (agents.yaml aircraft_agents, air_war_words; actors/aircraft_senses.py); an armed group's
fighters and fighters outside such a sentence stay REB."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_events

pytestmark = pytest.mark.model

DAY = dt.date(2022, 6, 14)


def _actors(coder, text: str) -> set[str]:
    return {c for e in coded_events(coder, text, DAY) for c in (e.source, e.target) if c}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Dutch troops held a joint drill with Romanian fighters.", "ROUMIL"),
        ("Turkish fighters fired at two Greek jets over the Aegean.", "TURMIL"),
        ("Norwegian fighters joined the air exercise with Finland.", "NORMIL"),
    ],
)
def test_a_states_fighters_in_an_air_war_sentence_are_military(coder, text, code):
    found = _actors(coder, text)
    assert code in found and code.replace("MIL", "REB") not in found, found


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hamas fighters held a drill near the border with Israel.", "REB"),
        ("Syrian fighters attacked an army post near Idlib.", "REB"),
    ],
)
def test_other_fighters_stay_rebels(coder, text, code):
    found = _actors(coder, text)
    assert any(c.endswith(code) for c in found), found
