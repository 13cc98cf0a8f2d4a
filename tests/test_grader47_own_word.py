"""A government's claim or forecast that binds no actor is its own word on record (grading
audit seed 47 #14, #15, grader47): "Hanoi insists that its oil rigs are legal", "the rocket
will lift off from a new site, state media said" have no promisor, and the government
speaking is official (``formality.py``), not a named speaker's account of another's pledge.
An analyst's forecast stays reported, and so do a government's saying only imagined or advised
("can argue", "should tell") and a government telling another state's act.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2014, 5, 7)


def _formalities(text: str) -> set[tuple[str | None, str]]:
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    return {(e.commitment.promisor, e.commitment.formality) for e in events if e.commitment}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hanoi insists that its oil rigs are legal.", {(None, "official")}),
        (
            "The rocket will lift off from a new site in the east, state media said.",
            {(None, "official")},
        ),
        ("Manila said the sanctions would bite hard.", {(None, "official")}),
        # a saying only imagined or advised: no word on record
        ("If talks stall, Hanoi can argue that its pledge has expired.", {(None, "reported")}),
        (
            "Washington should tell Beijing plainly that another incident would cost it "
            "American support.",
            {(None, "reported")},
        ),
        # no government's voice: an account
        ("A Russian analyst said the sanctions would hurt Moscow.", {(None, "reported")}),
    ],
)
def test_a_governments_claim_binding_no_one_is_official(
    text: str, expected: set[tuple[str | None, str]]
) -> None:
    assert _formalities(text) == expected


def test_a_government_telling_anothers_act_is_an_account() -> None:
    found = _formalities("Tokyo said Beijing would send ships to the islands.")
    assert ("CHNGOV", "reported") in found
