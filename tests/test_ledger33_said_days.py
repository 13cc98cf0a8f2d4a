"""Ledger33: a pledge is never dated after the report that tells of it. A promise whose words
name a later day ("will resume talks on Nov 26", reported on the 22nd) is stored on that day by
the coder; the ledger dates the mention by its report and keeps the named day as what the act is
scheduled for (``ledger.said_days``). Before, the pledge was "first mentioned" on a day no one
had yet spoken, after acts told in between. Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.ledger import load_pledge, pledge_status_at, rebuild_ledger
from pledgewatch.ledger.agreements import concluded_in
from pledgewatch.ledger.said_days import said_day, scheduled_for
from pledgewatch.store import Store
from tests.test_ledger_story import C, E, add_document, commitment_event

D = dt.date.fromisoformat


@pytest.mark.parametrize(
    ("day", "precision", "published", "said", "said_precision", "scheduled"),
    [
        # a day ahead of the report: the report's day; the named day is scheduled
        ("2034-11-26", "day", "2034-11-22", "2034-11-22", "day", "2034-11-26"),
        # a month or a week ahead ("will meet in October", said in September)
        ("2033-10-01", "month", "2033-09-16", "2033-09-16", "day", "2033-10"),
        ("2031-08-01", "week", "2031-07-29", "2031-07-29", "day", "2031-08-01"),
        # the report's own day, an earlier day, or a period holding the report's day: kept
        ("2034-11-22", "day", "2034-11-22", "2034-11-22", "day", None),
        ("2007-02-13", "day", "2034-11-22", "2007-02-13", "day", None),
        ("2034-11-01", "month", "2034-11-22", "2034-11-01", "month", None),
        ("1953-01-01", "year", "2034-11-22", "1953-01-01", "year", None),
        # one of the two missing: the one there is
        (None, "day", "2034-11-22", "2034-11-22", "day", None),
        ("2034-11-26", "day", None, "2034-11-26", "day", None),
    ],
)
def test_the_day_a_pledge_was_said(
    day: str | None,
    precision: str,
    published: str | None,
    said: str,
    said_precision: str,
    scheduled: str | None,
) -> None:
    own = D(day) if day else None
    report = D(published) if published else None
    assert said_day(own, precision, report) == (D(said), said_precision)
    assert scheduled_for(own, precision, report) == scheduled


def _talks(**values: object) -> C:
    base: dict[str, object] = {
        "promisor": "FRDGOV",
        "promisee": "RURGOV",
        "first_party": True,
        "formality": "official",
        "topic_text": "talks",
    }
    base.update(values)
    return C("talks", **base)  # type: ignore[arg-type]


def test_a_pledge_named_for_a_later_day_is_first_mentioned_on_its_report_s_day(
    store: Store,
) -> None:
    """Freedonia says on Wednesday 22 November 2034 that it will resume talks with Ruritania on
    Sunday the 26th; the envoys in fact meet on Friday the 24th. The pledge was said on the
    22nd: the meeting of the 24th comes after it and keeps it, on the day it was held."""
    announced = commitment_event(_talks())
    announced.date = D("2034-11-26")
    add_document(
        store,
        "frd-resume",
        "2034-11-22",
        [("Freedonia said it will resume talks with Ruritania on Sunday.", [announced])],
    )
    (met,) = add_document(
        store,
        "frd-met",
        "2034-11-24",
        [
            (
                "Freedonia's envoy met Ruritania's envoy in Lisbon on Friday.",
                [E("042", "FRDGOV", "RURGOV", action_text="met")],
            )
        ],
    )
    rebuild_ledger(store)
    pledge = load_pledge(store, "FRD:talks")
    assert pledge is not None
    assert pledge.first_mention == D("2034-11-22")
    (mention,) = pledge.mentions
    assert mention.scheduled_for == "2034-11-26"
    status = pledge_status_at(pledge, D("2034-12-31"))
    assert status.status == "fulfilled"
    assert status.fulfilled_on == D("2034-11-24")
    assert [lk.event_id for lk in status.links] == [met]


def test_a_pledge_named_for_a_later_month_shows_it_as_scheduled(store: Store) -> None:
    """Words dated only to a later month ("will hold talks in October", said in September)
    name no deadline; the mention is dated by its report and its role says the month."""
    announced = commitment_event(_talks())
    announced.date = D("2033-10-01")
    announced.date_precision = "month"
    add_document(
        store,
        "frd-october",
        "2033-09-16",
        [("Freedonia will hold talks with Ruritania in October.", [announced])],
    )
    rebuild_ledger(store)
    pledge = load_pledge(store, "FRD:talks")
    assert pledge is not None
    (mention,) = pledge.mentions
    assert (mention.date, mention.when) == (D("2033-09-16"), "2033-09-16")
    assert mention.role.endswith("; scheduled for 2033-10)")
    status = pledge_status_at(pledge, D("2033-12-31"))
    assert status.first_mention_shown == "2033-09-16"


def test_an_agreement_concluded_is_dated_as_its_terms_are() -> None:
    """The report's agreement is read on the day its terms are said (the mentions' day), even
    when the row is dated to the later day its terms name."""
    row = {
        "doc_id": "frd-deal",
        "promisor": "FRDGOV",
        "date": D("2035-01-20"),
        "published": D("2034-11-24"),
        "evidence": "Freedonia and Ruritania reached an interim deal",
        "topic_text": "halt its enrichment from January 20",
    }
    assert concluded_in([row]) == {("frd-deal", "FRD", D("2034-11-24"))}
