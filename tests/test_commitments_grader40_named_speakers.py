"""The speaker named again by a definite common noun, and the name a formality reason cites
(grading audit seed 64, #5 and outside the draw; grader40):

- "According to the commission", after the story named "the National Defence Commission",
  is that body's voice (``named_bodies.speaker_named_before``): the speaker is its code, not
  none;
- the formality reason cites the publisher's name the speaker used ("Unification Ministry"),
  not the first name of its entry ("South Korean Foreign Ministry").

Sentences written for these tests (other years and facts)."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2031, 4, 9)


def _commitments(text: str) -> list:
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    return [e.commitment for e in events if e.commitment]


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "The National Defence Commission of North Korea accused Seoul on Friday of lying "
            "about the 2015 border talks. According to the commission, the South Korean "
            "delegation asked for a summit in Pyongyang.",
            "demand",
            ["PRKGOV"],
        ),
        # no body named before with the noun's head word: no speaker guessed
        (
            "Seoul denied the account on Friday. According to the commission, the South Korean "
            "delegation asked for a summit in Pyongyang.",
            "demand",
            [None],
        ),
    ],
)
def test_a_body_named_again_speaks(text: str, kind: str, expected: list) -> None:
    assert [c.speaker for c in _commitments(text) if c.kind == kind] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Unification Ministry said Pyongyang must first apologise for the 2014 border "
            "shelling.",
            "'Unification Ministry'",
        ),
    ],
)
def test_the_formality_reason_cites_the_name_used(text: str, name: str) -> None:
    reasons = [
        w for c in _commitments(text) if c.kind == "demand" for w in c.why if "formality" in w
    ]
    assert reasons and all(name in w for w in reasons)
