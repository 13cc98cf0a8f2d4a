"""A refusal that renounces an agreement "with X" is made to X; an agreement with two names
no one partner (``commitments.renounced_agreements``; grading audit seed 67 #16, grader43).
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2024, 5, 21)


def _refusals(text: str) -> set[tuple[str | None, str | None]]:
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    return {
        (e.commitment.promisor, e.commitment.promisee)
        for e in events
        if e.commitment and e.commitment.kind == "refusal"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bolivia said on Tuesday that it was no longer bound by its agreement with Peru to "
            "suspend nuclear and missile tests.",
            {("BOL", "PER")},
        ),
        (
            "Ecuador said it would no longer honor its fisheries accord with Colombia.",
            {("ECU", "COL")},
        ),
    ],
)
def test_the_renounced_agreements_partner_is_the_promisee(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert _refusals(text) == expected
