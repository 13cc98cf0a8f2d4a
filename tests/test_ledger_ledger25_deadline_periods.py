"""A pledge kept or broken within the deadline its promisor named is bound to that period: a
later act of the same kind is another occasion, neither keeping nor breaking it, and is not
shown among its links, until the promisor's own words speak of the pledge again
(``ledger.status``). Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.ledger import (
    CONTRADICTED,
    CONTRADICTS,
    FULFILLED,
    FULFILS,
    LAPSED,
    ActionLink,
    Mention,
    Pledge,
    pledge_status_at,
)
from pledgewatch.ledger.records import CONFIRMED
from tests.builders import deadline_mention

D = dt.date.fromisoformat
SAID = "2031-04-09"
DEADLINE = "2031-04-30"  # "later this month"; one month's grace: acts up to 2031-05-31 count
AS_OF = "2033-12-31"


def words(
    event: str, day: str, *, deadline: str | None = DEADLINE, first_party: bool = True
) -> Mention:
    """Ruritania's pledge to hold a naval drill, due by ``deadline``."""
    return deadline_mention(
        event,
        day,
        promisor="RURMIL",
        promisee=None,
        text="Ruritania will hold a naval drill off its coast later this month",
        deadline=deadline,
        first_party=first_party,
    )


def drill(event: str, day: str, *, relation: str = FULFILS, origin: str = "auto") -> ActionLink:
    text = (
        "Ruritania's navy began a drill off its coast"
        if relation == FULFILS
        else "Ruritania called off the naval drill"
    )
    return ActionLink(
        "RUR:military_exercises",
        event,
        relation,
        f"rule military_exercises.{relation}.exercises_held",
        origin,
        D(day),
        doc_id=event.split(":")[0],
        sentence_id=":".join(event.split(":")[:2]),
        text=text,
        source="RURMIL",
    )


def status_of(*items: Mention | ActionLink, as_of: str = AS_OF):
    mentions = tuple(i for i in items if isinstance(i, Mention))
    links = tuple(i for i in items if isinstance(i, ActionLink))
    pledge = Pledge(
        "RUR:military_exercises", "RUR", "military_exercises", "Exercises", mentions, links
    )
    return pledge_status_at(pledge, D(as_of))


PROMISE = words("said:1:0", SAID)
KEPT = drill("held:1:0", "2031-04-20")
KEPT_LATE = drill("late:1:0", "2031-05-20")
NEXT_YEAR = drill("nextyear:1:0", "2032-03-10")
CALLED_OFF = drill("off:1:0", "2031-04-22", relation=CONTRADICTS)


@pytest.mark.parametrize(
    ("items", "status", "shown", "hidden"),
    [
        # kept in its month: next year's drill is another occasion, not shown
        ((PROMISE, KEPT, NEXT_YEAR), FULFILLED, [KEPT], [NEXT_YEAR]),
        # kept late, within the grace: next year's drill is still another occasion
        ((PROMISE, KEPT_LATE, NEXT_YEAR), FULFILLED, [KEPT_LATE], [NEXT_YEAR]),
        # a second drill inside the period still answers the pledge
        ((PROMISE, KEPT, drill("again:1:0", "2031-05-25")), FULFILLED, [KEPT], []),
        # broken in its month: a drill the next year does not mend it
        ((PROMISE, CALLED_OFF, NEXT_YEAR), CONTRADICTED, [CALLED_OFF], [NEXT_YEAR]),
        # others' words afterwards do not widen it
        (
            (
                PROMISE,
                KEPT,
                words("recap:1:0", "2031-09-01", deadline=None, first_party=False),
                NEXT_YEAR,
            ),
            FULFILLED,
            [KEPT],
            [NEXT_YEAR],
        ),
    ],
)
def test_an_act_after_the_period_of_a_met_deadline_is_another_occasion(
    items, status: str, shown: list[ActionLink], hidden: list[ActionLink]
) -> None:
    result = status_of(*items)
    assert result.status == status
    for link in shown:
        assert link in result.links
    for link in hidden:
        assert link not in result.links
        assert all(e.sentence != link.sentence_id for e in result.evidence)


def test_the_met_deadline_stays_the_day_it_was_kept() -> None:
    result = status_of(PROMISE, KEPT, NEXT_YEAR)
    assert result.fulfilled_on == KEPT.date
    assert "fulfilled on 2031-04-20" in result.summary
    (deciding,) = [e for e in result.evidence if e.decides]
    assert deciding.sentence == KEPT.sentence_id


def test_the_promisors_own_words_again_open_the_pledge_to_later_acts() -> None:
    again = words("again:1:0", "2031-09-01", deadline=None)  # "will keep holding drills"
    result = status_of(PROMISE, KEPT, again, NEXT_YEAR)
    assert result.status == FULFILLED
    assert NEXT_YEAR in result.links


def test_a_new_deadline_of_its_own_binds_the_pledge_to_the_new_period() -> None:
    again = words("again:1:0", "2032-03-01", deadline="2032-03-31")
    result = status_of(PROMISE, KEPT, again, NEXT_YEAR, drill("later:1:0", "2033-06-01"))
    assert result.status == FULFILLED
    assert NEXT_YEAR in result.links
    assert all(lk.event_id != "later:1:0" for lk in result.links)


def test_an_analysts_link_after_the_period_stands() -> None:
    confirmed = drill("nextyear:1:0", "2032-03-10", origin=CONFIRMED)
    result = status_of(PROMISE, KEPT, confirmed)
    assert confirmed in result.links


@pytest.mark.parametrize(
    ("items", "status", "shown"),
    [
        # no deadline named: every later drill is the pledge's
        ((words("open:1:0", SAID, deadline=None), KEPT, NEXT_YEAR), FULFILLED, [KEPT, NEXT_YEAR]),
        # lapsed, then a drill long after: shown (did it come at all?), changes nothing
        ((PROMISE, NEXT_YEAR), LAPSED, [NEXT_YEAR]),
    ],
)
def test_unchanged_without_a_met_deadline(items, status: str, shown: list[ActionLink]) -> None:
    result = status_of(*items)
    assert result.status == status
    for link in shown:
        assert link in result.links


def test_as_of_a_day_inside_the_period_nothing_is_set_aside() -> None:
    result = status_of(PROMISE, KEPT, drill("again:1:0", "2031-05-25"), as_of="2031-05-26")
    assert [lk.event_id for lk in result.links] == ["held:1:0", "again:1:0"]
