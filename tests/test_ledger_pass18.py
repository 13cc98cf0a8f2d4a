"""The audit of 2026-11-30 after stop 16: on one day, the acts that keep a pledge come before
those that break it. Talks held and broken off on the same day end broken; before, the event
id (a hash) chose which of the day's acts decided. Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.checklists.evaluate import evaluate_checklist
from pledgewatch.checklists.schema import Checklist
from pledgewatch.ledger import (
    CONTRADICTED,
    CONTRADICTS,
    FULFILLED,
    FULFILS,
    ActionLink,
    Mention,
    Pledge,
    actions_for,
    load_pledge,
    pledge_status_at,
    rebuild_ledger,
)
from pledgewatch.store import Store
from tests.test_ledger_story import C, E, add_document, commitment_event

D = dt.date.fromisoformat
END = D("2013-12-31")


def _offer() -> Mention:
    return Mention(
        event_id="offer",
        doc_id="offer",
        sentence_id="offer:0",
        date=D("2011-01-10"),
        kind="offer",
        strength="firm",
        conditional=False,
        hedged=False,
        first_party=True,
        formality="official",
        promisor="PRKGOV",
        promisee="KORGOV",
    )


def _pledge(topic: str, one_off: bool, links: list[tuple[str, str, str]]) -> Pledge:
    """A talks (or summit) pledge offered on 2011-01-10, with links (event id, day, relation)
    in the order given, as a ledger stored before the day's order was fixed kept them."""
    rows = tuple(
        ActionLink(f"PRK:{topic}", event_id, relation, "test", "auto", D(day))
        for event_id, day, relation in links
    )
    return Pledge(f"PRK:{topic}", "PRK", topic, topic, (_offer(),), rows, one_off=one_off)


@pytest.mark.parametrize(
    ("topic", "one_off", "links", "expected", "as_of"),
    [
        # held and broken off on one day, whatever the event ids: broken
        (
            "talks",
            False,
            [("a-walkout", "2011-02-09", CONTRADICTS), ("b-meeting", "2011-02-09", FULFILS)],
            CONTRADICTED,
            "2011-02-10",
        ),
        (
            "talks",
            False,
            [("b-walkout", "2011-02-09", CONTRADICTS), ("a-meeting", "2011-02-09", FULFILS)],
            CONTRADICTED,
            "2011-02-10",
        ),
        # a meeting on a later day keeps it again: only the day's order changed
        (
            "talks",
            False,
            [
                ("a-walkout", "2011-02-09", CONTRADICTS),
                ("b-meeting", "2011-02-09", FULFILS),
                ("c-meeting", "2011-03-01", FULFILS),
            ],
            FULFILLED,
            "2011-03-02",
        ),
        # a one-off pledge kept on the day of a contrary act stays kept
        (
            "summit",
            True,
            [("a-snub", "2011-02-09", CONTRADICTS), ("b-summit", "2011-02-09", FULFILS)],
            FULFILLED,
            "2011-02-10",
        ),
    ],
)
def test_on_one_day_the_breach_comes_after_the_keeping(
    topic: str, one_off: bool, links: list[tuple[str, str, str]], expected: str, as_of: str
) -> None:
    status = pledge_status_at(_pledge(topic, one_off, links), D(as_of))
    assert status.status == expected
    assert status.fulfilled_on == D("2011-02-09")


def test_a_link_orders_by_day_then_keeping_then_breach() -> None:
    later = ActionLink("PRK:talks", "a", FULFILS, "test", "auto", D("2011-02-10"))
    breach = ActionLink("PRK:talks", "a", CONTRADICTS, "test", "auto", D("2011-02-09"))
    keep = ActionLink("PRK:talks", "z", FULFILS, "test", "auto", D("2011-02-09"))
    undated = ActionLink("PRK:talks", "0", FULFILS, "test", "auto", None)
    assert sorted([undated, later, breach, keep], key=lambda lk: lk.order) == [
        keep,
        breach,
        later,
        undated,
    ]


def talks_that_collapse(store: Store) -> None:
    """The North offers talks to the South; a month later the officers meet and the North's
    delegation walks out the same afternoon. The walk-out's document id sorts first, so its
    event id does too."""
    add_document(
        store,
        "offer",
        "2011-01-10",
        [
            (
                "North Korea proposed talks between the two militaries, its army said.",
                [commitment_event(C("talks", kind="offer", promisee="KORGOV", first_party=True))],
            )
        ],
    )
    add_document(
        store,
        "a-collapse",
        "2011-02-09",
        [
            (
                "The North's officers walked out of the meeting before its second session.",
                [E("164", "PRKMIL", "KORMIL", action_text="walked out of the meeting")],
            )
        ],
    )
    add_document(
        store,
        "b-meeting",
        "2011-02-09",
        [
            (
                "Army officers of the two Koreas sat down at the border village on Wednesday.",
                [
                    E("040", "PRKMIL", "KORMIL", action_text="sat down"),
                    E("040", "KORMIL", "PRKMIL", action_text="sat down"),
                ],
            )
        ],
    )


def test_talks_held_and_broken_off_on_one_day_end_broken(store: Store) -> None:
    talks_that_collapse(store)
    rebuild_ledger(store)
    pledge = load_pledge(store, "PRK:talks")
    assert pledge is not None
    assert [lk.relation for lk in pledge.links] == [FULFILS, CONTRADICTS]
    status = pledge_status_at(pledge, END)
    assert (status.status, status.fulfilled_on, status.contradicted_on) == (
        CONTRADICTED,
        D("2011-02-09"),
        D("2011-02-09"),
    )
    assert "contradicted on 2011-02-09" in status.summary


def test_an_action_only_checklist_item_reads_the_day_the_same_way(store: Store) -> None:
    talks_that_collapse(store)
    links = actions_for(store, "PRK", "inter_korean_talks")
    assert [lk.relation for lk in links] == [FULFILS, CONTRADICTS]
    checklist = Checklist.model_validate(
        {
            "name": "north-south",
            "title": "Meet the South",
            "items": [
                {
                    "id": "meetings",
                    "label": "Military talks with the South",
                    "promisor": "PRK",
                    "topic": "inter_korean_talks",
                    "requires_pledge": None,
                    "requires_action": True,
                }
            ],
        }
    )
    item = evaluate_checklist(store, checklist, "2011-02-10", save=False).item("meetings")
    assert item.status == "contradicted"
    assert item.missing[0].startswith("contradicted on 2011-02-09: The North's officers walked out")
