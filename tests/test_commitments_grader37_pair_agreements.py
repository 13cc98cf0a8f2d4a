"""A pair that agrees on an act the two do together agrees with each other: each partner's
promisee is the other ("Peru and Chile agreed to resume joint searches ..."), as talks between
them already are; a pledge the two make side by side names no one (``commitments.
pair_agreements``, ``pair_agreements.yaml``; grading audit, seed 62 #17). Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.builders import promises_of

pytestmark = pytest.mark.model

DAY = dt.date(2031, 4, 9)


def _pairs(text: str) -> set[tuple[str | None, str | None]]:
    return {(c.promisor, c.promisee) for c in promises_of(text, DAY)}


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Chile agreed in Quito this week to resume joint searches for the remains of "
        "soldiers missing since the war, the Peruvian army said.",
        "Peru and Chile agreed on Monday to jointly clear the mines along their border.",
        "Ecuador and Peru signed a pact to stop detaining each other's fishing boats.",
    ],
)
def test_each_partner_of_a_joint_act_is_the_others_promisee(text: str) -> None:
    found = _pairs(text)
    first, second = sorted({p for p, _ in found})  # type: ignore[type-var]
    assert found == {(first, second), (second, first)}


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Chile agreed to build a bridge over the river.",
        "Peru and Chile agreed to cut their fishing quotas.",
    ],
)
def test_a_pledge_made_side_by_side_names_no_promisee(text: str) -> None:
    assert {promisee for _, promisee in _pairs(text)} == {None}
