"""ingest_paths: directories, dedup, idempotency, batches, interrupted runs, standard input."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from pledgewatch.errors import StoreError
from pledgewatch.ingest import IngestOptions, ingest_paths


def write(path: Path, content: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")
    return path


def report_text(n: int) -> str:
    return f"Report {n}\n\nSEOUL, Aug. {n} (Yonhap) -- Report number {n} on the talks.\n"


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    write(root / "b.txt", report_text(2))
    write(root / "a.md", report_text(1))
    write(root / "sub" / "c.txt", report_text(3))
    write(root / "sub" / "deeper" / "d.txt", report_text(4))
    write(root / ".hidden.txt", report_text(5))
    write(root / ".git" / "e.txt", report_text(6))
    write(root / "README.md", "# About this corpus\n\nNot a report.\n")
    write(root / "sub" / "readme.txt", "Notes\n\nNot a report either.\n")
    write(root / "notes.yaml", "key: value\n")
    return root


def quiet(**options) -> IngestOptions:
    return IngestOptions(quiet=True, **options)


def written_sources(store, monkeypatch) -> list[str]:
    """The source path of every document the run writes, in the order written."""
    written: list[str] = []
    real_add = store.store_documents

    def recording_add(docs, **kwargs):
        written.extend(doc.source_path for doc in docs)
        return real_add(docs, **kwargs)

    monkeypatch.setattr(store, "store_documents", recording_add)
    return written


def test_directory_is_read_recursively_in_order_without_hidden_files_and_readmes(
    store, corpus, monkeypatch
):
    written = written_sources(store, monkeypatch)
    report = ingest_paths(store, [corpus], options=quiet(default_date=dt.date(2011, 8, 30)))
    read = [Path(source).relative_to(corpus).as_posix() for source in written]
    assert read == ["a.md", "b.txt", "sub/c.txt", "sub/deeper/d.txt"]
    # Plainly ingested sources are counted, not listed; the skipped file is listed.
    assert dict(report.source_counts) == {"ingested": 4, "skipped": 1}
    assert [s.status for s in report.sources] == ["skipped"]
    (skipped,) = report.skipped
    assert Path(skipped.source).name == "notes.yaml"
    assert "no reader for '.yaml' files" in skipped.skipped
    assert report.ok and report.ingested == 4
    dates = sorted(doc.published for doc in store.iter_documents())
    assert dates == [dt.date(2011, 8, day) for day in (1, 2, 3, 4)]


def test_same_ingest_twice_stores_nothing_new(store, corpus):
    first = ingest_paths(store, [corpus], options=quiet())
    second = ingest_paths(store, [corpus], options=quiet())
    assert (first.ingested, first.duplicates) == (4, 0)
    assert (second.ingested, second.duplicates, second.failed) == (0, 4, 0)
    assert second.summary() == "0 new, 4 duplicates, 0 failed"
    assert {s.status for s in second.sources if not s.skipped} == {"duplicate"}
    assert store.count_documents() == 4
    stored = {(doc.source_path, doc.id) for doc in store.iter_documents()}
    assert {(d.where, d.doc_id) for d in second.duplicate_documents} == stored
    assert first.duplicate_documents == []


def test_same_text_under_two_names_is_stored_once(store, tmp_path):
    one = write(tmp_path / "one.txt", "Title\n\nThe  envoys met.\n")
    two = write(tmp_path / "two.txt", "Title\r\n\r\nThe envoys met.   \r\n")
    report = ingest_paths(store, [one, two], options=quiet())
    assert (report.ingested, report.duplicates) == (1, 1)
    assert [(s.source, s.status) for s in report.sources] == [(str(two), "duplicate")]
    (stored,) = store.iter_documents()
    assert [(d.where, d.doc_id) for d in report.duplicate_documents] == [(str(two), stored.id)]


def test_documents_are_written_in_batches(store, corpus, monkeypatch):
    calls: list[int] = []
    real_add = store.store_documents

    def counting_add(docs, **kwargs):
        calls.append(len(docs))
        return real_add(docs, **kwargs)

    monkeypatch.setattr(store, "store_documents", counting_add)
    report = ingest_paths(store, [corpus], options=quiet(batch_size=3))
    assert calls == [3, 1]
    assert report.ingested == 4


def test_an_interrupted_run_can_be_run_again(store, corpus, monkeypatch):
    real_add = store.store_documents
    calls = 0

    def failing_second_batch(docs, **kwargs):
        nonlocal calls
        calls += 1
        if calls == 2:
            raise StoreError("disk full (simulated)")
        return real_add(docs, **kwargs)

    monkeypatch.setattr(store, "store_documents", failing_second_batch)
    with pytest.raises(StoreError):
        ingest_paths(store, [corpus], options=quiet(batch_size=2))
    assert store.count_documents() == 2  # the first batch, whole

    monkeypatch.setattr(store, "store_documents", real_add)
    again = ingest_paths(store, [corpus], options=quiet(batch_size=2))
    assert (again.ingested, again.duplicates) == (2, 2)
    assert store.count_documents() == 4


def test_stdin_and_files_in_one_run(store, tmp_path):
    path = write(tmp_path / "a.txt", report_text(1))
    stream = io.StringIO("From a pipe\n\nThe ministry said the talks were over.\n")
    report = ingest_paths(
        store,
        [path, "-"],
        options=quiet(default_date=dt.date(2011, 9, 1), publisher="Pipe Wire"),
        stdin=stream,
    )
    assert dict(report.source_counts) == {"ingested": 2}
    assert report.ingested == 2
    (piped,) = [doc for doc in store.iter_documents() if doc.source_path == "<stdin>"]
    assert (piped.title, piped.publisher, piped.published) == (
        "From a pipe",
        "Pipe Wire",
        dt.date(2011, 9, 1),
    )


def test_stdin_with_a_forced_format(store):
    stream = io.BytesIO(b'{"text": "One."}\n{"text": "Two."}\n')
    report = ingest_paths(store, ["-"], options=quiet(format="jsonl"), stdin=stream)
    assert report.ingested == 2


def test_forced_format_reads_unknown_extensions_in_directories(store, tmp_path):
    write(tmp_path / "d" / "x.story", "Title\n\nA story in an odd file.\n")
    report = ingest_paths(store, [tmp_path / "d"], options=quiet(format="text"))
    assert report.ingested == 1 and not report.skipped
