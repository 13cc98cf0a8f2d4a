"""A demand of a change of conduct before talks resume is about those talks (grading audit
seed 48 #11, grader48): "Manila said Beijing must change its behaviour before the six-party
talks can resume" asks a precondition of the six-party talks, as "take four steps before ..."
does (``borrowed_topics.yaml``); with no talks to come before, the change of conduct has no
topic of the taxonomy. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2013, 3, 4)


def _demand_topics(text: str) -> set[tuple[str, str]]:
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    return {
        (e.commitment.topic, e.commitment.topic_text or "")
        for e in events
        if e.commitment and e.commitment.kind == "demand"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Manila said Beijing must change its behaviour before the six-party talks can resume.",
            {("six_party_talks", "six-party talks")},
        ),
        (
            "Tokyo said on Friday that Moscow must change its attitude before the peace talks "
            "can resume.",
            {("talks", "peace talks")},
        ),
        (
            "Seoul said Pyongyang must show sincerity before inter-Korean talks can resume.",
            {("talks", "inter-Korean talks")},
        ),
        (
            "Washington said Iran must change course before nuclear talks can resume.",
            {("talks", "nuclear talks")},
        ),
    ],
)
def test_a_change_of_conduct_asked_before_talks_is_about_the_talks(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert _demand_topics(text) == expected


def test_a_change_of_conduct_with_no_act_after_it_has_no_topic() -> None:
    assert {t for t, _ in _demand_topics("Manila said Beijing must change its behaviour.")} == {
        "other"
    }
