"""A demand in a text a body adopted or issued is the body's own formal word (the lead's
fourteenth sample, 2026-12-02; ``adopting_verbs`` of ``formality_cues.yaml``,
``commitments/formality.adopted_text``). It was graded a third party's report with no speaker.
Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import graded_commitments

pytestmark = pytest.mark.model

DAY = dt.date(2011, 11, 18)


def _graded(text: str) -> set[tuple]:
    return {
        (c.promisor, c.formality, c.first_party)
        for c in graded_commitments(text, DAY)
        if c.kind == "demand"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # adopted: its own text, whoever reports the adoption
        (
            "The IAEA board adopted a resolution urging Iran to suspend uranium enrichment.",
            {("IGOUNOIAE", "formal", True)},
        ),
        (
            "The U.N. Security Council passed a resolution that demands North Korea abandon its "
            "nuclear weapons.",
            {("IGOUNO", "formal", True)},
        ),
        # not adopted yet: the reporter's account of what is to come
        (
            "The U.N. Security Council will adopt a resolution urging North Korea to refrain "
            "from further launches.",
            {("IGOUNO", "reported", False)},
        ),
    ],
)
def test_an_adopted_text_is_the_adopters_formal_word(text: str, expected: set) -> None:
    assert _graded(text) == expected
