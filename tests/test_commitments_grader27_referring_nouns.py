"""A bare definite noun that names again a thing the story named in full takes that phrase's
topic ("keep its promise not to shut down the complex again", after "the Kaesong industrial
complex"): same head noun, earlier in the story, "the" or a demonstrative, and a topic of the
fuller phrase's own (grader27, issue 1). Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_commitments_grader import _graded

pytestmark = pytest.mark.model

DAY = dt.date(2014, 3, 10)


def _pledges(graded):
    return [c for c in graded if c.kind in ("promise", "offer", "demand", "refusal")]


@pytest.mark.parametrize(
    ("text", "promisor", "topic"),
    [
        # an earlier sentence the coder does not parse (no event in it)
        (
            "The Kaesong industrial complex stayed closed for months. "
            "Pyongyang promised never to close the complex again.",
            "PRKGOV",
            "inter_korean_agreements",
        ),
        # an earlier sentence with an event of its own
        (
            "North Korea shut the Kaesong industrial complex in April. "
            "Pyongyang said it would keep its promise not to shut down the complex again.",
            "PRKGOV",
            "inter_korean_agreements",
        ),
        (
            "The United Nations appealed for relief supplies for the flood victims. "
            "The United States will fund the supplies.",
            "USA",
            "humanitarian_aid",
        ),
        (
            "North Korea restarted the Yongbyon reactor in 2013. "
            "Pyongyang agreed to shut the reactor.",
            "PRKGOV",
            "yongbyon_activities",
        ),
        # a general topic in the clause ("talks") gives way to the fuller naming's own
        (
            "The six-party talks stalled in 2008. North Korea said it would return to the talks.",
            "PRK",
            "six_party_talks",
        ),
        (
            "Japan sent 500 tons of food aid in May. Tokyo promised to send more of the aid.",
            "JPNGOV",
            "food_aid",
        ),
        # a demonstrative refers back as well
        (
            "Seoul closed the Kaesong industrial complex last week. "
            "North Korea demanded that Seoul reopen this complex.",
            "PRK",
            "inter_korean_agreements",
        ),
    ],
)
def test_a_definite_noun_takes_the_topic_of_its_fuller_naming(text, promisor, topic):
    pledges = [c for c in _pledges(_graded(text, DAY)) if c.promisor == promisor]
    assert pledges, _graded(text, DAY)
    assert all(c.topic == topic for c in pledges), pledges


@pytest.mark.parametrize(
    "text",
    [
        # the fuller naming has no topic of its own: nothing to take
        "China is building a new complex near the border. "
        "Beijing promised to open the complex next year.",
        # an indefinite noun names a new thing
        "The Kaesong industrial complex stayed closed for months. "
        "Pyongyang promised to build a complex near Sinuiju.",
        # a noun with words of its own is its own naming
        "The Kaesong industrial complex stayed closed for months. "
        "Pyongyang promised to open the new sports complex next year.",
        # no fuller naming before it (only after)
        "Pyongyang promised to open the complex next year. "
        "The Kaesong industrial complex stayed closed for months.",
    ],
)
def test_no_topic_without_a_fuller_naming_before_it(text):
    pledges = _pledges(_graded(text, DAY))
    assert pledges, text
    assert "inter_korean_agreements" not in [c.topic for c in pledges], pledges


@pytest.mark.parametrize(
    "text",
    [
        # a clause with a general topic of its own takes the fuller naming only for what it
        # acts on: "the talks were useful" is the story's own meeting
        "The six-party talks stalled in 2008. Lavrov met Kim Kye Gwan in Moscow on Monday. "
        "Lavrov said the talks were useful.",
    ],
)
def test_a_general_topic_is_kept_for_the_storys_own_occasion(text):
    graded = _graded(text, DAY)
    assert graded, text
    assert "six_party_talks" not in [c.topic for c in graded], graded
