"""A clause made "under the deal" cites the agreement as "under the agreement" does: formal
(grader34, seed 60's group 5; ``cited_agreement_nouns`` of ``formality_cues.yaml``). "Deal" is
a text only where it is cited or signed: "the deal said" is no speaker. Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2024, 5, 6)


def _formality(text: str) -> set[str]:
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    graded = [e.commitment for e in events if e.commitment is not None]
    return {c.formality for c in graded if c.kind in ("promise", "offer", "demand")}


@pytest.mark.parametrize(
    ("text", "formality"),
    [
        ("Under the deal, Chile and Peru pledged to reopen the border crossing.", "formal"),
        ("Under the agreement, Chile and Peru pledged to reopen the border crossing.", "formal"),
        ("Under the pact, Kenya will send 1,000 police officers to Haiti.", "formal"),
        ("Chile and Peru pledged to reopen the border crossing.", "reported"),
    ],
)
def test_a_clause_made_under_a_deal_cites_a_text(text, formality):
    assert _formality(text) == {formality}
