"""The ledger after review 19: a checklist item asking only for an action reads an act known
to the month of its start as a pledge item does; an analyst who confirms the other telling of
an act keeps the rule that linked it. Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt
import importlib
import inspect

import pytest

from pledgewatch.checklists.evaluate import evaluate_checklist
from pledgewatch.checklists.schema import Checklist
from pledgewatch.ledger import (
    CONTRADICTS,
    FULFILS,
    ActionLink,
    load_pledge,
    rebuild_ledger,
    set_link_override,
)
from pledgewatch.ledger.records import CONFIRMED
from pledgewatch.store import Store
from tests.test_ledger_pass19 import launched_in_the_month_of_the_promise, meeting_coded_both_ways


def action_only_item(since: str) -> Checklist:
    return Checklist.model_validate(
        {
            "name": "no-launches",
            "title": "No launches",
            "items": [
                {
                    "id": "launches",
                    "label": "Long-range launches by the North",
                    "promisor": "PRK",
                    "topic": "missile_launch_moratorium",
                    "since": since,
                    "requires_pledge": None,
                    "requires_action": True,
                }
            ],
        }
    )


@pytest.mark.parametrize("since", ["2012-03-01", "2012-03-15", "2012-03-31"])
def test_an_action_only_item_starting_inside_the_month_keeps_the_months_launch(
    store: Store, since: str
) -> None:
    launched_in_the_month_of_the_promise(store)
    item = evaluate_checklist(store, action_only_item(since), "2012-05-31", save=False)
    result = item.item("launches")
    assert result.status == "contradicted"
    assert result.missing[0].startswith("contradicted on 2012-03")


def test_an_action_only_item_starting_after_the_month_has_no_launch(store: Store) -> None:
    launched_in_the_month_of_the_promise(store)
    item = evaluate_checklist(store, action_only_item("2012-04-01"), "2012-05-31", save=False)
    assert item.item("launches").status == "not met"


def test_confirming_the_other_coding_of_a_meeting_keeps_its_rule(store: Store) -> None:
    first, second = meeting_coded_both_ways(store)
    rebuild_ledger(store)
    set_link_override(store, "PRK:talks", second, "confirm", relation=FULFILS)
    rebuild_ledger(store)
    pledge = load_pledge(store, "PRK:talks")
    assert pledge is not None
    assert [(lk.event_id, lk.origin) for lk in pledge.links] == [(second, CONFIRMED)]
    (link,) = pledge.links
    assert link.reason.startswith("confirmed by analyst; rule talks.fulfils")
    # one sentence, one act: the automatic link of the first coding is gone with no trace
    assert first not in {told[0] for told in link.also_told}


def sinking(day: str, precision: str, relation: str = CONTRADICTS) -> ActionLink:
    return ActionLink(
        "PRK:armistice_compliance",
        "report:0:0",
        relation,
        "rule armistice_compliance.contradicts",
        "auto",
        dt.date.fromisoformat(day),
        date_precision=precision,
    )


@pytest.mark.parametrize(
    ("day", "relation", "links", "shown"),
    [
        (None, CONTRADICTS, [sinking("2010-03-01", "month")], None),
        ("2010-03-01", CONTRADICTS, [sinking("2010-03-01", "month")], "2010-03"),
        ("2010-03-01", CONTRADICTS, [sinking("2010-03-01", "day")], "2010-03-01"),
        # no act of that relation on that day: the day itself
        ("2010-03-01", FULFILS, [sinking("2010-03-01", "month")], "2010-03-01"),
        ("2010-03-02", CONTRADICTS, [sinking("2010-03-01", "month")], "2010-03-02"),
    ],
)
def test_one_function_writes_the_day_an_act_set(
    day: str | None, relation: str, links: list[ActionLink], shown: str | None
) -> None:
    """The pledge's status and each of its episodes write the day with one function."""
    records = importlib.import_module("pledgewatch.ledger.records")
    when = dt.date.fromisoformat(day) if day else None
    assert records.shown_act_date(when, relation, links) == shown


@pytest.mark.parametrize(
    "name", ["AFTER_BREACH", "AFTER_RETRACTION", "AFTER_OTHERS_CLAIMS", "AFTER_KEPT"]
)
def test_why_an_episode_opened_is_named_in_the_records(name: str) -> None:
    records = importlib.import_module("pledgewatch.ledger.records")
    assert getattr(records, name).startswith(("pledged again", "first stated"))


@pytest.mark.parametrize(
    ("ids", "sizes"),
    [([], []), (["b", "a", "b"], [2]), ([f"d{i:04}" for i in range(1001)], [500, 500, 1])],
)
def test_document_ids_are_read_in_chunks_once_each(ids: list[str], sizes: list[int]) -> None:
    """The story's meetings and its parties share one way of chunking an ``IN`` query."""
    story_objects = importlib.import_module("pledgewatch.ledger.story_objects")
    chunks = list(story_objects.in_chunks(ids))
    assert [len(chunk) for chunk in chunks] == sizes
    assert [doc for chunk in chunks for doc in chunk] == sorted(set(ids))


def test_the_story_meetings_are_read_for_named_reports_only() -> None:
    """``doc_ids`` is required: there is no "every report" read left to drift."""
    grouping = importlib.import_module("pledgewatch.ledger.grouping")
    parameter = inspect.signature(grouping.read_story_meetings).parameters["doc_ids"]
    assert parameter.default is inspect.Parameter.empty


def stored_link(event_id: str, also_told: list[list[str | None]]) -> dict[str, object]:
    """A link as the ledger stores it in the pledge's JSON (:meth:`ActionLink.to_dict`)."""
    link = ActionLink("PRK:talks", event_id, FULFILS, "rule talks.fulfils", "auto", None)
    return {**link.to_dict(), "also_told": also_told}


@pytest.mark.parametrize(
    ("links", "told"),
    [
        ([], {}),
        ([stored_link("a", [])], {}),
        ([stored_link("a", [["b", "s2", "They met in Oslo."]])], {"a": ["They met in Oslo."]}),
        # a telling whose sentence text is gone shows nothing, not the word "None"
        (
            [stored_link("a", [["b", "s2", None], ["c", "s3", "Talks in Oslo."]])],
            {"a": ["Talks in Oslo."]},
        ),
        ([stored_link("a", [["b", "s2", None]])], {}),
    ],
)
def test_the_pledge_page_reads_the_other_tellings_from_the_stored_links(
    links: list[dict[str, object]], told: dict[str, list[str]]
) -> None:
    ledger_view = importlib.import_module("pledgewatch.web.ledger_view")
    stored = ledger_view._stored_links({"data": {"links": links}})
    assert ledger_view._told_again(stored) == told
    assert ledger_view._told_again(ledger_view._stored_links(None)) == {}


def test_an_episode_row_takes_the_stored_dict_as_it_is() -> None:
    """The ledger's episodes (``Episode.to_dict``: ISO days, and keys the page does not show)
    are read as they are."""
    from pledgewatch.ledger.records import AFTER_BREACH, Episode

    ledger_view = importlib.import_module("pledgewatch.web.ledger_view")
    episode = Episode(
        dt.date(2012, 1, 10),
        "contradicted",
        contradicted_on=dt.date(2013, 4, 20),
        contradicted_on_shown="2013-04",
        until=dt.date(2013, 6, 2),
        reopened_by=AFTER_BREACH,
    ).to_dict()
    (row,) = ledger_view._episode_rows([{**episode, "links": 3}])
    assert (row.since, row.contradicted_on, row.contradicted_on_shown, row.until) == (
        "2012-01-10",
        "2013-04-20",
        "2013-04",
        "2013-06-02",
    )
    assert row.reopened_by == AFTER_BREACH
    assert ledger_view._episode_rows(None) == []


@pytest.mark.parametrize(
    ("day", "precision", "as_of", "known"),
    [
        ("2010-03-01", "month", "2010-03-30", False),
        ("2010-03-01", "month", "2010-03-31", True),
        ("2010-03-26", "day", "2010-03-26", True),
        ("2010-03-26", "day", "2010-03-25", False),
        ("2010-03-26", "unknown", "2010-03-26", True),
        ("2010-03-26", "", "2010-03-25", False),
        ("2010-03-22", "week", "2010-03-27", False),
        ("2010-03-22", "week", "2010-03-28", True),
    ],
)
def test_an_act_is_known_once_its_period_has_ended(
    day: str, precision: str, as_of: str, known: bool
) -> None:
    """One rule for every precision: a day (or an unknown precision) is its own period."""
    from pledgewatch.ledger.acts import known_by

    link = sinking(day, precision)
    assert known_by(link, dt.date.fromisoformat(as_of)) is known


def test_an_act_is_placed_by_the_wordings_of_its_period_alone() -> None:
    """The replay places only acts known by its day, so the placing needs no as-of date."""
    from pledgewatch.ledger.acts import placed_day

    assert list(inspect.signature(placed_day).parameters) == ["link", "mentions"]


@pytest.mark.parametrize(
    ("row", "precision"),
    [
        ({"date": "2012-03-01", "date_precision": "month"}, "month"),
        ({"date": "2012-03-01", "date_precision": None}, "day"),
        ({"date": None, "date_precision": "month"}, "day"),  # the report's day
        ({}, "day"),
    ],
)
def test_one_function_reads_a_stored_rows_precision(row: dict[str, object], precision: str) -> None:
    evidence = importlib.import_module("pledgewatch.ledger.evidence")
    assert evidence.row_date_precision(row) == precision
