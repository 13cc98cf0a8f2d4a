"""A pair that agrees to restore what the two had between them agrees with each other, without a
"joint" word ("agreed to reopen the industrial complex", "to restore diplomatic ties"); a pair
written with one shared head ("North and South Korea agreed") is still a pair; a restoration that
names a third state is a pledge made side by side (``commitments.pair_agreements``,
``restoring_verbs`` of ``pair_agreements.yaml``; grading audit seed 67 #3, grader43). Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.builders import promises_of

pytestmark = pytest.mark.model

DAY = dt.date(2029, 6, 13)


def _pairs(text: str) -> set[tuple[str | None, str | None]]:
    return {(c.promisor, c.promisee) for c in promises_of(text, DAY)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peru and Chile agreed on Wednesday to reopen the Tacna trade complex, four months "
            "after Chile pulled out its staff.",
            {("PER", "CHL"), ("CHL", "PER")},
        ),
        (
            "Ecuador and Colombia agreed to restore diplomatic ties.",
            {("ECU", "COL"), ("COL", "ECU")},
        ),
        # one head the two share, with the joint word the old rule already wanted
        (
            "North and South Korea agreed on Friday to resume the joint river survey.",
            {("PRK", "KOR"), ("KOR", "PRK")},
        ),
    ],
)
def test_a_pair_restoring_what_they_had_is_each_others_promisee(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Chile agreed to resume aid to Haiti.",
        "Peru and Chile agreed to build a bridge over the river.",
    ],
)
def test_a_third_state_or_a_new_act_names_no_partner(text: str) -> None:
    promisees = {p for _, p in _pairs(text)}
    assert not promisees & {"PER", "CHL"}
