"""Ledger28: an act after the period of a deadline its pledge met is not stored as the pledge's
link. "Will hold a naval exercise later this month", kept that month: the next year's drill is
another occasion. The status replay already set it aside when shown (ledger25, ledger27); now
the linking does not store it either (``status.acts_beyond_their_period``,
``linking.link_pledges``), so the stored links, the exports, the web pages and ``ledger``
agree. Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from pledgewatch.ledger import (
    CONTRADICTS,
    FULFILS,
    ActionLink,
    Mention,
    Pledge,
    ledger_frame,
    load_pledge,
    pledge_status_at,
    rebuild_ledger,
)
from pledgewatch.ledger.records import CONFIRMED, MANUAL
from pledgewatch.ledger.status import acts_beyond_their_period
from pledgewatch.store import Store, schema
from pledgewatch.web.context import ViewContext
from pledgewatch.web.ledger_view import pledge_detail
from tests.builders import deadline_mention
from tests.test_ledger_story import C, E, add_document, commitment_event

D = dt.date.fromisoformat


def words(event: str, day: str, *, deadline: str | None, first_party: bool = True) -> Mention:
    """Freedonia's navy promises a drill off its coast, due by ``deadline``."""
    return deadline_mention(
        event,
        day,
        promisor="FRDMIL",
        promisee=None,
        text="Freedonia will stage a drill off its coast before the month is out",
        deadline=deadline,
        first_party=first_party,
    )


def drill(event: str, day: str, *, relation: str = FULFILS, origin: str = "auto") -> ActionLink:
    return ActionLink(
        "FRD:military_exercises",
        event,
        relation,
        f"rule military_exercises.{relation}",
        origin,
        D(day),
        doc_id=event.split(":")[0],
        sentence_id=":".join(event.split(":")[:2]),
        text="Freedonia's navy staged a drill" if relation == FULFILS else "called off the drill",
        source="FRDMIL",
    )


SAID = words("said:1:0", "2034-10-03", deadline="2034-10-31")  # grace to 2034-12-01
HELD = drill("held:1:0", "2034-10-19")
LATE = drill("late:1:0", "2034-11-20")
OFF = drill("off:1:0", "2034-10-10", relation=CONTRADICTS)
SPRING = drill("spring:1:0", "2035-04-02")
AUTUMN = drill("autumn:1:0", "2036-10-05")


@pytest.mark.parametrize(
    ("items", "beyond"),
    [
        # kept in its month: the next spring's drill and the one two years on are other occasions
        ((SAID, HELD, SPRING, AUTUMN), {"spring:1:0", "autumn:1:0"}),
        # kept late, within the grace: the same
        ((SAID, LATE, SPRING), {"spring:1:0"}),
        # broken in its month: a drill the next spring neither mends nor breaks it again
        ((SAID, OFF, SPRING), {"spring:1:0"}),
        # a second drill inside the period still answers it
        ((SAID, HELD, drill("second:1:0", "2034-11-25")), set()),
        # others recalling it afterwards do not widen the period
        (
            (
                SAID,
                HELD,
                words("recap:1:0", "2035-01-08", deadline=None, first_party=False),
                SPRING,
            ),
            {"spring:1:0"},
        ),
        # the promisor's own words again open it to later acts
        ((SAID, HELD, words("again:1:0", "2035-01-08", deadline=None), SPRING), set()),
        # a new deadline of its own binds it to the new period: only the act after that one
        (
            (SAID, HELD, words("again:1:0", "2035-03-01", deadline="2035-03-31"), SPRING, AUTUMN),
            {"autumn:1:0"},
        ),
        # no deadline named: every act answers it
        ((words("said:1:0", "2034-10-03", deadline=None), HELD, SPRING), set()),
        # lapsed with no act: a late act is shown (it answers whether the act came at all)
        ((SAID, SPRING), set()),
        # an analyst's confirmed or added link after the period stands
        ((SAID, HELD, drill("spring:1:0", "2035-04-02", origin=CONFIRMED)), set()),
        ((SAID, HELD, drill("spring:1:0", "2035-04-02", origin=MANUAL)), set()),
    ],
)
def test_acts_beyond_the_period_of_a_met_deadline(
    items: tuple[Mention | ActionLink, ...], beyond: set[str]
) -> None:
    pledge = Pledge(
        "FRD:military_exercises",
        "FRD",
        "military_exercises",
        "Exercises",
        tuple(i for i in items if isinstance(i, Mention)),
        tuple(i for i in items if isinstance(i, ActionLink)),
    )
    assert acts_beyond_their_period(pledge) == beyond
    # exactly what no status shows, at the end of the story
    shown = {lk.event_id for lk in pledge_status_at(pledge, D("2037-12-31")).links}
    assert beyond == {lk.event_id for lk in pledge.links} - shown


PLEDGE = "FRD:military_exercises"
AS_OF = dt.date(2037, 12, 31)


def _story(store: Store) -> dict[str, str]:
    """Freedonia's navy promises a drill "before the month is out" (October 2034), stages it
    that month, and stages its yearly drill again in April 2035 and October 2036."""
    said = add_document(
        store,
        "frd-said",
        "2034-10-03",
        [
            (
                "Freedonia's navy said it would stage a drill off its coast later this month.",
                [
                    commitment_event(
                        C(
                            "military_exercises",
                            promisor="FRDMIL",
                            promisee=None,
                            first_party=True,
                            formality="official",
                            topic_text="a drill",
                        )
                    )
                ],
            )
        ],
    )
    ids = {"said": said[0]}
    for name, day, text in [
        ("held", "2034-10-19", "began a drill off its coast"),
        ("spring", "2035-04-02", "began its yearly drill off its coast"),
        ("autumn", "2036-10-05", "began another drill off its coast"),
    ]:
        (ids[name],) = add_document(
            store,
            f"frd-{name}",
            day,
            [(f"Freedonia's navy {text}.", [E("150", "FRDMIL", None, action_text=text)])],
        )
    return ids


def test_the_store_the_exports_and_the_page_hold_only_the_period_s_act(store: Store) -> None:
    ids = _story(store)
    summary = rebuild_ledger(store)
    pledge = load_pledge(store, PLEDGE)
    assert pledge is not None
    assert pledge.mentions[0].deadline == dt.date(2034, 10, 31)
    with store.reading() as connection:
        stored = set(
            connection.execute(
                select(schema.action_links.c.event_id).where(
                    schema.action_links.c.pledge_id == PLEDGE
                )
            ).scalars()
        )
    assert stored == {ids["held"]}
    assert [lk.event_id for lk in pledge.links] == [ids["held"]]
    assert summary.links == 1
    status = pledge_status_at(pledge, AS_OF)
    assert [lk.event_id for lk in status.links] == [ids["held"]]
    detail = pledge_detail(ViewContext(store), PLEDGE, as_of=AS_OF)
    assert [action.event.id for action in detail.actions] == [ids["held"]]
    frame = ledger_frame(store, as_of=AS_OF)  # what the CSV/JSON exports write
    row = frame[frame["id"] == PLEDGE].iloc[0]
    assert row["status"] == "fulfilled"
    assert str(row["fulfilled_on"]).startswith("2034-10-19")
