"""A promise recalled by another state's voice was made to that state: '"Peru must keep its
promise not to close the border again," a Chilean ministry official said' is Peru's promise to
Chile (``relayed_promises.recaller_promisee``, ``relayed_promises.yaml``; grading audit seed 63
#8). A promise with its party named, one recalled by the promisor's own side or with no voice
keeps no such promisee. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2031, 4, 9)


def _promisees(text: str) -> list[str | None]:
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    return [
        e.commitment.promisee
        for e in events
        if e.commitment and e.commitment.kind == "promise" and e.commitment.promisor == "PER"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Peru must keep its promise not to close the border again," a Chilean ministry '
            "official said.",
            ["CHLGOV"],
        ),
        # the promisor's own side, or no voice at all: no one recalls it to the promisor
        ("A Peruvian official said Peru would keep its promise not to close the border.", [None]),
        ("Peru must keep its promise not to close the border again.", [None]),
    ],
)
def test_a_recalled_promise_is_made_to_the_recaller(text: str, expected: list) -> None:
    assert _promisees(text) == expected
