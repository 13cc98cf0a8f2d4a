"""Ledger27: a pledge's page lists the acts its status shows, as ``ledger --json`` and the
exports do, not every stored link: the next year's drill, stored as a link of "a naval exercise
later this month" that the month's exercise kept, is set aside by the replay and is not listed as
keeping it. (Since ledger28 the linking does not store it either:
tests/test_ledger28_period_links.py.)
Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from pledgewatch.ledger import load_pledge, pledge_status_at, rebuild_ledger
from pledgewatch.store import Store, schema
from pledgewatch.web.context import ViewContext
from pledgewatch.web.ledger_view import pledge_detail
from tests.test_ledger_story import C, E, add_document, commitment_event

PLEDGE = "LKL:military_exercises"
AS_OF = dt.date(2021, 12, 31)


def _drills(store: Store) -> dict[str, str]:
    """Lakeland's navy promises a naval exercise "later this month" (June 2019), holds it that
    month, and holds its annual exercise again in March 2021."""
    said = add_document(
        store,
        "said",
        "2019-06-04",
        [
            (
                "Lakeland's navy said it would hold a naval exercise off its coast "
                "later this month.",
                [
                    commitment_event(
                        C(
                            "military_exercises",
                            promisor="LKLMIL",
                            promisee=None,
                            first_party=True,
                            formality="official",
                            topic_text="a naval exercise",
                        )
                    )
                ],
            )
        ],
    )
    held = add_document(
        store,
        "held",
        "2019-06-21",
        [
            (
                "Lakeland's navy began a naval exercise off its coast.",
                [E("150", "LKLMIL", None, action_text="began a naval exercise")],
            )
        ],
    )
    again = add_document(
        store,
        "again",
        "2021-03-15",
        [
            (
                "Lakeland's navy began its annual naval exercise off its coast.",
                [E("150", "LKLMIL", None, action_text="began its annual naval exercise")],
            )
        ],
    )
    return {"said": said[0], "held": held[0], "again": again[0]}


def test_the_pledge_page_lists_only_the_acts_its_status_shows(store: Store) -> None:
    ids = _drills(store)
    rebuild_ledger(store)
    pledge = load_pledge(store, PLEDGE)
    assert pledge is not None
    assert pledge.mentions[0].deadline == dt.date(2019, 6, 30)
    with store.reading() as connection:
        stored = set(
            connection.execute(
                select(schema.action_links.c.event_id).where(
                    schema.action_links.c.pledge_id == PLEDGE
                )
            ).scalars()
        )
    # the later drill is set aside by the replay and, since ledger28, not stored either
    assert stored == {ids["held"]}
    status = pledge_status_at(pledge, AS_OF)
    assert [lk.event_id for lk in status.links] == [ids["held"]]
    detail = pledge_detail(ViewContext(store), PLEDGE, as_of=AS_OF)
    assert [action.event.id for action in detail.actions] == [ids["held"]]
    assert [action.relation for action in detail.actions] == ["fulfils"]
