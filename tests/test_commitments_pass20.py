"""Two leftovers of the audits (pass 20), in sentences of our own: a meeting that is to settle a
thing already decided keeps that thing's topic as a second topic; inspectors' access told with
no host named binds the story's country the inspections are in."""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.model import Commitment
from tests.test_commitments_grader import _graded

pytestmark = pytest.mark.model

DAY = dt.date(2012, 3, 1)


def _meeting(graded: list[Commitment]) -> list[Commitment]:
    return [c for c in graded if c.kind in ("promise", "offer") and c.topic == "talks"]


@pytest.mark.parametrize(
    "text",
    [
        "Washington will meet Pyongyang's envoys to finalize a package of 80,000 tons of food aid.",
        "Japanese officials will meet North Korean officials next month to settle the details "
        "of the food aid.",
        "Seoul will meet the North's delegates next month to conclude the shipment of rice and "
        "flour.",
    ],
)
def test_a_meeting_to_settle_the_aid_keeps_the_aid_as_a_second_topic(text):
    meetings = _meeting(_graded(text, DAY))
    assert meetings, text
    assert any(any(o["topic"] == "food_aid" for o in c.other_topics) for c in meetings), meetings


@pytest.mark.parametrize(
    "text",
    [
        "Japanese officials will meet North Korean officials next month to discuss the food aid.",
        "The United States will meet the North's envoys to negotiate food aid.",
    ],
)
def test_a_meeting_to_discuss_the_aid_stays_talks_only(text):
    graded = _graded(text, DAY)
    pledges = [c for c in graded if c.kind in ("promise", "offer")]
    assert pledges, text
    assert all(c.topic == "talks" for c in pledges), pledges
    assert not any(o["topic"] == "food_aid" for c in pledges for o in c.other_topics), pledges


@pytest.mark.parametrize(
    "text",
    [
        # the site the topic names is North Korea's
        "The IAEA's inspectors will go back to monitor the freeze and to confirm the "
        "disablement of the Yongbyon reactor.",
        # no site: the one country the story names
        "North Korea's harvest failed again this year. IAEA inspectors will return to confirm "
        "the shutdown of the enrichment plant.",
    ],
)
def test_inspectors_access_with_no_host_named_binds_the_story_country(text):
    graded = _graded(text, DAY)
    access = [c for c in graded if c.kind == "promise" and (c.promisee or "").startswith("IGO")]
    assert access, graded
    assert all(c.promisor == "PRK" for c in access), access
    assert all(c.topic == "iaea_inspections" for c in access), access


@pytest.mark.parametrize(
    ("text", "promisor"),
    [
        # the inspecting body's own word stays its own
        (
            "The IAEA said its inspectors will return to confirm the disablement of the Yongbyon "
            "reactor.",
            "IGOUNOIAE",
        ),
        # "going to" is a future, not an access
        (
            "North Korea's harvest failed. IAEA inspectors are going to confirm the shutdown of "
            "the enrichment plant.",
            "IGOUNOIAE",
        ),
        # two countries and no site: no host can be told
        (
            "Iran and North Korea face pressure. IAEA inspectors will return to confirm the "
            "shutdown of the enrichment plant.",
            "IGOUNOIAE",
        ),
    ],
)
def test_no_host_is_bound_when_none_can_be_told(text, promisor):
    graded = _graded(text, DAY)
    pledges = [c for c in graded if c.kind == "promise"]
    assert any(c.promisor == promisor for c in pledges), graded
    assert not any(c.promisor == "PRK" and (c.promisee or "").startswith("IGO") for c in graded), (
        graded
    )


def test_named_states_leave_out_what_is_no_state():
    """Organisations, armed groups (al-Qaeda's IMG code), firms and unidentified actors are no
    state: a story naming North Korea and al-Qaeda still has one host country, and an
    official speaking after them is placed with North Korea alone."""
    from pledgewatch.commitments.joint_parties import named_states
    from pledgewatch.model import ActorMention

    mentions = [
        ActorMention("PRKGOV", "Pyongyang", 0, 1, "test"),
        ActorMention("IMGMUSALQ", "al-Qaeda", 3, 4, "test"),
        ActorMention("IGOUNOIAE", "the IAEA", 6, 8, "test"),
        ActorMention("MNCUSA", "the firm", 9, 11, "test"),
        ActorMention("PRK", "North Korea", 12, 14, "test"),
        ActorMention("KORGOV", "Seoul", 20, 21, "test"),
    ]
    assert named_states(mentions) == ["PRK", "KOR"]
    assert named_states(mentions, before=15) == ["PRK"]
