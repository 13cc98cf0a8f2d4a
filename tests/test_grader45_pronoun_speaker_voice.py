"""A pronoun speaker resolved to the person named just before speaks with that person's voice
(grader45, after the seed-68 audit's outside note; ``commitments/commitment_record.py``): once
"He" stands for a ministry's spokesman of the promisor's own government, the commitment is
first party and official, as it is for the spokesman named in the sentence itself.

Sentences written for these tests (other countries and years)."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2031, 5, 2)


def _last(text: str) -> list[tuple[str | None, str | None, bool, str]]:
    """(promisor, speaker, first party, formality) of each commitment of the last sentence."""
    from pledgewatch.coding import context_for_text, shared_coder

    sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    last = sentences[-1].id
    return [
        (
            e.commitment.promisor,
            e.commitment.speaker,
            e.commitment.first_party,
            e.commitment.formality,
        )
        for e in events
        if e.commitment and e.commitment.kind != "statement" and e.sentence_id == last
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Planned talks between Peru and Chile were called off on Monday. Peru's Foreign "
            'Ministry said Chile had objected to its delegate. "Chile unilaterally postponed '
            'the talks," ministry spokesman Juan Perez said. He said Lima still wanted dialogue.',
            ("PERGOV", "PERGOV", True, "official"),
        ),
        (
            "Talks between Ecuador and Colombia were postponed on Friday. Ecuador's Foreign "
            'Ministry blamed Bogota. "Colombia cancelled the meeting," ministry spokeswoman '
            "Maria Vega said. She said Quito still wanted dialogue.",
            ("ECUGOV", "ECUGOV", True, "official"),
        ),
    ],
)
def test_pronoun_for_own_spokesman_is_first_party(
    text: str, expected: tuple[str, str, bool, str]
) -> None:
    assert expected in _last(text)
