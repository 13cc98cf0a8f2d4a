"""A pair that speaks of itself as "they" (grader32's audit of the demo, seed 59), in
sentences of our own: "The leaders said in a joint statement that they would work together"
after the story named the two leaders binds each leader's state (the event coder gives each
its own event) towards the other, not one of them twice; "the two leaders agreed" binds each
to the other. A phrase naming its own three states is no pair.
"""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2024, 5, 6)


def _pledges(text: str, sentence: int) -> list[tuple[str | None, str | None]]:
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    return sorted(
        (e.commitment.promisor, e.commitment.promisee)
        for e in events
        if e.commitment is not None
        and e.commitment.kind == "promise"
        and e.id.split(":")[-2] == str(sentence)
    )


@pytest.mark.parametrize(
    ("text", "sentence", "pledges"),
    [
        (
            "Prime Minister Modi and President Biden agreed on Monday that terrorism is "
            "unacceptable. The two leaders met at the White House for their first summit. The "
            "leaders said in a joint statement that they would work together for a free "
            "Indo-Pacific.",
            2,
            [("INDGOV", "USA"), ("USAGOV", "IND")],
        ),
        (
            "The presidents of Chile and Argentina met in Santiago on Friday. The leaders said "
            "in a joint statement that they would work together for a shared lithium policy.",
            1,
            [("ARGGOV", "CHL"), ("CHLGOV", "ARG")],
        ),
        (
            "Prime Minister Modi and President Biden met at the White House. The two leaders "
            "agreed to expand defence cooperation.",
            1,
            [("INDGOV", "USA"), ("USAGOV", "IND")],
        ),
    ],
)
def test_a_pair_binds_each_party_to_the_other(text, sentence, pledges):
    assert _pledges(text, sentence) == pledges


def test_three_named_leaders_are_no_pair():
    text = (
        "Prime Minister Modi and President Biden met at the White House. The leaders of "
        "Britain, France and Germany said they would send aid."
    )
    found = _pledges(text, 1)
    assert found
    assert {promisee for _, promisee in found} <= {None}


def _demands(text: str) -> list[tuple[str | None, str | None]]:
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    return [
        (e.commitment.promisor, e.commitment.promisee)
        for e in events
        if e.commitment is not None and e.commitment.kind == "demand"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ireland and Britain met in London. Both sides demanded an end to the violence.",
        "Prime Minister Modi and President Biden met at the White House. The two leaders also "
        "called for direct talks between Armenia and Azerbaijan.",
    ],
)
def test_a_pairs_joint_demand_asks_neither_of_the_two(text):
    found = _demands(text)
    assert len(found) >= 2
    # neither of the two is the other's promisee (codes compared by country, the first three
    # letters: "GBR" and "GBRGOV")
    pair = {promisor[:3] for promisor, _ in found if promisor}
    assert not {promisee[:3] for _, promisee in found if promisee} & pair
