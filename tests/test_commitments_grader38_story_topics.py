"""Tests gone on with, and the Security Council's texts refused (grading audit seed 63 #17, #19,
#20): "urged La Paz not to go ahead with a test" after "its threat to carry out a nuclear test"
is a nuclear test moratorium (``told_acts.yaml``, proceeding_verbs); "has rejected all council
resolutions", "rejects the presidential statement of the U.N. Security Council" refuse the
Council's measures, sanctions (``topics.yaml``); one draft voted down is none. Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2031, 4, 9)


def _topics(text: str, kind: str) -> list[str]:
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    return [e.commitment.topic for e in events if e.commitment and e.commitment.kind == kind]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The United States said Bolivia's threat to carry out a nuclear test was "
            "provocative. The State Department urged La Paz not to go ahead with a test.",
            ["nuclear_test_moratorium"],
        ),
        (
            "Chile said Peru's threat to carry out a nuclear test was provocative. Chile urged "
            "Lima not to proceed with the test.",
            ["nuclear_test_moratorium"],
        ),
        (
            "Chile said Peru had fired a rocket on Monday. Chile urged Lima not to go ahead with "
            "further launches.",
            ["missile_launch_moratorium"],
        ),
        # with no kind named in the story, a test is of no kind
        ("The State Department urged La Paz not to go ahead with a test.", ["other"]),
    ],
)
def test_a_test_not_gone_ahead_with_takes_the_storys_kind(text: str, expected: list) -> None:
    assert _topics(text, "demand") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The U.N. Security Council condemned Bolivia's missile launch on Tuesday. Bolivia "
            "has rejected all council resolutions as violations of its sovereignty.",
            ["sanctions"],
        ),
        (
            "Bolivia resolutely rejects the unreasonable presidential statement of the U.N. "
            "Security Council.",
            ["sanctions"],
        ),
        ("Russia rejected a draft council resolution on Syria.", ["other"]),
    ],
)
def test_the_councils_texts_refused_are_its_sanctions(text: str, expected: list) -> None:
    assert _topics(text, "refusal") == expected
