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
