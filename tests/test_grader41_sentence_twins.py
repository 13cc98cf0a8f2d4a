"""One sentence, one commitment: the same pledge graded on two events of one sentence (a
meeting and its purpose, "will meet the Peruvian side again to discuss ...") is kept once, on
the main row (``commitments.sentence_twins``); and "the Peruvian side" met is the meeting's
other party even when the story names another state more (``meeting_parties._object_party``).
Grading audit, seed 65 outside the draw; grader41. Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2027, 3, 3)


def _pledges(text: str) -> list[tuple[str, str | None, str | None, str]]:
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    return [
        (c.kind, c.promisor, c.promisee, c.topic)
        for e in events
        if (c := e.commitment) is not None and c.kind in ("promise", "offer", "demand", "refusal")
    ]


TWINS = [
    (
        "Chile will meet the Peruvian side again to discuss the details of the gas assistance.",
        ("promise", "CHL", "PER", "talks"),
    ),
    (
        "Ecuador will meet the Colombian side again to discuss the border crossings. "
        "Colombia thanked Venezuela, and Venezuela thanked Colombia and Brazil.",
        ("promise", "ECU", "COL", "talks"),
    ),
]


@pytest.mark.parametrize(("text", "pledge"), TWINS)
def test_a_meeting_and_its_purpose_are_one_commitment(text: str, pledge: tuple) -> None:
    assert _pledges(text) == [pledge]


def test_two_pledges_of_two_topics_in_one_sentence_stay_two() -> None:
    pledges = _pledges("Japan will send rice to Haiti and will send medicine to Haiti.")
    assert {p[3] for p in pledges} == {"food_aid", "humanitarian_aid"}, pledges


def test_a_twin_folded_leaves_its_reason_on_the_kept_commitment() -> None:
    from pledgewatch.coding import context_for_text, shared_coder

    text = "Chile will meet the Peruvian side again to discuss the details of the gas assistance."
    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    kept = [e.commitment for e in events if e.commitment is not None]
    assert len(kept) == 1
    assert any("one commitment per sentence" in line for line in kept[0].why), kept[0].why
