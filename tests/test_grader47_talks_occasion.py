"""Talks told as the occasion of another act are not what it is about (grading audit seed 47
#19, grader47): "announced the plan after two days of talks", "signed an accord following
talks", "agreed during their talks to ..." say when; the act's own matter is the topic
(``topics.yaml``, talks: not_in_phrases_of). Talks promised keep their topic whatever time
is told. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2014, 6, 3)


def _topics(text: str) -> set[str]:
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    return {e.commitment.topic for e in events if e.commitment}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # talks as the occasion: the plan, the accord, the consulate are the matter
        ("Kerry and Lavrov announced the plan after two days of talks.", {"other"}),
        ("Hanoi and Manila signed a fishing accord following talks in Manila.", {"other"}),
        ("The two ministers agreed during their talks in Lima to open a consulate.", {"other"}),
        # talks promised, with a time of their own
        ("Hanoi and Manila agreed to resume talks after the holidays.", {"talks"}),
        ("Tokyo will hold talks with Seoul after the election.", {"talks"}),
    ],
)
def test_talks_in_a_phrase_of_time_are_the_occasion(text: str, expected: set[str]) -> None:
    assert _topics(text) == expected
