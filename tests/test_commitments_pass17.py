"""The grader's second readings (stop 16 of the grading audit): a joint body or a named pair
binds both its parties; a decision dated before the story is a past act; "meet to discuss X"
is the talks on X; a response in force named by a noun is a threat; rejecting a claim refuses
nothing; "insists that X is so" is a claim; a proposal that the parties to talks meet is the
proposer's offer. Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_commitments_grader import _graded

pytestmark = pytest.mark.model

DAY = dt.date(2014, 5, 12)


# -- joint bodies and named pairs --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Seoul and Pyongyang agreed on Friday to form a joint commission on the border. "
            "The joint commission will meet for the first time next month, officials said.",
            "commission",
        ),
        (
            "Japan and China signed a fisheries accord on Tuesday. "
            "The joint working group will draft the rules by June, a spokesman said.",
            "group",
        ),
        # the joint word as spaCy splits it ("inter", "-", "Korean"), read on the phrase text
        (
            "Seoul and Pyongyang agreed on Friday to set up a committee. "
            "The inter-Korean committee will meet for the first time next month, officials said.",
            "committee",
        ),
    ],
)
def test_a_joint_body_binds_the_two_states_of_the_story(text, body):
    graded = [c for c in _graded(text, DAY) if any(f"{body}' acts for both" in w for w in c.why)]
    assert graded, _graded(text, DAY)
    pair = {c.promisor for c in graded} | {c.promisee for c in graded}
    named = {"KOR", "PRK"} if "Seoul" in text else {"JPN", "CHN"}
    assert pair == named, graded


@pytest.mark.parametrize(
    "text",
    [
        "Defence ministers of the two Koreas will meet in Panmunjom next week.",
        "Vice ministers of the two Koreas will hold talks on family reunions on Monday.",
    ],
)
def test_a_pair_named_inside_of_binds_both(text):
    graded = [c for c in _graded(text, DAY) if c.kind == "promise"]
    assert graded, text
    for commitment in graded:
        # the coder now reads "ministers of the two Koreas" as each side's (KORGOV, PRKGOV)
        pair = {commitment.promisor, commitment.promisee}
        assert {code[:3] for code in pair if code} == {"KOR", "PRK"}, commitment


def test_a_joint_body_among_many_states_binds_no_one_by_guess():
    text = (
        "The United States, Japan, China and Russia met in Geneva on Monday. "
        "The joint committee will report next month, officials said."
    )
    for commitment in _graded(text, DAY):
        assert not any("acts for both" in w for w in commitment.why), commitment


# -- a dated decision is a past act ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tehran said that South Africa's decision to give up its nuclear weapons in 1991 had "
        "left it weak.",
        "Officials said Kazakhstan's decision to give up its nuclear arsenal years ago "
        "had brought it investment.",
        # the date on the verb of deciding itself
        "Libya decided in 2003 to give up its weapons programs.",
    ],
)
def test_a_decision_dated_before_the_story_is_no_promise(text):
    graded = _graded(text, DAY)
    assert graded, text
    assert not [c for c in graded if c.kind in ("promise", "offer")], graded
    assert any("a past act" in " ".join(c.why) for c in graded), graded


@pytest.mark.parametrize(
    "text",
    [
        # an agreement dated in the past is a promise made then
        "In 2012, Pyongyang agreed to a moratorium on long-range missile launches.",
        # a decision with no date before the story is the decision announced
        "North Korea announced a decision to suspend missile launches.",
        # a year that names a thing in the content dates no decision (review 17)
        "North Korea announced its decision to abide by the 1953 armistice.",
        "North Korea decided on Monday to return to the 2005 joint statement.",
        "Cuba announced its decision to honour the 1962 agreement.",
    ],
)
def test_a_dated_agreement_or_an_undated_decision_stays_a_promise(text):
    graded = _graded(text, DAY)
    assert [c for c in graded if c.kind == "promise"], graded
    assert not any("a past act" in " ".join(c.why) for c in graded), graded


# -- "meet to discuss X" is the talks on X -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "not_topic"),
    [
        (
            "Officials of Japan and North Korea will meet in Beijing next week to discuss "
            "the humanitarian aid.",
            "humanitarian_aid",
        ),
        (
            "The United States will hold talks with North Korea next month to discuss a "
            "moratorium on nuclear tests.",
            "nuclear_test_moratorium",
        ),
    ],
)
def test_meeting_to_discuss_a_thing_is_talks_on_it(text, not_topic):
    graded = [c for c in _graded(text, DAY) if c.kind == "promise"]
    assert graded, text
    agenda = [c for c in graded if any("the agenda of a meeting" in w for w in c.why)]
    assert agenda, graded
    for commitment in agenda:
        assert commitment.topic == "talks", commitment
        # the meeting is promised, "to discuss" is its purpose: no hedge (grader31)
        assert commitment.strength == "firm", commitment
        assert not_topic not in [t for t, _ in commitment.all_topics], commitment


def test_ready_to_discuss_a_thing_stays_the_hedged_thing():
    graded = _graded("Pyongyang said it was ready to discuss a moratorium on nuclear tests.", DAY)
    pledges = [c for c in graded if c.kind == "promise"]
    assert pledges, graded
    assert all(c.topic == "nuclear_test_moratorium" for c in pledges), pledges
    assert all(c.strength == "hedged" for c in pledges), pledges


# -- threats, claims, proposals ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Abe promised a stern response to the missile launch.",
        "The defence minister said Japan would exercise its right of self-defense if its "
        "ships were attacked.",
        "Seoul said it would invoke its right to self-defence if the North fired again.",
    ],
)
def test_a_response_in_force_named_by_a_noun_is_a_threat(text):
    graded = _graded(text, DAY)
    assert graded, text
    assert not [c for c in graded if c.kind == "promise"], graded
    assert any("a response in force" in " ".join(c.why) for c in graded), graded


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Abe promised a positive response to the offer of talks.",
        # an army's name is no threat
        "Japan's Self-Defense Forces will hold talks with the South Korean navy next week.",
        "The defence minister said Japan would not respond to the launch with force.",
        # self-defence as a subject of talks or a study, not a right exercised (review 17)
        "Japan will hold talks with the United States on collective self-defense next month.",
        "Japan will hold talks with Australia on the right of self-defence next week.",
    ],
)
def test_a_response_without_force_stays_a_promise(text):
    graded = _graded(text, DAY)
    assert [c for c in graded if c.kind == "promise"], graded
    assert not any("a response in force" in " ".join(c.why) for c in graded), graded


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Japanese navy rejected the allegation.", "statement"),
        ("China dismissed the claim as groundless.", "statement"),
        # a demand or an offer rejected stays a refusal
        ("The Japanese navy rejected the demand.", "refusal"),
        ("China rejected the proposal for talks.", "refusal"),
    ],
)
def test_rejecting_a_claim_refuses_nothing(text, kind):
    graded = _graded(text, DAY)
    assert graded, text
    assert graded[0].kind == kind, graded
    if kind == "statement":
        assert graded[0].strength != "refused", graded


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Moscow insists that its troops are on exercises.", None),
        ("Pyongyang insists that the launch has a peaceful purpose.", None),
        # a bare verb or a modal asks
        ("Seoul insisted that Pyongyang return the fishermen.", "demand"),
        ("Tokyo insists that the talks must resume.", "demand"),
        # a mandative "-s" on a verb of doing still asks (review 17)
        ("China insisted that North Korea returns to the talks.", "demand"),
        ("Seoul insists that Pyongyang releases the fishermen.", "demand"),
    ],
)
def test_insisting_that_a_thing_is_so_is_a_claim(text, kind):
    graded = _graded(text, DAY)
    demands = [c for c in graded if c.kind == "demand"]
    if kind is None:
        assert not demands, graded
        assert any(w.startswith("claim: ") for c in graded for w in c.why), graded
    else:
        assert demands, graded


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Russia proposed on Monday that the heads of delegation to the six-party talks "
            "meet in Moscow next month.",
            "offer",
        ),
        ("Beijing proposed that all parties hold consultations in June.", "offer"),
        # another state's act proposed stays a demand
        ("Beijing proposed that Japan hold consultations with Seoul.", "demand"),
    ],
)
def test_a_proposal_that_the_parties_meet_is_the_proposers_offer(text, kind):
    graded = _graded(text, DAY)
    assert graded, text
    assert graded[0].kind == kind, graded


@pytest.mark.parametrize(
    ("text", "asker"),
    [
        # the order is Kim's (a threat, graded on its own event); the agency asks nothing
        (
            "North Korean leader Kim Jong Un ordered his army on alert to strike American "
            "bases, state media said on Friday.",
            None,
        ),
        # a reported demand is counted once, on its own event, as the asker's
        ("Officials said Seoul had asked Pyongyang to return the fishermen.", "KOR"),
    ],
)
def test_a_voice_reporting_a_graded_demand_demands_nothing_itself(text, asker):
    graded = _graded(text, DAY)
    framed = [c for c in graded if any("is graded on event" in w for w in c.why)]
    assert framed, graded
    assert all(c.kind == "statement" for c in framed), framed
    demands = [c for c in graded if c.kind == "demand"]
    if asker is None:
        assert not demands, graded
    else:
        assert [c for c in demands if (c.promisor or "").startswith(asker)], graded


def test_a_demand_that_a_reported_promise_be_kept_stays_a_demand():
    text = "The Unification Ministry said Pyongyang must keep its pledge to reopen the factories."
    graded = _graded(text, DAY)
    demands = [c for c in graded if c.kind == "demand"]
    assert [c for c in demands if (c.promisor or "").startswith("KOR")], graded


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the offer's content was told elsewhere: the light verb's noun names it only
        ("Moscow said Iranian diplomats made the offer at a private dinner.", "statement"),
        # with its content, it is the offer
        ("Pyongyang made a new offer to hold talks with Seoul.", "offer"),
        ("North Korea made an offer of talks to the South.", "offer"),
    ],
)
def test_a_light_verbs_offer_without_content_is_named_only(text, kind):
    graded = _graded(text, DAY)
    offers = [c for c in graded if c.kind == "offer"]
    if kind == "offer":
        assert offers, graded
    else:
        assert not offers, graded
        assert any("without its content" in " ".join(c.why) for c in graded), graded
