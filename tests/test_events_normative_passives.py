"""An agentless passive refusal under a modal of what may or must be done is a rule stated, not
the speaker's side's refusal (``events.agentless_passives.unsaid_refusal``): "the treaty cannot
be scrapped unilaterally, the court says" codes no 127 by the court, while "the offer was
rejected, an official said" stays the official's side's. Every sentence is written here."""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.coding import context_for_text, shared_coder

DAY = dt.date(2031, 6, 3)


def _rows(text: str) -> list[tuple[str | None, str]]:
    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    return [(e.source, e.cameo) for e in events if e.cameo.startswith("12")]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The African Union says the Nile treaty cannot be scrapped unilaterally.",
        "Brazil said the trade pact should not be torn up by one side alone.",
        "Chile said the treaty must not be scrapped.",
    ],
)
def test_a_rule_stated_in_the_passive_is_no_ones_refusal(text: str) -> None:
    assert not [row for row in _rows(text) if row[0] is not None]


@pytest.mark.model
def test_a_refusal_told_in_the_passive_stays_the_speakers_side() -> None:
    rows = _rows("The offer of talks was rejected, a Peruvian official said on Tuesday.")
    assert any(source is not None and source.startswith("PER") for source, _ in rows)
