"""The other side of a signed text or a jointly told agreement, and a venue that is no party
(grading audit seed 66, group 1; grader42, ``commitments/agreement_sides.py``):

- a text the story told signed by several, renounced later by one signer: the renunciation is
  made to the first other signer; the signers' own promises to each other; a state that did
  not sign, or a story that names no signers, gives none;
- an agreement told jointly by the promisor and one other state ("..., the United States and
  Bolivia said") is made to that state; one told by another state alone is not;
- a gathering where a call was made ("used the forum to call for", "called at the forum for")
  is no party asked; a body called on ("called on ASEAN to") still is.

Sentences written for these tests (other countries and years)."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2031, 4, 9)


def _parties(text: str, kind: str) -> list[tuple[str | None, str | None]]:
    """(promisor, promisee) of each commitment of ``kind`` in the text, in order."""
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    return [
        (e.commitment.promisor, e.commitment.promisee)
        for e in events
        if e.commitment and e.commitment.kind == kind
    ]


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # the renouncer signed with a body and a state: the first other signer
        (
            "The truce was signed in 1995 by the U.N. Command, Peru and Chile. Peru has "
            "declared the truce invalid several times since then.",
            "refusal",
            [("PER", "IGOUNO")],
        ),
        (
            "Peru, Chile and Ecuador signed the fisheries accord in 2002. Ecuador has renounced "
            "the accord.",
            "refusal",
            [("ECU", "PER")],
        ),
        # the signers' own promises in the signing sentence
        (
            "The truce was signed in 1995 by the U.N. Command, Peru and Chile.",
            "promise",
            [("IGOUNO", "PER"), ("PER", "IGOUNO"), ("CHL", "IGOUNO")],
        ),
        # no signers told: nobody to name
        ("Chile declared the truce void on Monday.", "refusal", [("CHL", None)]),
        # the renouncer did not sign it: its refusal binds it to no signer
        (
            "The treaty was signed in 1904 by Peru and Chile. Bolivia declared the treaty void "
            "on Monday.",
            "refusal",
            [("BOL", None)],
        ),
    ],
)
def test_renounced_text_is_renounced_to_its_signers(
    text: str, kind: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _parties(text, kind) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bolivia has agreed to suspend nuclear tests, the United States and Bolivia said on "
            "Wednesday.",
            [("BOL", "USA")],
        ),
        # one other state telling it is no partner by that alone
        ("Bolivia has agreed to suspend nuclear tests, Peru said on Wednesday.", [("BOL", None)]),
    ],
)
def test_agreement_told_jointly_is_made_to_the_other_teller(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _parties(text, "promise") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bolivia's delegation used the ASEAN Regional Forum to call for the quick resumption "
            "of the six-party talks without preconditions.",
            [("BOLGOV", None)],
        ),
        (
            "Bolivia's delegation called at the ASEAN Regional Forum for the quick resumption of "
            "the six-party talks.",
            [("BOLGOV", None)],
        ),
        (
            "Bolivia's delegation used the meeting of the African Union to call for an end to "
            "the blockade.",
            [("BOLGOV", None)],
        ),
        # a body called on is the party asked
        (
            "Bolivia called on ASEAN to support the resumption of the six-party talks.",
            [("BOL", "IGOSEAASN")],
        ),
    ],
)
def test_venue_of_a_call_is_no_party_asked(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _parties(text, "demand") == expected
