"""A demand that names no one asked, right after the story tells what a state did not promise
or offer, asks that state (:mod:`pledgewatch.commitments.withheld_pledges`, brief grader39 #3,
grading audits seeds 61 #16 and 63 #22). A pledge made, not withheld, or one too far back,
names no one asked. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2019, 3, 2)
DEMAND = "Madrid is right to ask for concrete action."


def _asked(text: str) -> set[str | None]:
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    return {
        e.commitment.promisee
        for e in events
        if e.commitment and e.commitment.kind == "demand" and e.commitment.promisor == "ESPGOV"
    }


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        ("Cuba never promised to free the prisoners.", {"CUB"}),
        ("Havana did not offer to reopen the consulate.", {"CUBGOV"}),
        # a pledge made tells no one who withheld one
        ("Cuba promised to free the prisoners.", {None}),
        # the demander's own withheld pledge is no party asked
        ("Spain did not promise to lift the sanctions.", {None}),
    ],
)
def test_a_demand_naming_no_one_asks_the_state_that_withheld(
    story: str, expected: set[str | None]
) -> None:
    assert _asked(f"{story} {DEMAND}") == expected


def test_a_withheld_pledge_too_far_back_is_not_read() -> None:
    filler = " ".join(f"The talks went on for day {n}." for n in range(1, 4))
    assert _asked(f"Cuba never promised to free the prisoners. {filler} {DEMAND}") == {None}
