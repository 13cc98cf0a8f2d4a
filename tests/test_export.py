"""Export: events in GDELT-like columns to CSV, JSON Lines and Parquet, read back with pandas."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import insert
from typer.testing import CliRunner

from pledgewatch.cli import _common, build_app
from pledgewatch.errors import ConfigError, PledgewatchError
from pledgewatch.interop import (
    EVENT_EXPORT_COLUMNS,
    events_export_frame,
    export_checklist,
    export_events,
    export_frame,
    export_pledges,
    import_events,
    layout,
)
from pledgewatch.interop.export import checklist_export_frame
from pledgewatch.model import Document, Event, Sentence
from pledgewatch.store import Store, open_store, schema
from pledgewatch.store.database import event_row

GDELT_COLUMNS = (
    "GLOBALEVENTID",
    "SQLDATE",
    "Actor1Code",
    "Actor1CountryCode",
    "Actor2Code",
    "Actor2CountryCode",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "SOURCEURL",
)
PLEDGEWATCH_COLUMNS = ("modality", "plover", "evidence", "why", "doc_id", "sentence_id")


def fill_store(store: Store, tmp_path: Path) -> None:
    """One coded document with two events, one imported GDELT event, one undated event."""
    doc = Document(
        id="d1",
        text="North Korea will allow inspectors. The North fired shells at Yeonpyeong.",
        content_hash="h1",
        published=dt.date(2010, 11, 23),
        url="https://news.example.invalid/yeonpyeong",
    )
    store.add_documents([doc])
    sentences = [
        Sentence("d1", 0, "North Korea will allow inspectors.", 0, 34),
        Sentence("d1", 1, "The North fired shells at Yeonpyeong.", 35, 72),
    ]
    promise = Event(
        id="d1:0:0",
        doc_id="d1",
        sentence_id="d1:0",
        date=dt.date(2010, 11, 23),
        date_precision="day",
        source="PRKGOV",
        target="IGOUNOIAE",
        cameo="0343",
        modality="future",
        plover="AGREE",
        quad=1,
        penta=1,
        goldstein=7.0,
        evidence="will allow inspectors",
        why="rule: will allow X",
    )
    shelling = Event(
        id="d1:1:0",
        doc_id="d1",
        sentence_id="d1:1",
        date=dt.date(2010, 11, 23),
        date_precision="day",
        source="PRKMIL",
        target="KOR",
        cameo="195",
        plover="ASSAULT",
        quad=4,
        penta=4,
        goldstein=-10.0,
        evidence="fired shells at Yeonpyeong",
        why="rule: fire shells",
    )
    store.save_coding("d1", sentences, [promise, shelling], version="test")
    undated = Event(
        id="x:undated",
        doc_id=None,  # type: ignore[arg-type]
        sentence_id=None,
        date=None,
        date_precision="unknown",
        source=None,
        target=None,
        cameo="010",
        role="mentioned",  # a statement another sentence only names
    )
    with store.transaction() as connection:
        connection.execute(insert(schema.events), [event_row(undated)])
    fields = [""] * 58
    values = {0: "229876543", 1: "20110824", 5: "PRKGOV", 7: "PRK", 15: "RUS", 17: "RUS"}
    values.update({25: "0", 26: "036", 27: "036", 28: "03", 29: "1", 30: "4", 31: "12"})
    values.update({34: "2.5", 57: "https://news.example.invalid/kim-medvedev"})
    for index, value in values.items():
        fields[index] = value
    assert layout("gdelt1")[57] == "SOURCEURL"
    path = tmp_path / "g.csv"
    path.write_text("\t".join(fields) + "\n", encoding="utf-8")
    import_events(store, [path], fmt="gdelt1")


def read_back(path: Path, fmt: str) -> pd.DataFrame:
    if fmt == "csv":
        return pd.read_csv(
            path, dtype={c: str for c in ("EventCode", "EventBaseCode", "EventRootCode")}
        )
    if fmt == "jsonl":
        return pd.read_json(
            path, lines=True, dtype={"EventCode": str, "EventBaseCode": str, "EventRootCode": str}
        )
    return pd.read_parquet(path)


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_events_round_trip(store: Store, tmp_path: Path, fmt: str) -> None:
    fill_store(store, tmp_path)
    path = tmp_path / f"events.{fmt}"
    assert export_events(store, path, fmt) == 4
    frame = read_back(path, fmt)
    assert list(frame.columns) == list(EVENT_EXPORT_COLUMNS)
    assert set(GDELT_COLUMNS) | set(PLEDGEWATCH_COLUMNS) <= set(frame.columns)
    rows = {r["GLOBALEVENTID"]: r for r in frame.to_dict(orient="records")}
    assert set(rows) == {"d1:0:0", "d1:1:0", "gdelt:229876543", "x:undated"}
    shelling = rows["d1:1:0"]
    assert int(shelling["SQLDATE"]) == 20101123
    assert (shelling["Actor1Code"], shelling["Actor1CountryCode"]) == ("PRKMIL", "PRK")
    assert shelling["Actor1Type1Code"] == "MIL"
    assert (shelling["Actor2Code"], shelling["Actor2CountryCode"]) == ("KOR", "KOR")
    assert (shelling["EventCode"], shelling["EventBaseCode"], shelling["EventRootCode"]) == (
        "195",
        "195",
        "19",
    )
    assert int(shelling["QuadClass"]) == 4 and float(shelling["GoldsteinScale"]) == -10.0
    assert int(shelling["IsRootEvent"]) == 0  # second sentence of its document
    assert shelling["SOURCEURL"] == "https://news.example.invalid/yeonpyeong"
    assert (shelling["modality"], shelling["plover"]) == ("asserted", "ASSAULT")
    assert shelling["evidence"] == "fired shells at Yeonpyeong"
    assert (shelling["doc_id"], shelling["sentence_id"]) == ("d1", "d1:1")
    promise = rows["d1:0:0"]
    assert promise["Actor2Code"] == "IGOUNOIAE" and pd.isna(promise["Actor2CountryCode"])
    assert promise["modality"] == "future" and int(promise["IsRootEvent"]) == 1
    assert promise["EventCode"] == "0343" and promise["EventBaseCode"] == "034"
    imported = rows["gdelt:229876543"]
    assert imported["SOURCEURL"] == "https://news.example.invalid/kim-medvedev"
    assert int(imported["NumMentions"]) == 12 and float(imported["AvgTone"]) == 2.5
    assert int(imported["IsRootEvent"]) == 0 and imported["origin"] == "gdelt"
    assert json.loads(imported["provenance"])["original_id"] == "229876543"
    undated = rows["x:undated"]
    assert pd.isna(undated["SQLDATE"]) and pd.isna(undated["Actor1Code"])
    assert json.loads(undated["provenance"]) == {"role": "mentioned"}


@pytest.mark.parametrize(
    ("filters", "ids"),
    [
        ({"actor": "KOR"}, {"d1:1:0"}),
        ({"source": "PRK"}, {"d1:0:0", "d1:1:0", "gdelt:229876543"}),
        ({"target": "RUS"}, {"gdelt:229876543"}),
        ({"since": dt.date(2011, 1, 1)}, {"gdelt:229876543"}),
        ({"until": dt.date(2010, 12, 31)}, {"d1:0:0", "d1:1:0"}),
        ({"origin": "pledgewatch"}, {"d1:0:0", "d1:1:0", "x:undated"}),
        ({"cameo": "19"}, {"d1:1:0"}),
        ({"happened_only": True, "source": "PRK"}, {"d1:1:0", "gdelt:229876543"}),
        ({"main_only": True}, {"d1:0:0", "d1:1:0", "gdelt:229876543"}),
    ],
)
def test_event_filters(store: Store, tmp_path: Path, filters: dict, ids: set[str]) -> None:
    fill_store(store, tmp_path)
    assert set(events_export_frame(store, **filters)["GLOBALEVENTID"]) == ids


def test_events_are_written_in_chunks(store: Store, tmp_path: Path) -> None:
    fill_store(store, tmp_path)
    path = tmp_path / "chunked.parquet"
    from pledgewatch.interop.export import EVENT_EXPORT_SCHEMA, iter_event_export, write_frames

    chunks = list(iter_event_export(store, chunk_rows=1))
    assert [len(chunk) for chunk in chunks] == [1, 1, 1, 1]
    written = write_frames(
        iter_event_export(store, chunk_rows=1),
        path,
        columns=list(EVENT_EXPORT_COLUMNS),
        parquet_schema=EVENT_EXPORT_SCHEMA,
    )
    assert written == 4 and len(pd.read_parquet(path)) == 4


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_empty_export_still_writes_a_readable_file(
    store: Store, tmp_path: Path, suffix: str
) -> None:
    path = tmp_path / f"none{suffix}"
    assert export_events(store, path) == 0  # format from the suffix
    if suffix == ".csv":
        assert list(pd.read_csv(path).columns) == list(EVENT_EXPORT_COLUMNS)
    elif suffix == ".parquet":
        assert list(pd.read_parquet(path).columns) == list(EVENT_EXPORT_COLUMNS)
    else:
        assert path.read_text() == ""


def test_unknown_format_is_a_config_error(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot tell the format"):
        export_events(store, tmp_path / "events.xlsx")
    with pytest.raises(ConfigError, match="unknown export format"):
        export_events(store, tmp_path / "events.csv", "xml")


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_nested_columns_round_trip(tmp_path: Path, fmt: str) -> None:
    frame = pd.DataFrame(
        {
            "id": ["PRK:iaea_inspections"],
            "first_mention": [dt.date(2010, 12, 20)],
            "evidence": [[{"doc": "d1", "sentence": "d1:0", "date": "2010-12-20"}]],
        }
    )
    path = tmp_path / f"ledger.{fmt}"
    assert export_frame(frame, path) == 1
    back = read_back(path, fmt).iloc[0]
    evidence = back["evidence"] if fmt == "jsonl" else json.loads(back["evidence"])
    assert evidence == [{"doc": "d1", "sentence": "d1:0", "date": "2010-12-20"}]
    assert str(back["first_mention"])[:10] == "2010-12-20"


def test_pledges_export_uses_the_ledger(store: Store, tmp_path: Path) -> None:
    pytest.importorskip("pledgewatch.ledger")
    from pledgewatch.ledger import ledger_frame

    path = tmp_path / "pledges.csv"
    written = export_pledges(store, path, as_of=dt.date(2012, 3, 1))
    expected = ledger_frame(store, as_of=dt.date(2012, 3, 1))
    assert written == len(expected)
    assert list(pd.read_csv(path).columns) == list(expected.columns)


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_checklist_export(store: Store, tmp_path: Path, fmt: str) -> None:
    checklists = pytest.importorskip("pledgewatch.checklists")
    if not hasattr(checklists, "evaluate_checklist"):
        with pytest.raises(PledgewatchError, match="not available yet"):
            checklist_export_frame(store, "allied-preconditions-2011", dt.date(2012, 3, 1))
        return
    expected = checklists.evaluate_checklist(
        store, "allied-preconditions-2011", dt.date(2012, 3, 1), save=False
    )
    path = tmp_path / f"check.{fmt}"
    written = export_checklist(
        store, path, fmt, checklist="allied-preconditions-2011", as_of=dt.date(2012, 3, 1)
    )
    assert written == len(expected.items) > 0
    back = read_back(path, fmt)
    assert list(back["id"]) == [item.id for item in expected.items]
    assert list(back["status"]) == [item.status for item in expected.items]
    assert {str(value)[:10] for value in back["as_of"]} == {"2012-03-01"}
    assert set(back["checklist"]) == {"allied-preconditions-2011"}
    assert checklists.evaluations_frame(store).empty  # exporting does not store an evaluation


# -- CLI ------------------------------------------------------------------------------------------

runner = CliRunner()


def test_cli_export_events(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(_common.console, "_width", 400)
    db = str(tmp_path / "cli.db")
    with open_store(f"sqlite:///{db}") as store:
        fill_store(store, tmp_path)
    out = tmp_path / "prk.jsonl"
    result = runner.invoke(
        build_app(), ["--db", db, "export", "events", "--source", "PRK", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "wrote 3 events row(s)" in result.output
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert {r["GLOBALEVENTID"] for r in records} == {"d1:0:0", "d1:1:0", "gdelt:229876543"}
    for flag in ("--factual", "--happened-only"):  # the promise (future) is left out
        args = ["--db", db, "export", "events", "--source", "PRK", flag, "-o", str(out)]
        assert runner.invoke(build_app(), args).exit_code == 0
        records = [json.loads(line) for line in out.read_text().splitlines()]
        assert {r["GLOBALEVENTID"] for r in records} == {"d1:1:0", "gdelt:229876543"}
    bad = runner.invoke(build_app(), ["--db", db, "export", "votes", "-o", str(out)])
    assert bad.exit_code == 2 and "cannot export 'votes'" in bad.output
    no_file = runner.invoke(
        build_app(), ["--db", db, "export", "checklist", "-o", str(tmp_path / "c.csv")]
    )
    assert no_file.exit_code == 2 and "--checklist" in no_file.output


def test_cli_export_pledges_and_checklist(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(_common.console, "_width", 400)
    checklists = pytest.importorskip("pledgewatch.checklists")
    if not hasattr(checklists, "evaluate_checklist"):
        pytest.skip("the checklist stage is not present yet")
    db = str(tmp_path / "cli.db")
    out = tmp_path / "check.csv"
    args = ["export", "checklist", "--checklist", "allied-preconditions-2011"]
    result = runner.invoke(
        build_app(), ["--db", db, *args, "--as-of", "2011-08-29", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    frame = pd.read_csv(out)
    assert len(frame) > 0 and set(frame["as_of"]) == {"2011-08-29"}
    pledges = tmp_path / "pledges.parquet"
    result = runner.invoke(
        build_app(), ["--db", db, "export", "pledges", "--as-of", "2012-03-01", "-o", str(pledges)]
    )
    assert result.exit_code == 0, result.output
    assert "id" in pd.read_parquet(pledges).columns


def test_plover_records_follow_the_manuals_fields(store: Store, tmp_path: Path) -> None:
    fill_store(store, tmp_path)
    out = tmp_path / "events.plover.jsonl"
    assert export_events(store, out, "plover", source="PRK") == 3
    records = {r["id"]: r for r in map(json.loads, out.read_text().splitlines())}
    shelling = records["d1:1:0"]
    assert shelling["date"] == "2010-11-23" and shelling["has_event"] is True
    assert shelling["actor"] == [{"code": "PRKMIL", "text": None, "country": "PRK"}]
    assert [r["code"] for r in shelling["recipient"]] == ["KOR"]
    assert (shelling["event"], shelling["quad_code"], shelling["cameo"]) == (["ASSAULT"], 4, "195")
    assert shelling["event_text"] == ["fired shells at Yeonpyeong"]
    assert shelling["text"] == "The North fired shells at Yeonpyeong."  # the whole sentence
    assert shelling["cite_info"]["sentence_id"] == "d1:1"
    assert shelling["cite_info"]["url"] == "https://news.example.invalid/yeonpyeong"
    assert (
        shelling["coder"].startswith("pledgewatch") and shelling["comment"] == "rule: fire shells"
    )
    assert records["gdelt:229876543"]["coder"] == "gdelt"  # an imported record says whose it is
