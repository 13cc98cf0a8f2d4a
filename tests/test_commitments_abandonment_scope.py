"""A verb of abandoning abandons only its own object, not a noun of a clause joined to it.

"agreed to suspend uranium enrichment and to let inspectors monitor the moratorium" was graded
a refusal ("abandoning 'moratorium'"): the moratorium is the second infinitive's object, and the
suspension is of enrichment, a promise. Real abandonment stays a refusal.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.model import Commitment

pytestmark = pytest.mark.model


def _graded(text: str) -> list[Commitment]:
    from pledgewatch.coding import context_for_text, shared_coder

    _s, events, _f = shared_coder().code_text(text, context_for_text(dt.date(2012, 3, 1)))
    return [e.commitment for e in events if e.commitment is not None]


@pytest.mark.parametrize(
    "text",
    [
        "North Korea agreed to suspend uranium enrichment and to let inspectors monitor the "
        "moratorium.",
        "Iran agreed to halt enrichment at Fordow and to allow monitors to verify the freeze "
        "under the accord.",
        "The rebels agreed to stop shelling the port and to let observers watch the ceasefire.",
    ],
)
def test_a_halt_beside_a_clause_naming_an_agreement_is_a_promise(text):
    graded = _graded(text)
    assert graded, text
    assert all(c.kind != "refusal" and c.strength != "refused" for c in graded), graded


@pytest.mark.parametrize(
    "text",
    [
        "North Korea said it would suspend the moratorium on missile tests.",
        "The government announced it would scrap the ceasefire agreement.",
    ],
)
def test_abandoning_an_agreement_itself_is_still_a_refusal(text):
    graded = _graded(text)
    assert any(c.strength == "refused" for c in graded), graded
