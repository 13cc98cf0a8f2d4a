"""The grading errors of the ledger audit (stop 16), each as a phenomenon, in sentences of our
own: a negated act that only chooses which kind of the aid is sent; a reporter's schedule of
an encounter on a day; an agreement signed on fields of cooperation; consulting about X; a
relative pronoun as the promised object; a nominal act whose object the story named before;
a harm that measures will do, which no one promises."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.fixture_audits import pledges_of as _pledges
from tests.test_commitments_grader import _graded

pytestmark = pytest.mark.model

DAY = dt.date(2015, 4, 20)


# -- 1. which kind of the aid, not whether ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Japan will not ship wheat or other cereals to the North.",
        "Canada does not intend to deliver rice or other grain to Pyongyang.",
        "Japan will not send rice to the North but will send biscuits instead.",
        # no mark, but the story names the food in general
        "Japan promised 50,000 tons of food to North Korea on Monday. Tokyo will not send rice.",
    ],
)
def test_a_negated_kind_of_the_aid_is_no_refusal_of_it(text):
    graded = _graded(text, DAY)
    assert graded, text
    refusals = [c for c in graded if c.kind == "refusal" or c.strength == "refused"]
    assert not refusals, graded
    narrowed = [c for c in graded if any("which kind" in w for w in c.why)]
    assert narrowed, graded
    assert all(c.kind == "statement" and c.topic == "food_aid" for c in narrowed), narrowed


@pytest.mark.parametrize(
    "text",
    [
        "Japan will not send any food aid to North Korea.",
        "Canada will not deliver food aid to Pyongyang.",
        # the whole of the kind refused: "any"
        "South Korea will not send any rice or other grain to the North.",
        # a kind, but nothing marks a choice and the story names no food in general
        "Tokyo will not send rice to North Korea.",
    ],
)
def test_a_refusal_of_the_aid_stays_one(text):
    graded = _graded(text, DAY)
    refusals = [c for c in graded if c.kind == "refusal" and c.topic == "food_aid"]
    assert refusals, graded
    assert all(c.strength == "refused" for c in refusals), refusals


# -- 2. a reporter's schedule is no pledge ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Abe will meet South Korean President Park Geun-hye in Tokyo on Wednesday.",
        "Kerry will meet with Chinese Foreign Minister Wang Yi on Thursday.",
        "Putin will visit Chinese President Xi Jinping in Beijing on May 8.",
        # a trip with its destination, on a day or this week (grading sample seed 46)
        "The Japanese foreign minister will travel to Seoul on Friday to meet her counterpart.",
        "Canada's prime minister will fly to Tokyo later this week.",
        "Abe will meet South Korean President Park Geun-hye this week.",
    ],
)
def test_a_schedule_in_the_reports_own_voice_is_a_statement(text):
    graded = _graded(text, DAY)
    assert graded, text
    assert not _pledges(graded), graded
    assert any("a schedule in the report's own voice" in " ".join(c.why) for c in graded), graded


@pytest.mark.parametrize(
    "text",
    [
        # a leader's own word
        '"I will meet President Park on Wednesday," Abe told reporters.',
        # a spokesman announces it: an intent to meet (CAMEO 036)
        "The White House said Obama will meet Chinese President Xi Jinping on Friday.",
        # a plan, not a day's programme
        "Abe will meet South Korean President Park Geun-hye next month.",
        '"We will travel to Pyongyang on Monday," the Japanese envoy said.',
    ],
)
def test_an_announced_or_own_meeting_stays_a_promise(text):
    graded = _graded(text, DAY)
    promises = [c for c in graded if c.kind == "promise"]
    assert promises, graded
    assert not any("schedule" in " ".join(c.why) for c in graded), graded


# -- 3. an agreement signed on fields of cooperation is an act -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Japan and Vietnam signed agreements on trade and energy cooperation on Monday.",
        "Japan and Vietnam signed an accord on investment and education.",
    ],
)
def test_an_agreement_signed_on_fields_is_no_pledge(text):
    graded = _graded(text, DAY)
    assert graded, text
    assert not _pledges(graded), graded
    assert any("an act done" in " ".join(c.why) for c in graded), graded


@pytest.mark.parametrize(
    "text",
    [
        "North Korea signed an agreement to freeze its reactor at Yongbyon.",
        "North Korea signed an agreement on a freeze of its nuclear programme.",
    ],
)
def test_an_agreement_signed_on_an_act_stays_a_promise(text):
    graded = _graded(text, DAY)
    assert [c for c in graded if c.kind == "promise"], graded
    assert not any("an act done" in " ".join(c.why) for c in graded), graded


# -- 4. consulting about X is talks ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "not_topic"),
    [
        ("He said Japan will consult with China about the summit.", "summit"),
        ("Seoul will confer with Washington on the food aid.", "food_aid"),
    ],
)
def test_consulting_about_a_thing_is_talks(text, not_topic):
    graded = [c for c in _graded(text, DAY) if c.kind == "promise"]
    assert graded, text
    agenda = [c for c in graded if any("agenda of a consultation" in w for w in c.why)]
    assert agenda, graded
    for commitment in agenda:
        assert commitment.topic == "talks", commitment
        assert not_topic not in [t for t, _ in commitment.all_topics], commitment


def test_a_summit_promised_stays_a_summit():
    graded = _graded("Japan said it will hold a summit with China in May.", DAY)
    assert [c for c in graded if c.kind == "promise" and c.topic == "summit"], graded


# -- 5. the words of what is promised ------------------------------------------------------


def test_a_relative_pronoun_object_is_read_as_its_antecedent():
    graded = _graded("Iran should respect the limits that it has already accepted.", DAY)
    accepted = [c for c in graded if c.kind == "promise" and c.promisor and "IRN" in c.promisor]
    assert accepted, graded
    assert all(c.topic_text not in ("that", "which") for c in accepted), accepted
    assert any("limits" in c.topic_text for c in accepted), accepted


def test_a_nominal_act_takes_the_act_the_story_named_before():
    text = (
        "Kaesong factory park reopens after long closure\n\n"
        "Managers of South Korean firms crossed the border on Monday.\n\n"
        "North Korea and South Korea agreed on the reopening last week."
    )
    graded = [c for c in _graded(text, DAY) if c.kind == "promise"]
    assert graded, _graded(text, DAY)
    assert all(c.topic == "inter_korean_agreements" for c in graded), graded


@pytest.mark.parametrize(
    ("body", "story_topic_kept"),
    [
        ("North Korea and South Korea agreed on the reopening of the Mount Kumgang tours.", True),
        # an object that matches no topic: only the own-object guard keeps the headline's
        # Kaesong out (the Kumgang row passes on its own topic words either way)
        ("North Korea and South Korea agreed on the reopening of the liaison office.", False),
    ],
)
def test_a_nominal_act_with_an_object_of_its_own_keeps_its_words(body, story_topic_kept):
    text = "Kaesong factory park reopens after long closure\n\n" + body
    graded = [c for c in _graded(text, DAY) if c.kind == "promise"]
    assert graded, _graded(text, DAY)
    assert all("kaesong" not in c.topic_text.lower() for c in graded), graded
    if not story_topic_kept:
        assert all(c.topic != "inter_korean_agreements" for c in graded), graded


# -- 6. a harm to come by measures is no one's promise ----------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "target"),
    [
        (
            "President Lee Myung-bak's measures of Monday cut most trade with North Korea. They "
            "will hurt the North, but they will not change its behaviour on their own.",
            dt.date(2010, 5, 26),
            "PRK",
        ),
        (
            "Tokyo's measures of Friday cut most trade with Pyongyang. They will hurt North "
            "Korea, but they will not change its conduct.",
            DAY,
            "PRK",
        ),
        (
            "Washington's new tariffs took effect on Monday. They will hurt China, but they "
            "will not change its policy.",
            DAY,
            "CHN",
        ),
    ],
)
def test_a_harm_to_come_with_no_doer_is_no_promise(text, day, target):
    graded = _graded(text, day)
    harms = [c for c in graded if any("(CAMEO 18" in w for w in c.why)]
    assert harms, graded
    for commitment in harms:
        assert commitment.kind == "statement", commitment
        assert not (commitment.promisor or "").startswith(target), commitment
    assert not [c for c in graded if c.kind == "promise"], graded
