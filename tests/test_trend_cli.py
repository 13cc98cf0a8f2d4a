"""``pledgewatch trend``: tables per dyad, the JSON document, settable thresholds, errors."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pledgewatch.cli import _common, build_app
from pledgewatch.model import Event
from pledgewatch.store import open_store
from tests.builders import add_events, loose_event

runner = CliRunner()


@pytest.fixture(autouse=True)
def wide_console(monkeypatch):
    monkeypatch.setattr(_common.console, "_width", 400)


def _event(n: int, day: dt.date, cameo: str, quad: int, goldstein: float, target: str) -> Event:
    return loose_event(
        day, quad, event_id=f"e{n:03d}", target=target, cameo=cameo, goldstein=goldstein
    )


@pytest.fixture()
def db(tmp_path: Path) -> str:
    """Jan-Jun 2011 shelling of the South, one statement to the USA in May, talk Jul-Aug."""
    path = str(tmp_path / "trend.db")
    events, n = [], 0
    for month in range(1, 13):
        for day in (4, 11, 18):
            n += 1
            if month <= 6:
                events.append(_event(n, dt.date(2011, month, day), "195", 4, -10.0, "KOR"))
            elif month <= 8:
                events.append(_event(n, dt.date(2011, month, day), "036", 1, 4.0, "USA"))
            else:
                events.append(_event(n, dt.date(2011, month, day), "043", 1, 2.8, "KOR"))
    events.append(_event(900, dt.date(2011, 5, 20), "010", 1, 0.0, "USA"))
    events.append(_event(901, dt.date(2011, 8, 22), "1721", 4, -7.0, "KOR"))
    with open_store(f"sqlite:///{path}") as store:
        add_events(store, events)
    return path


def trend(db: str, *args: str):
    return runner.invoke(build_app(), ["--db", db, "trend", *args])


def test_json_document_per_dyad(db: str) -> None:
    result = trend(db, "PRK", "--against", "USA,KOR", "--json")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert (document["actor"], document["freq"]) == ("PRK", "month")
    usa, kor = document["dyads"]
    assert (usa["source"], usa["target"], kor["target"]) == ("PRK", "USA", "KOR")
    assert [row["period"] for row in usa["series"]][:2] == ["2011-01-01", "2011-02-01"]
    july = next(row for row in usa["series"] if row["period"] == "2011-07-01")
    assert july["verbal_coop"] == 3 and july["event_ids"] == ["e019", "e020", "e021"]
    assert [w["start"] for w in usa["charm_offensive"]] == ["2011-07-01"]
    assert usa["charm_offensive"][0]["end"] == "2011-08-31"
    shifts = [(p["date"], p["direction"]) for p in kor["change_points"]]
    assert ("2011-09-01", "towards engagement") in shifts


def test_tables_show_series_change_points_and_windows(db: str) -> None:
    result = trend(db, "PRK", "--against", "USA,KOR")
    assert result.exit_code == 0, result.output
    assert "PRK → USA by month" in result.output and "PRK → KOR by month" in result.output
    assert "change points" in result.output and "towards engagement" in result.output
    assert "charm-offensive windows" in result.output
    assert "2011-07-01 .. 2011-08-31" in result.output
    assert "period(s) without events hidden" in result.output


def test_options_change_the_settings(db: str) -> None:
    result = trend(db, "PRK", "--against", "USA", "--json", "--rise-ratio", "20", "--window", "3")
    document = json.loads(result.stdout)
    assert document["settings"]["charm_offensive"]["window"] == 3
    assert document["dyads"][0]["charm_offensive"] == []


@pytest.mark.parametrize(("weight", "found"), [("0", False), ("0.25", True)])
def test_context_weight_option(db: str, weight: str, found: bool) -> None:
    """PRK→USA has events in three months only; the shelling of the South before and the talks
    with it after give the dyad its context."""
    result = trend(db, "PRK", "--against", "USA", "--json", "--context-weight", weight)
    document = json.loads(result.stdout)
    assert document["settings"]["change_points"]["context_weight"] == float(weight)
    shifts = [(p["date"], p["direction"]) for p in document["dyads"][0]["change_points"]]
    assert (("2011-07-01", "towards engagement") in shifts) is found
    assert found or not shifts


def test_weekly_series_within_dates(db: str) -> None:
    args = ("PRK", "--freq", "week", "--since", "2011-07-01", "--until", "2011-07-31", "--json")
    document = json.loads(trend(db, *args).stdout)
    periods = [row["period"] for row in document["dyads"][0]["series"]]
    assert periods == ["2011-06-27", "2011-07-04", "2011-07-11", "2011-07-18", "2011-07-25"]
    assert document["dyads"][0]["target"] == "*"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("PRK", "--freq", "year"), "unknown frequency"),
        (("PRK", "--since", "last spring"), "not a date"),
        (("PRK", "--method", "magic"), "pelt or binseg"),
        (("PRK", "--context-weight", "2"), "context_weight"),
    ],
)
def test_bad_options_are_one_clear_error(db: str, args: tuple[str, ...], message: str) -> None:
    result = trend(db, *args)
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output
