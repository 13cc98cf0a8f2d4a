"""One act told to its day and to its period: "talks in Vienna last week" (a week) or "since
Ruritania shelled the port last March" (a month) tell the act another sentence dates to its
day, and are one link (``acts.same_act_in_period``). Every sentence is written for these
tests."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from pledgewatch.ledger import CONTRADICTS, FULFILS, ActionLink
from pledgewatch.ledger.acts import one_link_per_act, same_act_in_period

D = dt.date.fromisoformat
TALKS = "rule talks.fulfils.talks_held: CAMEO 046*"


def talks(
    doc: str,
    day: str,
    *,
    precision: str = "day",
    target: str | None = "BDR",
    relation: str = FULFILS,
    origin: str = "auto",
    act: str = "talks.fulfils.talks_held",
) -> ActionLink:
    """Ruritania's talks with Borduria, told by sentence 1 of report ``doc``."""
    return ActionLink(
        "RUR:talks",
        f"{doc}:1:0",
        relation,
        TALKS,
        origin,
        D(day),
        doc_id=doc,
        sentence_id=f"{doc}:1",
        text=f"{doc} tells the talks",
        cameo="046",
        source="RUR",
        target=target,
        date_precision=precision,
        reported=D(day),
        act=act,
    )


#: "Envoys of Ruritania and Borduria began talks in Vienna on Thursday" (2031-10-23)
THURSDAY = talks("vienna", "2031-10-23")
#: "The accord followed talks in Vienna last week ..." in a report of 2031-10-29
LAST_WEEK = talks("accord", "2031-10-20", precision="week")


@pytest.mark.parametrize(
    ("coarse", "day", "same"),
    [
        (LAST_WEEK, THURSDAY, True),
        (talks("recap", "2031-10-01", precision="month"), THURSDAY, True),
        (talks("recap", "2031-01-01", precision="year"), THURSDAY, True),
        (LAST_WEEK, talks("later", "2031-10-27"), False),  # the day after the week
        (LAST_WEEK, dataclasses.replace(THURSDAY, target="KOR"), False),  # other parties
        (LAST_WEEK, dataclasses.replace(THURSDAY, relation=CONTRADICTS), False),
        (LAST_WEEK, dataclasses.replace(THURSDAY, act="talks.fulfils.other_kind"), False),
        (LAST_WEEK, talks("other-week", "2031-10-22", precision="week"), False),  # no day
        (THURSDAY, talks("again", "2031-10-23"), False),  # two days: other steps' business
    ],
)
def test_same_act_in_period(coarse: ActionLink, day: ActionLink, same: bool) -> None:
    assert same_act_in_period(coarse, day) is same


def test_the_days_link_stands_and_lists_the_weeks_telling() -> None:
    (kept,) = one_link_per_act([LAST_WEEK, THURSDAY])
    assert kept.event_id == THURSDAY.event_id
    assert kept.also_reported == (
        (LAST_WEEK.event_id, LAST_WEEK.doc_id, LAST_WEEK.sentence_id, LAST_WEEK.text),
    )


def test_a_months_telling_in_the_same_report_is_told_again() -> None:
    recap = dataclasses.replace(
        talks("vienna", "2031-10-01", precision="month"),
        event_id="vienna:5:0",
        sentence_id="vienna:5",
    )
    (kept,) = one_link_per_act([THURSDAY, recap])
    assert kept.event_id == THURSDAY.event_id
    assert kept.also_told == ((recap.event_id, recap.sentence_id, recap.text),)


def test_with_two_acts_of_its_kind_in_the_period_the_coarse_telling_stays() -> None:
    monday = talks("geneva", "2031-10-20")
    links = one_link_per_act([LAST_WEEK, monday, THURSDAY])
    assert LAST_WEEK.event_id in {lk.event_id for lk in links}
    assert len(links) == 3


def test_a_coarse_telling_with_no_day_in_its_period_stays() -> None:
    links = one_link_per_act([talks("secret", "2031-05-01", precision="month"), THURSDAY])
    assert len(links) == 2


def test_an_analysts_coarse_link_stands() -> None:
    confirmed = dataclasses.replace(LAST_WEEK, origin="confirmed")
    assert len(one_link_per_act([confirmed, THURSDAY])) == 2


def test_a_months_breach_joins_the_days_breach() -> None:
    shelled = dataclasses.replace(
        talks("shelling", "2031-03-14", relation=CONTRADICTS),
        act="armistice_compliance.contradicts.fire_on_the_south",
    )
    recalled = dataclasses.replace(
        talks("later-report", "2031-03-01", precision="month", relation=CONTRADICTS),
        act="armistice_compliance.contradicts.fire_on_the_south",
    )
    (kept,) = one_link_per_act([recalled, shelled])
    assert kept.event_id == shelled.event_id
    assert kept.when == "2031-03-14"
