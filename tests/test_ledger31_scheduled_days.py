"""Ledger31: a pledge its words date to a day ahead of its report ("the navy will join the drills
from Sunday", said on a Wednesday) is due within the week from that day
(``deadlines.scheduled_day``): the drill that week keeps it, and, as after a named deadline's
period (ledger28), a drill months later is another act, neither stored nor shown as keeping it.
Before, such a pledge named no period, so the promisor's words lifted the period of its earlier
pledge and every later drill was linked to it. Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from pledgewatch.ledger import load_pledge, pledge_status_at, rebuild_ledger
from pledgewatch.ledger.deadlines import scheduled_day
from pledgewatch.store import Store, schema
from tests.test_ledger_story import C, E, add_document, commitment_event

D = dt.date.fromisoformat


@pytest.mark.parametrize(
    ("day", "anchor", "precision", "due", "grace"),
    [
        # said on a Wednesday, dated to the Sunday it names: due within that week
        ("2034-11-26", "2034-11-22", "day", "2034-12-02", 7),
        # the next day ("will attend on Friday", said on Thursday)
        ("2029-05-18", "2029-05-17", "day", "2029-05-24", 7),
        # dated to its report's day, or before it: no day ahead, no period read here
        ("2034-11-22", "2034-11-22", "day", None, 0),
        ("2034-11-20", "2034-11-22", "day", None, 0),
        # dated only to a week, month or year ahead: its phrase, if any, names the deadline
        ("2034-11-27", "2034-11-22", "week", None, 0),
        ("2034-12-01", "2034-11-22", "month", None, 0),
        # nothing to read
        (None, "2034-11-22", "day", None, 0),
        ("2034-11-26", None, "day", None, 0),
    ],
)
def test_a_day_ahead_of_the_report_is_due_within_its_week(
    day: str | None, anchor: str | None, precision: str, due: str | None, grace: int
) -> None:
    found = scheduled_day(D(day) if day else None, D(anchor) if anchor else None, precision)
    if due is None:
        assert found is None
    else:
        assert found is not None
        assert (found.day, found.grace.days) == (D(due), grace)


PLEDGE = "FRD:military_exercises"


def _navy(**values: object) -> C:
    base: dict[str, object] = {
        "promisor": "FRDMIL",
        "promisee": None,
        "first_party": True,
        "formality": "official",
        "topic_text": "a drill",
    }
    base.update(values)
    return C("military_exercises", **base)  # type: ignore[arg-type]


def _drill(store: Store, name: str, day: str, text: str) -> str:
    (event,) = add_document(
        store,
        f"frd-{name}",
        day,
        [(f"Freedonia's navy {text}.", [E("150", "FRDMIL", None, action_text=text)])],
    )
    return event


def _story(store: Store, *, scheduled: bool = True) -> dict[str, str]:
    """Freedonia's navy promises a drill "later this month" (July 2034) and stages it; on
    Wednesday 22 November it announces it will join Ruritania's ships for drills in the gulf
    "from Sunday" (dated 26 November); the drills are told on their second day; the navy's
    yearly drill follows the next August and another in March 2036."""
    add_document(
        store,
        "frd-july",
        "2034-07-20",
        [
            (
                "Freedonia's navy said it would stage a drill off its coast later this month.",
                [commitment_event(_navy())],
            )
        ],
    )
    ids = {"july": _drill(store, "july-drill", "2034-07-26", "began a drill off its coast")}
    announced = commitment_event(_navy())
    if scheduled:
        announced.date = D("2034-11-26")
    add_document(
        store,
        "frd-announce",
        "2034-11-22",
        [
            (
                "Freedonia's navy announced that its frigates will join Ruritanian ships for "
                "drills in the gulf from Sunday.",
                [announced],
            )
        ],
    )
    ids["gulf"] = _drill(
        store, "gulf", "2034-11-27", "continued its drills in the gulf for a second day"
    )
    ids["yearly"] = _drill(store, "yearly", "2035-08-14", "began its yearly drill")
    ids["spring"] = _drill(store, "spring", "2036-03-10", "began a spring drill")
    return ids


def _stored(store: Store) -> set[str]:
    with store.reading() as connection:
        return set(
            connection.execute(
                select(schema.action_links.c.event_id).where(
                    schema.action_links.c.pledge_id == PLEDGE
                )
            ).scalars()
        )


def test_later_drills_do_not_keep_a_drill_announced_for_a_day(store: Store) -> None:
    ids = _story(store)
    rebuild_ledger(store)
    assert _stored(store) == {ids["july"], ids["gulf"]}
    pledge = load_pledge(store, PLEDGE)
    assert pledge is not None
    announcement = next(m for m in pledge.mentions if m.doc_id == "frd-announce")
    # said on its report's day (ledger33: a pledge is never dated after its report); the day
    # its words name stays as what the act is scheduled for, and its week as the deadline
    assert (announcement.date, announcement.scheduled_for, announcement.deadline) == (
        D("2034-11-22"),
        "2034-11-26",
        D("2034-12-02"),
    )
    status = pledge_status_at(pledge, D("2036-12-31"))
    assert status.status == "fulfilled"
    assert [lk.event_id for lk in status.links] == [ids["july"], ids["gulf"]]
    # the second day's telling is kept within the week, not late
    assert "after its deadline" not in status.summary


def test_an_announcement_dated_to_its_report_s_day_still_opens_the_pledge(store: Store) -> None:
    """Words dated to their own day ("will join drills", no day named) name no period: the
    promisor's words again open the pledge to later acts, as before."""
    ids = _story(store, scheduled=False)
    rebuild_ledger(store)
    assert _stored(store) == set(ids.values())


def test_a_day_passed_with_no_act_lapses_the_pledge(store: Store) -> None:
    """Nothing told in the week from the day named: the pledge lapsed the next day."""
    announced = commitment_event(_navy())
    announced.date = D("2034-11-26")
    add_document(
        store,
        "frd-announce",
        "2034-11-22",
        [("Freedonia's navy will hold drills in the gulf from Sunday.", [announced])],
    )
    rebuild_ledger(store)
    pledge = load_pledge(store, PLEDGE)
    assert pledge is not None
    status = pledge_status_at(pledge, D("2035-12-31"))
    assert status.status == "lapsed"
    assert status.deadline == D("2034-12-02")
    assert status.summary.endswith(
        "lapsed after its deadline 2034-12-02 ('the week from 2034-11-26', said on 2034-11-22)"
        " with no act"
    )
