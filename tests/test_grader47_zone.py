""" "The zone" points back at the zone the story is about (grading audit seed 47 #12, grader47):
"must pull all its staff out of the zone" in a story of the Kaesong park is about the park
(``story_topics.yaml``, referring_nouns); a story with no subject of its own gives nothing.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2013, 4, 8)
DEMAND = "Seoul must pull all its staff out of the zone within two days."


def _demand_topics(text: str) -> set[str]:
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    return {
        c.topic
        for e in events
        if (c := e.commitment) and c.kind == "demand" and c.promisee == "KORGOV"
    }


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        (
            "The North said on Monday it had seized all South Korean property in the Kaesong "
            "industrial park. The South has ignored the North's demands on the Kaesong park "
            "for months.",
            {"inter_korean_agreements"},
        ),
        # no story subject to point back at
        ("The North said on Monday it was angry with Seoul.", {"other"}),
    ],
)
def test_the_zone_is_the_storys_zone(story: str, expected: set[str]) -> None:
    assert _demand_topics(f"{story} {DEMAND}") == expected
