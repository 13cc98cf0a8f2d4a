"""A recalled promise whose own words say whom it was made to takes that party as promisee
(grader45, seed 68 outside the draw; ``relayed_promises.party_made_to``, list
``making_verbs`` in ``relayed_promises.yaml``): "the pledge La Paz made to Peru", "the promise
that Caracas made to Guyana". A promise recalled with no party ("the promise Caracas made last
year") keeps none.

Sentences written for these tests (other countries and years)."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2033, 4, 9)


def _promisees(text: str) -> list[str | None]:
    """The promisees of the promises of the text's last sentence."""
    from pledgewatch.coding import context_for_text, shared_coder

    sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    last = sentences[-1].id
    return [
        e.commitment.promisee
        for e in events
        if e.commitment and e.commitment.kind == "promise" and e.sentence_id == last
    ]


@pytest.mark.parametrize(
    ("text", "promisee"),
    [
        (
            "Bolivia says its rocket will lift off this week. The launch would violate the "
            "pledge La Paz made to Peru in March.",
            "PER",
        ),
        (
            "Venezuela plans to resume drilling in the disputed waters. The drilling would "
            "break the promise that Caracas made to Guyana last year.",
            "GUY",
        ),
    ],
)
def test_recalled_promise_takes_its_party(text: str, promisee: str) -> None:
    assert promisee in _promisees(text)


def test_recalled_promise_without_party_has_none() -> None:
    text = (
        "Venezuela plans to resume drilling in the disputed waters. The drilling would break "
        "the promise that Caracas made last year."
    )
    assert _promisees(text) == [None]
