"""GDELT 1.0 and 2.0 import: column layouts, provenance, zip/gz, idempotency, bad lines, filters."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from pledgewatch.analysis import event_series
from pledgewatch.cli import _common, build_app
from pledgewatch.errors import ConfigError, InputError
from pledgewatch.interop import import_events, layout
from pledgewatch.store import Store, open_store, schema
from pledgewatch.store.frames import events_frame

# Positions (0-based) from the GDELT codebooks, written out here independently of the layout
# files so that a wrong layout file fails these tests.
COMMON = {
    "GLOBALEVENTID": 0,
    "SQLDATE": 1,
    "MonthYear": 2,
    "Year": 3,
    "FractionDate": 4,
    "Actor1Code": 5,
    "Actor1Name": 6,
    "Actor1CountryCode": 7,
    "Actor1Type1Code": 12,
    "Actor2Code": 15,
    "Actor2Name": 16,
    "Actor2CountryCode": 17,
    "Actor2Type1Code": 22,
    "IsRootEvent": 25,
    "EventCode": 26,
    "EventBaseCode": 27,
    "EventRootCode": 28,
    "QuadClass": 29,
    "GoldsteinScale": 30,
    "NumMentions": 31,
    "NumSources": 32,
    "NumArticles": 33,
    "AvgTone": 34,
}
V1 = {**COMMON, "ActionGeo_FullName": 50, "DATEADDED": 56, "SOURCEURL": 57}
V2 = {**COMMON, "ActionGeo_FullName": 52, "DATEADDED": 59, "SOURCEURL": 60}


def gdelt_line(version: str, *, url: bool = True, **values: str) -> str:
    """A GDELT line with made-up values (57/58 columns for 1.0, 61 for 2.0)."""
    positions = V1 if version == "gdelt1" else V2
    width = (58 if url else 57) if version == "gdelt1" else 61
    fields = [""] * width
    defaults = {
        "GLOBALEVENTID": "229876543",
        "SQLDATE": "20110824",
        "MonthYear": "201108",
        "Year": "2011",
        "FractionDate": "2011.6411",
        "Actor1Code": "PRKGOV",
        "Actor1Name": "NORTH KOREA",
        "Actor1CountryCode": "PRK",
        "Actor1Type1Code": "GOV",
        "Actor2Code": "RUS",
        "Actor2Name": "RUSSIA",
        "Actor2CountryCode": "RUS",
        "IsRootEvent": "1",
        "EventCode": "036",
        "EventBaseCode": "036",
        "EventRootCode": "03",
        "QuadClass": "1",
        "GoldsteinScale": "4",
        "NumMentions": "12",
        "NumSources": "3",
        "NumArticles": "12",
        "AvgTone": "2.41",
        "ActionGeo_FullName": "Ulan-Ude, Buryatiya, Russia",
        "DATEADDED": "20110824" if version == "gdelt1" else "20110824153000",
        "SOURCEURL": "https://news.example.invalid/kim-medvedev",
    }
    for name, value in {**defaults, **values}.items():
        if name == "SOURCEURL" and not url and version == "gdelt1":
            continue
        fields[positions[name]] = value
    return "\t".join(fields)


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def stored(store: Store) -> dict[str, dict]:
    frame = events_frame(store)
    return {row["id"]: row for row in frame.to_dict(orient="records")}


def count_events(store: Store) -> int:
    with store.reading() as connection:
        return int(connection.execute(select(func.count()).select_from(schema.events)).scalar())


def test_layout_files_follow_the_codebooks() -> None:
    gdelt1, gdelt2, icews = layout("gdelt1"), layout("gdelt2"), layout("icews")
    assert (len(gdelt1), len(gdelt2), len(icews)) == (58, 61, 20)
    for name, position in V1.items():
        assert gdelt1[position] == name
    for name, position in V2.items():
        assert gdelt2[position] == name
    assert icews[0] == "Event ID" and icews[6] == "CAMEO Code" and icews[-1] == "Longitude"


def test_gdelt1_backfile_row_becomes_an_event_with_provenance(store: Store, tmp_path: Path) -> None:
    path = write_lines(tmp_path / "2011.csv", [gdelt_line("gdelt1", url=False)])
    report = import_events(store, [path], fmt="gdelt1")
    assert (report.lines, report.inserted, report.bad_lines) == (1, 1, 0)
    event = stored(store)["gdelt:229876543"]
    assert event["date"] == dt.date(2011, 8, 24) and event["date_precision"] == "day"
    assert (event["source"], event["target"]) == ("PRKGOV", "RUS")
    assert (event["source_text"], event["target_text"]) == ("NORTH KOREA", "RUSSIA")
    assert (event["cameo"], event["root"], event["quad"], event["goldstein"]) == (
        "036",
        "03",
        1,
        4.0,
    )
    assert (event["plover"], event["penta"]) == ("AGREE", 1)
    assert (event["origin"], event["modality"], event["doc_id"]) == ("gdelt", "reported", None)
    provenance = event["provenance"]
    assert provenance["file"] == str(path.resolve()) and provenance["line"] == 1
    assert provenance["original_id"] == "229876543" and provenance["source_url"] is None
    assert provenance["NumMentions"] == "12"
    assert provenance["ActionGeo_FullName"] == "Ulan-Ude, Buryatiya, Russia"


def test_gdelt1_daily_file_keeps_the_source_url(store: Store, tmp_path: Path) -> None:
    path = write_lines(tmp_path / "20130402.export.CSV", [gdelt_line("gdelt1")])
    import_events(store, [path], fmt="gdelt1")
    provenance = stored(store)["gdelt:229876543"]["provenance"]
    assert provenance["source_url"] == "https://news.example.invalid/kim-medvedev"
    assert provenance["DATEADDED"] == "20110824"


def test_gdelt2_row_uses_the_61_column_layout(store: Store, tmp_path: Path) -> None:
    line = gdelt_line(
        "gdelt2",
        GLOBALEVENTID="410000001",
        SQLDATE="20150301",
        Actor1Code="PRKMIL",
        Actor2Code="KOR",
        EventCode="1721",
        EventBaseCode="172",
        EventRootCode="17",
        QuadClass="4",
        GoldsteinScale="-7.0",
    )
    path = write_lines(tmp_path / "20150301000000.export.CSV", [line])
    report = import_events(store, [path], fmt="gdelt2")
    assert report.inserted == 1
    event = stored(store)["gdelt:410000001"]
    assert (event["source"], event["target"], event["cameo"]) == ("PRKMIL", "KOR", "1721")
    assert (event["quad"], event["goldstein"], event["plover"]) == (4, -7.0, "COERCE")
    provenance = event["provenance"]
    assert provenance["ActionGeo_FullName"] == "Ulan-Ude, Buryatiya, Russia"
    assert provenance["DATEADDED"] == "20110824153000"
    assert provenance["source_url"] == "https://news.example.invalid/kim-medvedev"


@pytest.mark.parametrize("packing", ["zip", "gz"])
def test_zip_and_gzip_files_are_read(store: Store, tmp_path: Path, packing: str) -> None:
    lines = [gdelt_line("gdelt1", GLOBALEVENTID=str(n)) for n in range(1, 4)]
    if packing == "zip":
        path = tmp_path / "20110824.export.CSV.zip"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("20110824.export.CSV", "\n".join(lines) + "\n")
    else:
        path = tmp_path / "20110824.export.CSV.gz"
        path.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))
    report = import_events(store, [path], fmt="gdelt1")
    assert report.inserted == 3
    provenance = stored(store)["gdelt:2"]["provenance"]
    assert provenance["line"] == 2
    if packing == "zip":
        assert provenance["file"].endswith(".zip!20110824.export.CSV")


def test_reimport_is_idempotent(any_store: Store, tmp_path: Path) -> None:
    lines = [gdelt_line("gdelt1", GLOBALEVENTID=str(n)) for n in range(1, 6)]
    path = write_lines(tmp_path / "a.csv", lines)
    first = import_events(any_store, [path], fmt="gdelt1")
    again = import_events(any_store, [path], fmt="gdelt1", batch_size=2)
    assert (first.inserted, first.already_present) == (5, 0)
    assert (again.inserted, again.already_present) == (0, 5)
    assert count_events(any_store) == 5
    assert stored(any_store)["gdelt:3"]["provenance"]["line"] == 3


def test_bad_lines_are_reported_with_file_and_line_and_skipped(
    store: Store, tmp_path: Path
) -> None:
    good = gdelt_line("gdelt1", GLOBALEVENTID="1")
    lines = [
        good,
        "\t".join(good.split("\t")[:40]),  # cut short
        gdelt_line("gdelt1", GLOBALEVENTID="3", SQLDATE="2011-13-45"),
        gdelt_line("gdelt1", GLOBALEVENTID="4", EventCode="X12"),
        gdelt_line("gdelt2", GLOBALEVENTID="5"),  # a 2.0 line in a 1.0 file
        gdelt_line("gdelt1", GLOBALEVENTID="", SQLDATE="20110825"),
        gdelt_line("gdelt1", GLOBALEVENTID="7", GoldsteinScale="very bad"),
        gdelt_line("gdelt1", GLOBALEVENTID="8"),
    ]
    path = write_lines(tmp_path / "mixed.csv", lines)
    report = import_events(store, [path], fmt="gdelt1")
    assert (report.inserted, report.bad_lines) == (2, 6)
    assert set(stored(store)) == {"gdelt:1", "gdelt:8"}
    problems = "\n".join(report.problems)
    assert f"{path}:2: 40 columns, GDELT 1.0 has 57 or 58" in problems
    assert f"{path}:3: bad date '2011-13-45'" in problems
    assert f"{path}:4: EventCode 'X12' is not a CAMEO event code" in problems
    assert f"{path}:5: 61 columns" in problems and "use --format gdelt2" in problems
    assert f"{path}:6: empty GLOBALEVENTID" in problems
    assert f"{path}:7: GoldsteinScale 'very bad' is not a number" in problems


def test_filters_by_date_and_actor(store: Store, tmp_path: Path) -> None:
    lines = [
        gdelt_line("gdelt1", GLOBALEVENTID="1", SQLDATE="20101123"),
        gdelt_line("gdelt1", GLOBALEVENTID="2", SQLDATE="20110824"),
        gdelt_line(
            "gdelt1",
            GLOBALEVENTID="3",
            SQLDATE="20110825",
            Actor1Code="USAGOV",
            Actor2Code="PRK",
        ),
        gdelt_line(
            "gdelt1", GLOBALEVENTID="4", SQLDATE="20110826", Actor1Code="JPN", Actor2Code="CHN"
        ),
        gdelt_line("gdelt1", GLOBALEVENTID="5", SQLDATE="20120101"),
    ]
    path = write_lines(tmp_path / "f.csv", lines)
    report = import_events(
        store,
        [path],
        fmt="gdelt1",
        since=dt.date(2011, 1, 1),
        until=dt.date(2011, 12, 31),
        actor="PRK",
    )
    assert set(stored(store)) == {"gdelt:2", "gdelt:3"}
    assert report.filtered_out == 3


def test_format_is_detected_and_a_header_line_skipped(store: Store, tmp_path: Path) -> None:
    header = "\t".join(layout("gdelt2"))
    path = write_lines(tmp_path / "v2.csv", [header, gdelt_line("gdelt2", GLOBALEVENTID="9")])
    report = import_events(store, [path])  # fmt="auto"
    assert (report.inserted, report.bad_lines) == (1, 0)
    assert stored(store)["gdelt:9"]["provenance"]["format"] == "gdelt2"


def test_unknown_layout_and_missing_file_are_errors(store: Store, tmp_path: Path) -> None:
    path = write_lines(tmp_path / "odd.txt", ["a\tb\tc"])
    with pytest.raises(InputError, match="cannot tell the format"):
        import_events(store, [path])
    with pytest.raises(InputError, match="no such file"):
        import_events(store, [tmp_path / "missing.csv"])
    with pytest.raises(ConfigError, match="unknown format"):
        import_events(store, [path], fmt="polecat")


def test_many_lines_stream_in_batches_with_progress(store: Store, tmp_path: Path) -> None:
    lines = [
        gdelt_line("gdelt1", GLOBALEVENTID=str(n), SQLDATE=f"2011{1 + n % 12:02d}15")
        for n in range(12_000)
    ]
    path = write_lines(tmp_path / "big.csv", lines)
    calls: list[tuple[int, int]] = []
    report = import_events(
        store,
        [path],
        fmt="gdelt1",
        batch_size=5000,
        on_progress=lambda _label, done, total: calls.append((done, total)),
    )
    assert report.inserted == 12_000 and count_events(store) == 12_000
    size = path.stat().st_size
    assert calls[-1] == (size, size)
    assert len(calls) > 3 and all(done <= total for done, total in calls)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_imported_events_feed_the_trends(store: Store, tmp_path: Path) -> None:
    lines = [
        gdelt_line("gdelt1", GLOBALEVENTID="1", SQLDATE="20110805", Actor2Code="USA"),
        gdelt_line(
            "gdelt1",
            GLOBALEVENTID="2",
            SQLDATE="20110822",
            Actor2Code="KORBUS",
            EventCode="1711",
            EventBaseCode="171",
            EventRootCode="17",
            QuadClass="4",
            GoldsteinScale="-9.2",
        ),
    ]
    import_events(store, [write_lines(tmp_path / "t.csv", lines)], fmt="gdelt1")
    series = event_series(store, "PRK", "USA,KOR")
    by_target = series.set_index("target")
    assert by_target.loc["USA", "verbal_coop"] == 1
    assert by_target.loc["KOR", "material_conflict"] == 1
    assert by_target.loc["KOR", "event_ids"] == ["gdelt:2"]


# -- CLI ------------------------------------------------------------------------------------------

runner = CliRunner()


@pytest.fixture()
def wide_console(monkeypatch):
    monkeypatch.setattr(_common.console, "_width", 400)


def test_cli_import_summary_and_exit_status(tmp_path: Path, wide_console) -> None:
    db = str(tmp_path / "cli.db")
    good = write_lines(tmp_path / "good.csv", [gdelt_line("gdelt1", GLOBALEVENTID="1")])
    result = runner.invoke(build_app(), ["--db", db, "import", str(good), "--format", "gdelt1"])
    assert result.exit_code == 0, result.output
    assert "new events" in result.output
    again = runner.invoke(build_app(), ["--db", db, "import", str(good), "--json"])
    assert again.exit_code == 0
    assert json.loads(again.stdout)["already_present"] == 1
    bad = write_lines(tmp_path / "bad.csv", [gdelt_line("gdelt1", GLOBALEVENTID="2"), "x\ty"])
    partial = runner.invoke(build_app(), ["--db", db, "import", str(bad), "--format", "gdelt1"])
    assert partial.exit_code == 1
    assert f"{bad}:2: 2 columns" in partial.output
    with open_store(f"sqlite:///{db}") as store:
        assert count_events(store) == 2


def test_cli_import_bad_format_option(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "g.csv", [gdelt_line("gdelt1")])
    result = runner.invoke(
        build_app(), ["--db", str(tmp_path / "x.db"), "import", str(path), "--format", "cameo"]
    )
    assert result.exit_code == 2 and "unknown format" in result.output
