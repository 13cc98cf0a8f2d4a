"""A campaign of one's own for a measure ("Santiago would work for tougher sanctions at the
United Nations") is the campaigner's promise, its promisee the party the measure would hit (named
in the phrase, else the state the story names most), not a demand on the forum
(``commitments.own_campaigns``, ``data/commitments/own_campaigns.yaml``; ledger audit 30,
grading audit seed 65 #25; grader41). Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2026, 2, 10)
LEAD = "Bolivia conducted its third nuclear test on Tuesday, defying Peru and Chile. "


def _last(text: str) -> tuple[str, str | None, str | None, str]:
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    last = events[-1].sentence_id
    graded = [
        c
        for e in events
        if e.sentence_id == last and (c := e.commitment) is not None and c.kind != "statement"
    ]
    assert len(graded) == 1, graded
    c = graded[0]
    return (c.kind, c.promisor and c.promisor[:3], c.promisee, c.topic)


CAMPAIGNS = [
    (
        LEAD + "Chilean officials said Santiago would work for tougher sanctions at the United "
        "Nations.",
        ("promise", "CHL", "BOL", "sanctions"),
    ),
    (
        "Peru will push for new sanctions against Bolivia at the Security Council.",
        ("promise", "PER", "BOL", "sanctions"),
    ),
]


@pytest.mark.parametrize(("text", "graded"), CAMPAIGNS)
def test_a_campaign_of_ones_own_for_a_measure_is_a_promise(text: str, graded: tuple) -> None:
    assert _last(text) == graded


ASKED = [
    (
        LEAD + "Chile urged the Security Council to impose tougher sanctions on Bolivia.",
        ("demand", "CHL", "IGOUNO", "sanctions"),
    ),
    (
        LEAD + "Peru pushed for sanctions at the United Nations.",
        ("demand", "PER", "IGOUNO", "sanctions"),
    ),
]


@pytest.mark.parametrize(("text", "graded"), ASKED)
def test_asking_a_forum_or_a_past_campaign_stays_a_demand(text: str, graded: tuple) -> None:
    assert _last(text) == graded


# mend24b: a perfect ("would have worked") tells what was done, as a deadline's verb does
# (conditions.looks_ahead); before, any "would" among the auxiliaries made it a campaign to come
PERFECT = [
    LEAD + "Chilean officials said Santiago would have worked for tougher sanctions at the "
    "United Nations.",
    LEAD + "Peru says it would have pushed for sanctions against Bolivia at the Security Council.",
]


@pytest.mark.parametrize("text", PERFECT)
def test_a_campaign_in_the_perfect_is_no_promise(text: str) -> None:
    assert _last(text)[0] != "promise"


def test_the_campaign_lists_are_read_once() -> None:
    """mend24b: one cached read of the file (the per-key cache of size 1 re-read it per key)."""
    from pledgewatch.commitments.own_campaigns import campaign_words

    campaign_words.cache_clear()
    first = campaign_words()
    assert campaign_words() is first
    assert "work" in first.campaign_verbs and first.campaign_prepositions == {"for"}
    assert campaign_words.cache_info().misses == 1
