"""A pronoun speaker the actor matcher gave no country stands for the person named just
before (grading audit seed 68, outside the draw; grader44,
``named_bodies.pronoun_speaker_named_before``): "He said Lima still wanted dialogue" after
"... ministry spokesman Juan Perez told reporters" is spoken by PERGOV; a state named just
before ("Bolivia rejected ...") is no person the pronoun stands for.

Sentences written for these tests (other countries and years)."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2038, 10, 5)


def _last_speakers(text: str) -> list[str | None]:
    from pledgewatch.coding import context_for_text, shared_coder

    sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    last = sentences[-1].id
    return [e.commitment.speaker for e in events if e.commitment and e.sentence_id == last]


def test_pronoun_speaker_is_the_spokesman_named_before() -> None:
    text = (
        "Peru's Foreign Ministry said on Monday it regretted the decision. \"We are "
        'disappointed," ministry spokesman Juan Perez told reporters. He said Lima still '
        "wanted dialogue."
    )
    speakers = _last_speakers(text)
    assert speakers and all(s == "PERGOV" for s in speakers)


def test_a_state_named_before_is_no_person() -> None:
    text = "Bolivia rejected the proposal on Monday. He said Lima still wanted dialogue."
    assert "BOL" not in _last_speakers(text)
