"""A negated halt is a refusal, a negated activity a promise of restraint.

"North Korea will never stop enriching uranium" refuses the freeze the allies asked for; "North
Korea will not conduct further nuclear tests" promises a moratorium. Both carry a negation and a
restraint action (enrich, test), so the grader must see which word the negation is on: a
halting verb (``halting_verbs`` in strength_cues.yaml) or the activity itself. Sentences of our
own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_commitments_grader import _graded

pytestmark = pytest.mark.model

DAY = dt.date(2012, 6, 1)


def _readings(text: str) -> set[tuple[str, str, str | None]]:
    return {
        (c.kind, c.topic, c.promisor and c.promisor[:3])
        for c in _graded(text, DAY)
        if c.kind in ("promise", "refusal")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea said it would never stop enriching uranium.",
            ("refusal", "enrichment_freeze", "PRK"),
        ),
        (
            "Pyongyang said it would not suspend its missile launches.",
            ("refusal", "missile_launch_moratorium", "PRK"),
        ),
        (
            "Tehran will not halt its enrichment of uranium.",
            ("refusal", "enrichment_freeze", "IRN"),
        ),
        # the negation on the activity itself: a promise of restraint
        (
            "North Korea will not conduct further nuclear tests.",
            ("promise", "nuclear_test_moratorium", "PRK"),
        ),
        (
            "Pyongyang said it would never again launch long-range missiles.",
            ("promise", "missile_launch_moratorium", "PRK"),
        ),
    ],
)
def test_which_word_the_negation_is_on(text: str, expected: tuple[str, str, str]) -> None:
    readings = _readings(text)
    assert expected in readings, readings
    opposite = "promise" if expected[0] == "refusal" else "refusal"
    assert (opposite, expected[1], expected[2]) not in readings, readings
