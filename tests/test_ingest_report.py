"""The ingest report: exact counts, details only for what needs a look, and bounded.

A run keeps the first ``detail_limit`` failures, duplicate documents and notable sources and
counts the rest, so its memory does not grow with the corpus; the CLI says how many more
there were, and ``ingest --json`` gives the same report as data.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import pledgewatch.ingest.pipeline as pipeline
from pledgewatch.cli import _common, build_app
from pledgewatch.ingest import IngestOptions, IngestReport, ingest_paths
from pledgewatch.ingest.report import Failure, SourceReport

runner = CliRunner()


def write_mixed_corpus(root: Path, good: int, bad: int) -> Path:
    """``good`` distinct reports and ``bad`` binary files, interleaved by name."""
    root.mkdir(parents=True, exist_ok=True)
    for n in range(good):
        (root / f"{n:03d}-good.txt").write_text(f"Report {n}\n\nThe envoys met {n} times.\n")
    for n in range(bad):
        (root / f"{n:03d}-zbad.txt").write_bytes(b"\x00\x01binary\x00")
    return root


@pytest.fixture()
def small_limit(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(pipeline, "IngestReport", functools.partial(IngestReport, detail_limit=3))
    return 3


@pytest.mark.parametrize(
    ("good", "bad", "listed_failures", "failures_not_listed"),
    [(2, 1, 1, 0), (5, 3, 3, 0), (12, 9, 3, 6)],
)
def test_counts_are_exact_and_details_bounded(
    store, tmp_path, small_limit, good, bad, listed_failures, failures_not_listed
):
    corpus = write_mixed_corpus(tmp_path / "c", good, bad)
    options = IngestOptions(quiet=True, batch_size=4)
    first = ingest_paths(store, [corpus], options=options)
    assert (first.ingested, first.duplicates, first.failed) == (good, 0, bad)
    assert len(first.failures) == listed_failures
    assert first.failures_not_listed == failures_not_listed
    assert [Path(f.where).name for f in first.failures] == [
        f"{n:03d}-zbad.txt" for n in range(listed_failures)
    ]
    assert dict(first.source_counts) == {"ingested": good, "failed": bad}
    assert len(first.sources) == min(bad, small_limit)
    assert first.sources_not_listed == bad - len(first.sources)

    again = ingest_paths(store, [corpus], options=options)
    assert (again.ingested, again.duplicates, again.failed) == (0, good, bad)
    assert len(again.duplicate_documents) == min(good, small_limit)
    assert again.duplicates_not_listed == good - len(again.duplicate_documents)
    stored = {doc.id for doc in store.iter_documents()}
    assert {d.doc_id for d in again.duplicate_documents} <= stored
    assert again.sources_read == good + bad
    assert len(again.sources) == small_limit  # duplicate and failed sources, the first three


def test_sources_are_folded_in_the_order_read(store, tmp_path):
    corpus = write_mixed_corpus(tmp_path / "c", 3, 3)
    (corpus / "notes.yaml").write_text("key: value\n")
    report = ingest_paths(store, [corpus], options=IngestOptions(quiet=True, batch_size=100))
    assert [Path(s.source).name for s in report.sources] == [
        "000-zbad.txt",
        "001-zbad.txt",
        "002-zbad.txt",
        "notes.yaml",
    ]
    assert [s.status for s in report.sources] == ["failed", "failed", "failed", "skipped"]


def test_a_source_with_many_failures_keeps_only_the_first():
    report = IngestReport(detail_limit=2)
    source = SourceReport(
        "big.csv", failures=[Failure(f"big.csv:{n}", "bad", "PW1") for n in range(5)]
    )
    source.ingested = 1
    report.add_source(source)
    assert [f.where for f in report.failures] == ["big.csv:0", "big.csv:1"]
    assert (report.failed, report.failures_not_listed) == (5, 3)
    assert report.sources[0].status == "partial"
    assert len(report.sources[0].failures) == 2


def test_to_dict_is_json_with_counts_and_details(store, tmp_path):
    corpus = write_mixed_corpus(tmp_path / "c", 2, 1)
    ingest_paths(store, [corpus], options=IngestOptions(quiet=True))
    report = ingest_paths(store, [corpus], options=IngestOptions(quiet=True))
    data = json.loads(json.dumps(report.to_dict()))
    assert data["summary"] == "0 new, 2 duplicates, 1 failed"
    assert data["sources"] == {"read": 3, "duplicate": 2, "failed": 1}
    assert [Path(f["where"]).name for f in data["failures"]] == ["000-zbad.txt"]
    assert len(data["duplicate_documents"]) == 2
    assert data["failures_not_listed"] == data["duplicates_not_listed"] == 0


# -- the command line ---------------------------------------------------------------------------


def invoke(db: Path, *args: str):
    return runner.invoke(build_app(), ["--db", str(db), "ingest", "--quiet", *args])


def test_cli_json_output(tmp_path):
    corpus = write_mixed_corpus(tmp_path / "c", 2, 1)
    result = invoke(tmp_path / "j.db", "--json", str(corpus))
    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    assert (data["ingested"], data["duplicates"], data["failed"]) == (2, 0, 1)
    assert "binary data" in data["failures"][0]["reason"]


def test_cli_says_how_many_failures_are_not_listed(tmp_path, small_limit, monkeypatch):
    monkeypatch.setattr(_common.console, "_width", 400)
    corpus = write_mixed_corpus(tmp_path / "c", 1, 5)
    result = invoke(tmp_path / "m.db", str(corpus))
    assert result.exit_code == 1, result.output
    assert "1 new, 0 duplicates, 5 failed" in result.output
    assert "... and 2 more failure(s) not listed (the first 3 are shown)" in result.output
    assert result.output.count("binary data") == 3
