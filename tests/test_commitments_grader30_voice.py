"""Whose voice grades a commitment's formality, from grader30's demo audit (seed 57), in
sentences of our own:

- a visit makes a visitor's account of another country's pledge ("Carter, visiting Pyongyang,
  said the North was ready"), not of the speaker's own government's: an envoy abroad speaking
  for his government is ``official``;
- a headline is the outlet's summary of its body: its formality is the body's statement's of the
  same kind and promisor, or
  ``reported`` when no body sentence states it.
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
    return [e for e in events if e.commitment is not None]


@pytest.mark.parametrize(
    ("text", "formality"),
    [
        (
            "The British envoy, who is visiting Kiev this week, said Britain would send more "
            "medical aid.",
            "official",
        ),
        (
            "A German minister on a trip to Warsaw said Germany would fund the new bridge.",
            "official",
        ),
        # a visitor's account of another country's pledge stays a visitor's
        (
            "A former Swedish diplomat, visiting Minsk, said Belarus would free the prisoners.",
            "reported",
        ),
        (
            "The Irish senator, visiting Tehran, said Iran was ready to release the sailors.",
            "reported",
        ),
    ],
)
def test_a_visit_makes_a_visitor_of_another_countrys_speaker_only(text, formality):
    graded = [e.commitment for e in _graded(text) if e.commitment.kind == "promise"]
    assert graded and all(c.formality == formality for c in graded), [
        (c.promisor, c.speaker, c.formality) for c in graded
    ]


def _headline_commitments(title: str, body: str, **kw):
    from pledgewatch.coding import shared_coder

    text = f"{title}\n\n{body}"
    ctx = DocContext(doc_id="t", date=DAY, headline_end=len(title), **kw)
    _sentences, events, _flags = shared_coder().code_text(text, ctx)
    # the headline is the first sentence ("t:0"); its events' ids start with it
    return [e.commitment for e in events if e.commitment is not None and e.id.split(":")[-2] == "0"]


@pytest.mark.parametrize(
    ("title", "body", "kw", "formality"),
    [
        # the body's ministers speak: the headline is as official as they are
        (
            "Poland, Lithuania and Latvia say Belarus must free jailed reporters",
            "WARSAW (AP) -- The foreign ministers of Poland, Lithuania and Latvia said on "
            "Monday that Belarus must free the jailed reporters. They met in Warsaw.",
            {"kind": "news", "publisher": "Associated Press"},
            "official",
        ),
        # a council's own words in the body: official, not the outlet's "reported"
        (
            "Security Council condemns Houthi attack, promises response",
            "NEW YORK (Reuters) -- The Security Council condemned the attack on Tuesday. The "
            "council said it would consider an appropriate response.",
            {"kind": "news", "publisher": "Reuters"},
            "official",
        ),
    ],
)
def test_a_headline_takes_the_formality_of_the_body_it_summarises(title, body, kw, formality):
    graded = [c for c in _headline_commitments(title, body, **kw) if c.kind != "statement"]
    assert graded and all(c.formality == formality for c in graded), [
        (c.kind, c.promisor, c.formality, c.why[-1:]) for c in graded
    ]


def test_a_headline_no_body_sentence_states_is_the_outlets_account():
    graded = [
        c
        for c in _headline_commitments(
            "Hungary will veto the new sanctions, minister says",
            "BUDAPEST -- Officials met in Budapest on Monday. The weather was cold.",
            kind="statement",
            publisher="Hungarian Foreign Ministry",
        )
        if c.kind in ("promise", "refusal")
    ]
    assert graded and all(c.formality == "reported" for c in graded), [
        (c.kind, c.formality) for c in graded
    ]
