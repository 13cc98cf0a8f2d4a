"""The promisor's own retraction told again later as an act ("Last month, Tehran said the talks
were over") is one statement: it is not stored as a contradicting link beside the retraction,
and the pledge reads retracted, not contradicted (``ledger.retold_retractions``). A breach the
report tells without a word of statement (a walkout), or a statement on another day, stays a
link. Every sentence is written for these tests."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from pledgewatch.ledger import (
    CONTRADICTED,
    RETRACTED,
    load_pledge,
    pledge_status_at,
    rebuild_ledger,
)
from pledgewatch.store import Store
from tests.test_ledger_story import C, E, add_document, commitment_event

D = dt.date.fromisoformat


def _refusal(formality: str, topic_text: str) -> E:
    """Tehran's own "the talks are over" (164), told at ``formality``."""
    return commitment_event(
        C(
            "talks",
            kind="refusal",
            strength="refused",
            promisor="IRNGOV",
            promisee=None,
            first_party=True,
            formality=formality,
            topic_text=topic_text,
        ),
        cameo="164",
    )


def _pledge_and_retraction(store: Store) -> None:
    add_document(
        store,
        "offer",
        "2034-01-10",
        [
            (
                "Tehran will attend the talks in Oslo, the ministry said.",
                [
                    commitment_event(
                        C(
                            "talks",
                            promisor="IRNGOV",
                            promisee=None,
                            first_party=True,
                            formality="formal",
                            topic_text="the talks in Oslo",
                        )
                    )
                ],
            )
        ],
    )
    add_document(
        store,
        "statement",
        "2034-02-14",
        [
            (
                "The Oslo talks are over.",
                [_refusal("formal", "The Oslo talks")],
            )
        ],
    )


@pytest.mark.parametrize(
    ("sentence", "day", "precision", "stored", "status"),
    [
        (
            "Last month, Tehran said the Oslo talks were over.",
            "2034-02-01",
            "month",
            False,
            RETRACTED,
        ),
        ("In mid-February Tehran declared the talks dead.", "2034-02-14", "day", False, RETRACTED),
        (
            "Last month, Tehran's delegation walked out of the talks.",
            "2034-02-01",
            "month",
            True,
            CONTRADICTED,
        ),
        ("On 20 February Tehran said the talks were over.", "2034-02-20", "day", True, RETRACTED),
        # "States" names a country, not a statement: the walkout stays a breach
        (
            "Last month, Tehran walked out of its talks with the United States.",
            "2034-02-01",
            "month",
            True,
            CONTRADICTED,
        ),
    ],
)
def test_a_retraction_told_again_is_shown_once(
    store: Store, sentence: str, day: str, precision: str, stored: bool, status: str
) -> None:
    _pledge_and_retraction(store)
    act = E(
        cameo="164",
        source="IRNGOV",
        action_text="ended talks",
        date=D(day),
        date_precision=precision,
    )
    add_document(store, "analysis", "2034-03-05", [(sentence, [act])])
    rebuild_ledger(store)
    pledge = load_pledge(store, "IRN:talks")
    assert pledge is not None
    assert ("analysis:0:0" in {lk.event_id for lk in pledge.links}) is stored
    assert pledge_status_at(pledge, D("2034-03-31")).status == status


def test_a_retraction_retold_to_its_month_leaves_the_statements_day_deciding(store: Store) -> None:
    """'Last month, Tehran said the talks were over' (a refusal known to the month) retells the
    statement of 14 February: the pledge is retracted on the 14th, not on the 1st."""
    _pledge_and_retraction(store)
    retold = _refusal("reported", "the Oslo talks")
    retold = dataclasses.replace(retold, date=D("2034-02-01"), date_precision="month")
    add_document(
        store,
        "analysis",
        "2034-03-05",
        [("Last month, Tehran said the Oslo talks were over.", [retold])],
    )
    rebuild_ledger(store)
    pledge = load_pledge(store, "IRN:talks")
    assert pledge is not None
    status = pledge_status_at(pledge, D("2034-03-31"))
    assert status.status == RETRACTED
    assert status.retracted_on == D("2034-02-14")
