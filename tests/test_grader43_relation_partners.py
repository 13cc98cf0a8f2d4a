"""A pledge to improve relations that names no other party is made to the other party of the
promisor's nearest earlier pledge in the story; relations "with X" keep X
(``commitments.relation_partners``, ``relation_nouns`` of ``second_readings.yaml``; grading audit
seed 67 #4, grader43). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2022, 1, 18)


def _relation_pledges(text: str) -> set[tuple[str | None, str | None]]:
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    return {
        (e.commitment.promisor, e.commitment.promisee)
        for e in events
        if e.commitment
        and e.commitment.kind == "promise"
        and "relations" in e.evidence + e.commitment.topic_text
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Chilean side promised to provide Bolivia with 20,000 tons of wheat. It said "
            "Chile will take steps to improve relations and to expand exchanges in culture and "
            "sports.",
            {("CHL", "BOL")},
        ),
        (
            "Ecuador pledged to send doctors to Peru. Ecuador will work to improve relations "
            "with Colombia.",
            {("ECU", "COL")},
        ),
    ],
)
def test_relations_are_with_the_storys_partner(text: str, expected: set[tuple[str, str]]) -> None:
    assert _relation_pledges(text) == expected
