"""A wrong answered for is no topic: "must take responsibility for the shelling of the border
town" asks an admission, not a ceasefire (``topics.yaml``, answered_for_words; grading audit
seed 63 #11). A gerund after "for" names what is to be done and is read; a shelling halted stays
a ceasefire. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2031, 4, 9)


def _topics(text: str) -> set[str]:
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    return {e.commitment.topic for e in events if e.commitment}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Chilean ministry said Peru must first take responsibility for the shelling of "
            "the border town.",
            {"other"},
        ),
        ("Chile demanded that Peru apologise for the shelling of the island.", {"other"}),
        # what is to be done, as a gerund, is read; a shelling halted is a ceasefire
        ("Peru will take responsibility for keeping the ceasefire.", {"ceasefire"}),
        ("Peru agreed to halt the shelling of the border town.", {"ceasefire"}),
    ],
)
def test_the_wrong_answered_for_gives_no_topic(text: str, expected: set[str]) -> None:
    assert _topics(text) == expected


def test_amends_paid_keep_their_topic() -> None:
    # what is paid for a harm has a topic of its own (climate finance), no wrong owned up to
    assert _topics("The bloc will pay compensation for climate damage.") != {"other"}
