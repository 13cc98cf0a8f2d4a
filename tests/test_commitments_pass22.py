"""Pass 22, in sentences of our own: the aim of an act to come is part of that act's pledge, not a
pledge of its own; in a clause of two coordinated acts each event's own predicate decides its
first topic; launches with no kind of their own take the kind the story named; the demand
sample's topics (a crew released, the infinitive of a pressing verb)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.fixture_audits import pledges_of as _pledges
from tests.test_commitments_grader import _graded

pytestmark = pytest.mark.model

DAY = dt.date(2012, 3, 1)


@pytest.mark.parametrize(
    ("text", "pledged_topic", "aim", "aim_verb"),
    [
        # the aid is pledged; helping the victims is what it is for
        (
            "Japan will send 200 tons of rice to help victims of the earthquake in Nepal.",
            "food_aid",
            "victims",
            "help",
        ),
        # a launch announced (a threat: no pledge), its aim is the occasion, no promise
        (
            "North Korea said it would launch a satellite in April to mark the 70th anniversary "
            "of its founding.",
            None,
            "anniversary",
            "mark",
        ),
        # an infinitive under an intent (an aim the coder codes: "mark", 017)
        (
            "Iran plans to launch a satellite next month to mark the anniversary of the "
            "revolution.",
            None,
            "anniversary",
            "mark",
        ),
        # talks to come: pledged once, on the talks ("meet ... to discuss X" stays the
        # talks on X, graded on "discuss": tests/test_commitments_pass17.py)
        (
            "Seoul and Tokyo will hold talks in Busan next week to coordinate their response.",
            "talks",
            "response",
            "coordinate",
        ),
    ],
)
def test_the_aim_of_an_act_to_come_is_no_pledge_of_its_own(text, pledged_topic, aim, aim_verb):
    graded = _graded(text, DAY)
    pledges = _pledges(graded)
    # the aim is coded and read as the aim (review 19: a row whose aim is not coded checks
    # nothing)
    told = f"{aim_verb!r} is the aim of an act to come"
    assert any(told in c.why for c in graded), graded
    # no second pledge for the aim: no pledge is about the aim's words
    assert all(aim not in c.topic_text for c in pledges), pledges
    if pledged_topic is not None:
        assert pledges, text
        assert all(c.topic == pledged_topic for c in pledges), pledges


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # a demand the trip is for stays a demand (asked of China)
        ("Blinken will travel to Beijing next month to ask China to rein in Pyongyang.", "CHN"),
        ("Moscow said it will send an envoy to Tehran to urge restraint.", None),
    ],
)
def test_a_demand_that_is_the_aim_of_an_act_to_come_stays_a_demand(text, asked):
    demands = [c for c in _graded(text, DAY) if c.kind == "demand"]
    assert demands, text
    if asked:
        assert any((c.promisee or "").startswith(asked) for c in demands), demands


@pytest.mark.parametrize(
    "text",
    [
        # the aim as the pledged act itself, not an aim: "agreed to help" is promised
        "Japan agreed to help the flood victims in Pakistan.",
        # a promise with an aim of its own still stands, on its act
        "South Korea will send a delegation to Kaesong next week to resume the talks.",
    ],
)
def test_the_pledged_act_itself_stays_a_pledge(text):
    assert _pledges(_graded(text, DAY)), text


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Iran agreed to halt uranium enrichment at Fordow and to allow IAEA inspectors to "
            "verify the halt.",
            "iaea_inspections",
            "enrichment_freeze",
        ),
        (
            "Washington wants Iran to halt enrichment at Natanz and to allow international "
            "inspectors back.",
            "iaea_inspections",
            "enrichment_freeze",
        ),
    ],
)
def test_the_second_act_of_a_clause_takes_its_own_topic_first(text, first, second):
    graded = [c for c in _graded(text, DAY) if c.kind in ("promise", "demand")]
    topics = [(c.topic, [o["topic"] for o in c.other_topics]) for c in graded]
    # the freeze event keeps the freeze first, the access event names the inspections first
    assert (second, [first]) in topics, topics
    assert (first, [second]) in topics, topics


def test_a_single_act_with_two_topics_keeps_the_order_of_its_words():
    graded = _pledges(
        _graded(
            "North Korea agreed to a moratorium on uranium enrichment and nuclear tests.",
            DAY,
        )
    )
    assert graded
    assert all(c.topic == "enrichment_freeze" for c in graded), graded


@pytest.mark.parametrize(
    "text",
    [
        "North Korea launched a long-range rocket on Sunday. The Security Council demanded that "
        "Pyongyang conduct no further launches.",
        "Iran test-fired a ballistic missile on Monday. Britain demanded that Tehran halt the "
        "launches.",
        "Japan condemned the missile launch and urged Pyongyang to refrain from further launches.",
    ],
)
def test_launches_halted_take_the_kind_the_story_named(text):
    demands = [c for c in _graded(text, DAY) if c.kind == "demand"]
    assert any(c.topic == "missile_launch_moratorium" for c in demands), demands


@pytest.mark.parametrize(
    "text",
    [
        # no kind named: a company's launches are no missile moratorium
        "The company will launch a new phone next month. It said it would not conduct further "
        "launches this year.",
        # the kind named, but the negation is the speech verb's, not the launches'
        "North Korea launched a rocket on Sunday. Its state media did not mention the launches.",
        # the kind named, but the launches are not halted
        "North Korea launched a rocket on Sunday. Seoul said the North would conduct more "
        "launches.",
    ],
)
def test_launches_with_no_kind_or_not_halted_are_no_moratorium(text):
    graded = _graded(text, DAY)
    assert not [c for c in graded if c.topic == "missile_launch_moratorium"], graded


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "The ministry called on Tehran to release the crew of the seized tanker quickly.",
            "detainee_release",
        ),
        ("Russia agreed to return the fishermen to Japan next week.", "detainee_release"),
        # the infinitive of "press" parsed as a purpose clause under "expected to press"
        (
            "Blinken is expected to press Beijing to show that it is serious about "
            "denuclearization.",
            "denuclearization",
        ),
    ],
)
def test_topics_of_the_demand_sample(text, topic):
    graded = [c for c in _graded(text, DAY) if c.kind in ("promise", "demand")]
    assert any(c.topic == topic for c in graded), graded


@pytest.mark.parametrize(
    "text",
    [
        # coded 163 (impose sanctions) with no sanctions word
        "Canada will freeze the assets of ten Russian oligarchs.",
        "Britain said it would freeze the assets of the militia's leaders.",
    ],
)
def test_an_act_coded_as_sanctions_is_about_sanctions(text):
    graded = _graded(text, DAY)
    assert any(c.topic == "sanctions" for c in graded), graded
