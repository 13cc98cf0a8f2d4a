"""A negated dealing verb after another state asked the promisor to act on its ties with the party
dealt with is an undertaking to the one who asked, not a refusal of that party ("Peru urged Chile
to cut its military ties with Bolivia ... Chile would not buy weapons from Bolivia"); with no such
asker (an offer made by the seller) it stays a refusal (``commitments.forgone_dealings``,
``dealing_verbs`` of ``second_readings.yaml``; grading audit seed 67 #11, grader43). Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2027, 10, 4)


def _pledges(text: str) -> list[tuple[str, str | None, str | None, str]]:
    """(kind, promisor, promisee, strength) of each promise or refusal in the text."""
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    return [
        (c.kind, c.promisor, c.promisee, c.strength)
        for c in (e.commitment for e in events)
        if c is not None and c.kind in ("promise", "refusal")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Garcia of Peru met President Lopez of Chile on Monday and urged Chile to "
            "cut its military ties with Bolivia. Garcia's office said Chile would not buy "
            "weapons from Bolivia.",
            [("promise", "CHL", "PERGOV", "firm")],
        ),
        (
            "Peru urged Chile to end its arms trade with Bolivia. Chile said it would not buy "
            "weapons from Bolivia.",
            [("promise", "CHL", "PER", "firm")],
        ),
    ],
)
def test_an_undertaking_to_the_one_who_asked(
    text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert _pledges(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the seller offered: declining to buy refuses the offer
        "Bolivia offered to sell Chile cheap gas. Chile said it would not buy gas from Bolivia.",
        # no one asked anything about the ties
        "Chile said it would not buy weapons from Bolivia.",
    ],
)
def test_with_no_asker_it_stays_a_refusal(text: str) -> None:
    assert _pledges(text) == [("refusal", "CHL", "BOL", "refused")]
