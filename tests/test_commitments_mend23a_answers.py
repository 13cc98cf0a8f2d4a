"""Whom an answer, a bargain or an order to one's own organ is addressed to, read only where the
story tells it (the review of grader40; mend23a):

- "the offer" accepted is an earlier act only when the event coder coded that act as an offer
  or a provision (``offering_act_codes``), a few sentences back (``offering_act_sentences``):
  "extended its sanctions", "sent two warships" offer nothing (``offers_answered.py``);
- only an offer takes the addressee of the demand it is coordinated with: a vow beside a
  demand is the doer's own (``coordinated_acts.py``);
- a refusal answers the lead's measure only when the measure is on or against the refuser
  (``measure_target_prepositions``), not one for it (``measures_answered.py``);
- an order to one's own organ that the event coder composed into the orderer's act is graded
  as that act: no demand, the act's target its promisee (``asked_parties.py``).

Sentences written for these tests (other countries and years)."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2031, 4, 9)


def _commitments(text: str) -> list[tuple[str, str | None, str]]:
    """(kind, promisee, topic) of each commitment."""
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    return [
        (e.commitment.kind, e.commitment.promisee, e.commitment.topic)
        for e in events
        if e.commitment
    ]


def _of_kind(text: str, kind: str) -> list[tuple[str | None, str]]:
    return [(p, t) for k, p, t in _commitments(text) if k == kind]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a measure, not an offer: nothing the acceptance answers
        (
            "Chile extended its sanctions on Peru for another year on Monday. Peru said on "
            "Tuesday it would welcome the offer.",
            (None, "other"),
        ),
        # a show of force, not an offer
        (
            "Brazil sent two warships to the Atlantic. Peru said it accepted the proposal.",
            (None, "other"),
        ),
        # an offer coded as one still answers
        (
            "Chile offered Bolivia talks on the border. Bolivia accepted the offer on Monday.",
            ("CHL", "talks"),
        ),
        # a provision too, two sentences back
        (
            "Japan will provide emergency relief supplies to Peru. The supplies will include "
            "tents. The Peruvian government has accepted the offer.",
            ("JPN", "humanitarian_aid"),
        ),
        # five sentences back: still in reach
        (
            "Japan will provide emergency relief supplies to Peru. Peru's army cleared two "
            "roads. Rain fell in Lima. Floods closed a bridge. The supplies do not include "
            "food. The Peruvian government has accepted the offer.",
            ("JPN", "humanitarian_aid"),
        ),
        # six back: "the offer" is no longer that one
        (
            "Japan will provide emergency relief supplies to Peru. Peru's army cleared two "
            "roads. Rain fell in Lima. Floods closed a bridge. Trucks waited at the border. "
            "Schools shut in Cusco. The Peruvian government has accepted the offer.",
            (None, "other"),
        ),
    ],
)
def test_the_offer_accepted_is_an_act_coded_as_an_offer(text: str, expected: tuple) -> None:
    assert _of_kind(text, "promise")[-1] == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # a vow beside a demand is the doer's own business
        (
            "Chile urged Peru to release the fishermen and vowed to rebuild its economy.",
            "promise",
            [None],
        ),
        # an offer beside a demand is the bargain's other half
        ("Peru asked Chile for talks and offered gas supplies.", "offer", ["CHL"]),
    ],
)
def test_only_an_offer_takes_the_coordinated_demands_addressee(
    text: str, kind: str, expected: list
) -> None:
    assert [p for p, _t in _of_kind(text, kind)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a measure for the refuser answers nothing
        (
            "The European Union approved a measure on debt relief for Chad on Tuesday. Twelve "
            "members voted for it. Chad's president said his country would not stop enriching "
            "uranium.",
            [(None, "enrichment_freeze")],
        ),
        # a measure on the refuser still does
        (
            "The U.N. Security Council imposed new sanctions on Chad on Tuesday. Twelve members "
            "voted for it. Chad's president said his country would not stop enriching uranium.",
            [("IGOUNO", "enrichment_freeze")],
        ),
        (
            "The European Union approved an embargo against Chad on Tuesday. Twelve members "
            "voted for it. Chad's president said his country would not stop enriching uranium.",
            [("IGOEUREEC", "enrichment_freeze")],
        ),
    ],
)
def test_a_refusal_answers_only_a_measure_against_the_refuser(text: str, expected: list) -> None:
    assert _of_kind(text, "refusal") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The president ordered a commission to cut ties with Qatar.",
            [("statement", "QAT", "other")],
        ),
        (
            "The Security Council ordered a committee to tighten existing sanctions on Chad.",
            [("statement", "TCD", "sanctions")],
        ),
        # an order to another's body stays a demand
        (
            "The president ordered South Korea's unification ministry to cut ties with Qatar.",
            "demand",
        ),
    ],
)
def test_an_order_to_ones_own_organ_is_graded_as_the_composed_act(
    text: str, expected: list | str
) -> None:
    found = _commitments(text)
    if isinstance(expected, str):
        assert found and found[0][0] == expected
    else:
        assert found == expected
