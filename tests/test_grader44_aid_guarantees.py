"""Guarantees about aid asked of no one named are asked of the aid's recipient (grading audit
seed 68 #5; grader44, ``commitments/aid_guarantees.py``): the one state the story names as
receiving the aid ("food aid to Paraguay") or needing it ("Bolivia's need for food aid");
two recipients, or none, leave the demand without a promisee.

Sentences written for these tests (other countries and years)."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2037, 6, 2)


def _demands(text: str) -> list[tuple[str | None, str]]:
    """(promisee, topic) of each demand of the text's last sentence."""
    from pledgewatch.coding import context_for_text, shared_coder

    sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    last = sentences[-1].id
    return [
        (e.commitment.promisee, e.commitment.topic)
        for e in events
        if e.commitment and e.commitment.kind == "demand" and e.sentence_id == last
    ]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "An Ecuadorean mission reached Asuncion to decide whether to resume food aid to "
            "Paraguay. Officials want guarantees that the food will reach poor families.",
            "PRY",
        ),
        (
            "A Chilean team arrived in La Paz on Monday to assess Bolivia's need for food aid. "
            "Officials want guarantees that the food will reach hungry people rather than the "
            "army.",
            "BOL",
        ),
    ],
)
def test_guarantees_are_asked_of_the_recipient(text: str, recipient: str) -> None:
    assert (recipient, "food_aid") in _demands(text)


def test_two_recipients_leave_no_promisee() -> None:
    text = (
        "Chile sent food aid to Bolivia and Peru last year. Officials want guarantees that the "
        "food will reach hungry people."
    )
    assert _demands(text) == [(None, "food_aid")]
