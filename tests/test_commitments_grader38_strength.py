"""Advice that is a demand: "X would be well advised to ...", "X would do well to ..." are
firm, the "would" part of the idiom and no hedge (``strength_cues.yaml``, firm; grading audit
seed 63 #21). A bare "would" stays a hedge. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2031, 4, 9)


def _strengths(text: str) -> set[str]:
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    return {e.commitment.strength for e in events if e.commitment}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile would be well advised to choose between respecting Bolivia's right to the "
            "sea and the road of confrontation.",
            {"firm"},
        ),
        ("The minister said Peru would be well advised to return to the border talks.", {"firm"}),
        # a bare "would" of one's own act stays a hedge
        ("Peru would consider border talks.", {"hedged"}),
    ],
)
def test_advice_idiom_is_firm(text: str, expected: set[str]) -> None:
    assert _strengths(text) == expected
