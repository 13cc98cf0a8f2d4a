"""The Python API of the README: ``pledgewatch.open`` and the Workspace's calls, end to end on
four documents of the demo corpus (the Leap Day readouts and the April launch)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import pledgewatch

pytestmark = pytest.mark.model

CORPUS = Path(pledgewatch.__file__).parent / "data" / "demo" / "corpus"
FILES = [
    "073-us-dprk-bilateral-discussions.md",
    "074-fm-results-of-beijing-talks.md",
    "085-unha3-launch-fails.md",
    "090-fm-no-longer-bound.md",
]


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory):
    url = f"sqlite:///{tmp_path_factory.mktemp('api') / 'api.db'}"
    with pledgewatch.open(url) as pw:
        report = pw.ingest([CORPUS / name for name in FILES])
        assert (report.ingested, report.failed) == (4, 0)
        coded = pw.code()
        assert coded.documents == 4 and coded.events > 0
        yield pw


def test_records_come_back_as_dataframes(workspace) -> None:
    documents = workspace.documents()
    assert isinstance(documents, pd.DataFrame) and len(documents) == 4
    assert "text" not in documents.columns
    first = documents["id"].iloc[0]
    assert set(workspace.sentences(first)["doc_id"]) == {first}
    launches = workspace.events(actor="PRK", cameo="15", factual=True)
    assert len(launches) and set(launches["modality"]) <= {"asserted", "reported"}
    april_on = pd.to_datetime(workspace.events(since="2012-04-01")["date"])
    assert len(april_on) and (april_on >= "2012-04-01").all()
    promises = workspace.commitments(promisor="PRK")
    assert {"kind", "strength", "topic"} <= set(promises.columns) and len(promises)


def test_ledger_check_and_trend_follow_the_leap_day_story(workspace) -> None:
    ledger = workspace.ledger(actor="PRK", as_of="2012-03-01").set_index("id")
    missile = ledger.loc["PRK:missile_launch_moratorium"]
    assert (missile.status, missile.strength) == ("pledged", "conditional")
    after = workspace.ledger(actor="PRK", as_of="2012-04-20").set_index("id")
    assert after.loc["PRK:missile_launch_moratorium"].status == "contradicted"
    result = workspace.check("allied-preconditions-2011", as_of="2012-03-01")
    statuses = {item.id: item.status for item in result.items}
    assert statuses["missile_moratorium"] == "pledged"
    series = workspace.trend("PRK", against=["USA"], freq="month")
    assert isinstance(series, pd.DataFrame) and len(series)


def test_a_bad_date_is_an_error_not_a_silent_empty_frame(workspace) -> None:
    with pytest.raises(ValueError):
        workspace.events(since="2012-13-45")
