"""A refusal of another's offer is addressed to the offer's maker, named as the offer's
possessor or by its "from" or "by"; a predicative "as" phrase on the refused thing ("dismissed
the offer as a stunt") is the refuser's judgement, no part of the topic (grader28, issue 4).
Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_commitments_grader import _graded

pytestmark = pytest.mark.model

DAY = dt.date(2014, 3, 10)


def _refusals(text):
    return [c for c in _graded(text, DAY) if c.kind == "refusal"]


@pytest.mark.parametrize(
    ("text", "refuser", "maker"),
    [
        ("Seoul dismisses North's talks offer as propaganda", "KORGOV", "PRK"),
        ("Tokyo rejected Beijing's proposal as a stunt.", "JPNGOV", "CHNGOV"),
        ("Hanoi turned down Beijing's border proposal on Monday.", "VNMGOV", "CHNGOV"),
    ],
)
def test_a_refused_offer_is_refused_to_its_maker(text, refuser, maker):
    refusals = [c for c in _refusals(text) if c.promisor == refuser]
    assert refusals, _graded(text, DAY)
    assert all(c.promisee == maker for c in refusals), refusals


@pytest.mark.parametrize(
    ("text", "topic_text"),
    [
        ("Seoul dismisses North's talks offer as propaganda", "North's talks offer"),
        (
            "Tokyo rejected Beijing's border talks proposal as a stunt.",
            "Beijing's border talks proposal",
        ),
    ],
)
def test_a_predicative_as_phrase_is_no_part_of_the_topic(text, topic_text):
    refusals = _refusals(text)
    assert refusals, _graded(text, DAY)
    assert all(c.topic_text == topic_text for c in refusals), refusals


def test_such_as_stays_in_the_topic():
    # "such as" lists the kinds of the thing: it is the thing's own words
    graded = _graded("Iran agreed to halt sensitive activities such as uranium enrichment.", DAY)
    assert any("such as uranium enrichment" in c.topic_text for c in graded), graded


def test_a_refusal_of_ones_own_side_keeps_no_promisee():
    # a refusal of no one's offer has no one to address
    refusals = _refusals("Seoul rejected the plan as too costly.")
    assert all(c.promisee is None for c in refusals), refusals
