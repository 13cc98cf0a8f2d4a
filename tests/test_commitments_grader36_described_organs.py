"""A state organ named by what it is grades as the organ it describes (grader36, seed 61's
group 5; ``formality_cues.yaml`` publishers): "the ruling party newspaper", "state radio",
"state television" speak with the formal state voice the table gives Rodong Sinmun or KCNA,
as "the state news agency" already did; a newspaper not described as the state's or the
party's stays a news report. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2024, 5, 6)


def _formalities(text: str) -> set[str]:
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    return {e.commitment.formality for e in events if e.commitment is not None}


@pytest.mark.parametrize(
    ("text", "formality"),
    [
        ("Eritrea's ruling party newspaper said the truce was void from Monday.", "formal"),
        (
            "The Cuban ruling party's newspaper said Havana would never give up its revolution.",
            "formal",
        ),
        ("Eritrea's state radio said the truce was void from Monday.", "formal"),
        ("Syrian state television said the army would withdraw from the town.", "formal"),
        ("A Chilean newspaper said the truce was void from Monday.", "reported"),
    ],
)
def test_a_described_state_organ_grades_as_the_organ(text, formality):
    assert _formalities(text) == {formality}
