"""The first-party line of a pair's joint pledge names the speaker the commitment ends with
(grader45, seed 68 #14's why line; ``commitments/speaking_pairs.py``): when "the leaders" was
read with the first member's code and the second member is made its own speaker, the line
read for the first member is replaced, so no why line names a speaker the field does not hold.

Sentences written for these tests (other countries and years)."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2029, 6, 27)


def _pledges(text: str) -> list[tuple[str | None, str | None, bool, list[str]]]:
    """(promisor, speaker, first party, first/third-party why lines) of each promise of the
    text's last sentence."""
    from pledgewatch.coding import context_for_text, shared_coder

    sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    last = sentences[-1].id
    return [
        (
            e.commitment.promisor,
            e.commitment.speaker,
            e.commitment.first_party,
            [w for w in e.commitment.why if w.startswith(("first party", "third party"))],
        )
        for e in events
        if e.commitment and e.commitment.kind == "promise" and e.sentence_id == last
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Peruvian President Ollanta Humala met Chilean President Sebastian Pinera in Lima on "
        "Thursday. The leaders said in a joint statement that they would work together for the "
        "peaceful settlement of the maritime dispute.",
        "Argentine President Mauricio Macri met Uruguayan President Tabare Vazquez in Colonia "
        "on Monday. The leaders said in a joint statement that they would work together to "
        "clean up the river.",
    ],
)
def test_why_names_the_final_speaker(text: str) -> None:
    pledges = _pledges(text)
    assert len(pledges) == 2
    for promisor, speaker, first_party, lines in pledges:
        assert speaker == promisor and first_party
        assert len(lines) == 1
        named = [w for w in lines if w.startswith("first party: speaker ")]
        assert all(f"speaker {speaker} " in w for w in named)
