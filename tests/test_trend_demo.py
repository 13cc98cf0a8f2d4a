"""Change points on the coded demo corpus: the 2012 turn to belligerence is dated (issue 5).

The chronology (the Leap Day deal of February 2012, then the April 2012 launch) puts North
Korea's turn from engagement back to belligerence in spring 2012. The test codes the bundled
corpus with the trained model and checks the dated shifts over 2010-2013, against anyone and
against the USA (a dyad too sparse to be searched alone, so it leans on the actor's other events
as context; docs/trends.md).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pledgewatch.store import Store, open_store

pytestmark = [pytest.mark.model, pytest.mark.slow]

DEMO = Path(__file__).resolve().parents[1] / "src" / "pledgewatch" / "data" / "demo" / "corpus"


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory) -> Store:
    from pledgewatch.coding import code_store
    from pledgewatch.ingest import IngestOptions, ingest_paths

    path = tmp_path_factory.mktemp("trend-demo") / "demo.db"
    store = open_store(f"sqlite:///{path}")
    report = ingest_paths(store, [str(DEMO)], IngestOptions(quiet=True))
    assert not report.failed
    code_store(store)
    yield store
    store.close()


def test_the_spring_2012_turn_to_belligerence_is_dated(demo_store: Store) -> None:
    from pledgewatch.analysis import trend_report

    report = trend_report(
        demo_store, "PRK", ["*", "USA"], since=dt.date(2010, 1, 1), until=dt.date(2013, 12, 31)
    )
    spring_2012 = (dt.date(2012, 3, 1), dt.date(2012, 6, 1))
    for dyad in report.dyads:
        shifts = [
            (point.date, point.direction) for point in dyad.change_points.itertuples(index=False)
        ]
        turns = [
            day
            for day, direction in shifts
            if direction == "towards belligerence" and spring_2012[0] <= day <= spring_2012[1]
        ]
        assert turns, f"PRK→{dyad.target}: no turn to belligerence in spring 2012 in {shifts}"
        # the engagement that the turn ends is found before it
        assert any(
            direction == "towards engagement" and day < turns[0] for day, direction in shifts
        ), shifts
