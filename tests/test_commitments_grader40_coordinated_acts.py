"""An offer coordinated with a demand on another party is made to that party: "the
Peruvian side begged Chile for summit talks and offered bribes" offers the bribes to Chile
(``coordinated_acts.py``; the seed-64 grading audit, outside the draw; grader40). An offer
beside a pledge, not a demand, or one in a clause of its own, takes nothing.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2031, 4, 9)


def _offers(text: str) -> list[str | None]:
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    return [e.commitment.promisee for e in events if e.commitment and e.commitment.kind == "offer"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "According to the envoy, the Peruvian side begged Chile for summit talks in 2029 "
            "and offered bribes.",
            ["CHL"],
        ),
        ("Peru asked Chile for talks and offered gas supplies.", ["CHL"]),
        # two sentences: the second act is addressed to no one named
        ("Peru asked Chile for talks. Peru also offered gas supplies.", [None]),
        # two pledges side by side may go to different parties
        ("Peru will support a visit by the World Bank and offered gas supplies.", [None]),
    ],
)
def test_an_offer_takes_the_addressee_of_its_coordinated_act(text: str, expected: list) -> None:
    assert _offers(text) == expected
