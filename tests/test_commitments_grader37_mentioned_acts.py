"""An act only mentioned by a clause ("urged X not to retaliate against the Peruvian drill")
is no pledge of its doer: the urging is the verb's own demand, the drill makes no demand of
Peru's. A mentioned noun whose own words make a pledge ("Ecuador's offer of talks") stands
(``commitments.told_acts.told_not_pledged``; grading audit, seed 62 #10). Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2031, 4, 9)


def _pledges(text: str) -> set[tuple[str, str | None, str | None]]:
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    return {
        (e.commitment.kind, e.commitment.promisor, e.commitment.promisee)
        for e in events
        if e.commitment is not None and e.commitment.kind != "statement"
    }


def test_the_drill_mentioned_is_no_demand() -> None:
    text = (
        "The Chilean envoy said he urged Bolivian officials not to retaliate against the "
        "Peruvian drill near Arica."
    )
    assert _pledges(text) == {("demand", "CHLGOV", "BOLGOV")}


def test_a_mentioned_offer_stands() -> None:
    # the offer is the noun's own pledge, whatever the verb above it
    assert ("offer", "ECU", None) in _pledges("Peru welcomed Ecuador's offer of talks.")
