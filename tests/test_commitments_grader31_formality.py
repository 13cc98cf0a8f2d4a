"""Formality of an office's person and of a state agency's news report (grader30's seed 58),
in sentences of our own:

- "a State Department spokesman said": a person of the ministry on record, ``official``; the
  ministry itself in a statement stays ``formal``;
- a state news agency's report (no statement of its own) tells its own government's acts in no
  named voice as ``official`` and others' as ``reported``; a text it cites stays ``formal``.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.events.types import DocContext

pytestmark = pytest.mark.model

DAY = dt.date(2024, 5, 6)


def _graded(text: str, ctx: DocContext | None = None):
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, ctx or context_for_text(DAY))
    return [e.commitment for e in events if e.commitment is not None]


@pytest.mark.parametrize(
    ("text", "formality"),
    [
        ('"Iran must stop enriching uranium," a State Department spokesman said.', "official"),
        ("A Foreign Ministry spokeswoman said Iran must free the detained sailors.", "official"),
        (
            "The State Department said in a statement that Iran must stop enriching uranium.",
            "formal",
        ),
    ],
)
def test_a_person_of_a_ministry_speaks_officially(text, formality):
    graded = [c for c in _graded(text) if c.kind == "demand"]
    assert graded and all(c.formality == formality for c in graded), [
        (c.promisor, c.speaker, c.formality) for c in graded
    ]


def _agency_report(body: str):
    ctx = DocContext(doc_id="x", date=DAY, kind="news", publisher="Xinhua")
    return _graded(body, ctx)


@pytest.mark.parametrize(
    ("text", "formality"),
    [
        ("China proposed on Monday that the two Sudans hold talks in Beijing.", "official"),
        ("China will send a medical team to Nepal next week.", "official"),
        ("Japan will send a medical team to Nepal next week.", "reported"),
        ("China pledged in a joint statement to send a medical team to Nepal.", "formal"),
    ],
)
def test_a_state_agencys_report_is_its_governments_voice_not_a_statement(text, formality):
    graded = [c for c in _agency_report(text) if c.kind in ("promise", "offer", "demand")]
    assert graded and all(c.formality == formality for c in graded), [
        (c.kind, c.promisor, c.formality, c.why) for c in graded
    ]
