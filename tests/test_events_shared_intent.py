"""Two parties stating an intent to do a two-way act together state it toward each other.

"The two Koreas agreed to hold talks" was coded PRK -> nobody and KOR -> nobody (the lead's
fourteenth sample): the intent verb is not symmetric, only the talks are. With two or more
sources and no one else named, each intends the talks with the other; with a partner named,
only the subject's intent is stated.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.events import EventCoder
from tests.conftest import viewed_triples


def view(coder: EventCoder, text: str) -> set[tuple]:
    return viewed_triples(coder, text, dt.date(2013, 7, 3), digits=3)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The two Koreas agreed to hold talks on reopening the Kaesong industrial zone.",
            {("PRK", "KOR", "036"), ("KOR", "PRK", "036")},
        ),
        # a plan (a light verb: its complement is the event) and a meeting place
        (
            "Japan and China plan to meet in Beijing.",
            {("JPN", "CHN", "036"), ("CHN", "JPN", "036")},
        ),
        # a partner named: only the subjects state the intent
        ("North Korea agreed to hold talks with South Korea.", {("PRK", "KOR", "036")}),
        (
            "The United States and Japan agreed to hold talks with North Korea.",
            {("USA", "PRK", "036"), ("JPN", "PRK", "036")},
        ),
        # an act done through a light verb keeps its parties as co-doers (the PLOVER gold's
        # convention); only the plan is an intent toward each other
        (
            "Thailand and Cambodia renewed negotiations on Tuesday.",
            {("THA", None, "046"), ("KHM", None, "046")},
        ),
        # a refusal is each one's own, toward no one named
        (
            "North and South Korea refused to hold talks.",
            {("KOR", None, "125"), ("PRK", None, "125")},
        ),
    ],
)
def test_shared_intent(coder: EventCoder, text: str, expected: set) -> None:
    assert view(coder, text) == expected


@pytest.mark.model
def test_each_speaker_announces_its_own_sides_act(coder: EventCoder) -> None:
    # both sides say they will meet: each announcement is aimed at the other side, never at
    # the speaker itself (the first speaker's target was given to every speaker)
    text = "The North Korean and South Korean envoys said they would meet again in Beijing."
    assert view(coder, text) == {("KORGOV", "PRKGOV", "036"), ("PRKGOV", "KORGOV", "036")}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # planned with a partner named: the subject's plan alone, not the partner's
        ("Washington will consult with Seoul next week.", {("USAGOV", "KORGOV", "036")}),
        ("China will work closely with South Korea on the issue.", {("CHN", "KOR", "032")}),
        ("Obama will meet Putin in Zurich.", {("USAGOV", "RUSGOV", "036")}),
        # done: both sides' act
        (
            "China worked with Russia at the Security Council.",
            {("CHN", "RUS", "050"), ("RUS", "CHN", "050")},
        ),
    ],
)
def test_a_planned_two_way_act_is_its_subjects_plan(
    coder: EventCoder, text: str, expected: set
) -> None:
    assert view(coder, text) == expected
