"""A party breaking off its talks refuses them (audit_ledger31 status #17; grader42):

- an act coded 164 (halt negotiations) is a refusal on what its object names (six_party_talks,
  denuclearization, talks) when the act is still to come ("would no longer hold talks on X"),
  when the party tells it ("Bolivia said it had broken off the talks"), or in a statement in
  the party's own voice with no speaker named (``strength_cues.yaml`` ``cameo_kinds``,
  ``commitments/broken_off_talks.py``);
- told after the act by another ("Peru said Bolivia had broken off the talks", "the delegation
  walked out of the meeting, the ministry said"), it is a deed the ledger weighs as an act, no
  refusal; negated ("will not break off the talks") it refuses nothing;
- a 164 event naming no matter ("walked out of the meeting") is about talks (``topics.yaml``,
  ``events`` of talks), and "the truce village" names a place, no ceasefire;
- "there will be no more talks on X", whose "no" the parser hangs on "more", is refused as
  "there will be no talks" is (``strength.py``).

Sentences written for these tests (other countries and years)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2031, 4, 9)


def _graded(
    text: str, publisher: str | None = None
) -> list[tuple[str | None, str, str | None, str]]:
    """(cameo, kind, promisor, topic) of each graded commitment that is no statement."""
    from pledgewatch.coding import context_for_text, shared_coder

    ctx = context_for_text(DAY)
    if publisher:
        ctx = dataclasses.replace(ctx, publisher=publisher)
    _sentences, events, _flags = shared_coder().code_text(text, ctx)
    return [
        (e.cameo, e.commitment.kind, e.commitment.promisor, e.commitment.topic)
        for e in events
        if e.commitment and e.commitment.kind != "statement"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act to come
        (
            "Bolivia said it would no longer hold talks on denuclearization.",
            [("164", "refusal", "BOL", "denuclearization")],
        ),
        # told by the party itself
        (
            "Bolivia said it had broken off the talks with Peru on the border.",
            [("164", "refusal", "BOL", "talks")],
        ),
        (
            "Bolivia's foreign ministry said on Monday that it had broken off the six-party talks.",
            [("164", "refusal", "BOLGOV", "six_party_talks")],
        ),
        # told after the act by another: a deed
        ("Peru said Bolivia had broken off the six-party talks.", []),
        (
            "The Bolivian delegation walked out of the meeting in Lima, Peru's defence ministry "
            "said.",
            [],
        ),
        # negated: nothing refused
        ("Bolivia will not break off the talks with Peru, its foreign minister said.", []),
    ],
)
def test_breaking_off_talks_is_a_refusal_in_the_partys_words(
    text: str, expected: list[tuple[str | None, str, str | None, str]]
) -> None:
    assert _graded(text) == expected


def test_a_statement_in_the_partys_own_voice_refuses() -> None:
    text = "The United States broke off the talks with Iran on Monday."
    assert _graded(text, publisher="State Department") == [("164", "refusal", "USA", "talks")]
    assert _graded(text) == []


def test_walk_out_is_about_talks_not_the_truce_village() -> None:
    from pledgewatch.coding import context_for_text, shared_coder

    text = (
        "The Bolivian delegation said it had walked out of the meeting at the truce village of "
        "Charana."
    )
    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    topics = {e.commitment.topic for e in events if e.commitment}
    assert "ceasefire" not in topics
    assert ("164", "refusal", "BOLGOV", "talks") in _graded(text)


def test_truce_village_is_a_place_and_a_ceasefire_beside_it_stays() -> None:
    graded = _graded(
        "Peru and Bolivia agreed at the truce village to a ceasefire along the border."
    )
    assert {topic for _cameo, _kind, _who, topic in graded} == {"ceasefire"}


def test_no_more_talks_is_refused() -> None:
    graded = _graded(
        "Bolivia's foreign ministry said there would be no more talks on denuclearization."
    )
    assert [(kind, topic) for _cameo, kind, _who, topic in graded] == [
        ("refusal", "denuclearization")
    ]
