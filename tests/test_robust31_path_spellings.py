"""One file under another spelling of its path is one document: ``x.txt``, ``./x.txt``, its
absolute path, a symlink to it, its folder with a trailing slash. A re-ingest is recognised by
the raw content whatever the path; a document stored before raw hashes were kept is recognised
by its path under any of its spellings (before, ``./x.txt`` stored and ``x.txt`` ingested after
a reader change stored the file a second time)."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest
from sqlalchemy import select

from pledgewatch.ingest import IngestOptions, ingest_paths, read_path
from pledgewatch.ingest.hashing import content_hash, raw_content_hash
from pledgewatch.ingest.source_paths import path_spellings
from pledgewatch.store import schema

OPTIONS = IngestOptions(quiet=True)

# Written for this test: a made-up report whose second line breaks a word at a hyphen.
REPORT = (
    "Fishing talks end\n\n"
    "REYKJAVIK, May 4 -- Iceland and Norway agreed to share the mackerel quota after two\n"
    "weeks of nego-\ntiations, the ministry said.\n"
)
#: How an earlier reader stored it: the broken word kept its hyphen.
OLD_TEXT = (
    "REYKJAVIK, May 4 -- Iceland and Norway agreed to share the mackerel quota after two "
    "weeks of nego- tiations, the ministry said."
)


@pytest.fixture
def folder(tmp_path, monkeypatch):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "talks.txt").write_text(REPORT, encoding="utf-8")
    os.symlink(tmp_path / "news" / "talks.txt", tmp_path / "link.txt")
    os.symlink(tmp_path / "news", tmp_path / "linked")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _rows(store):
    with store.reading() as connection:
        return connection.execute(select(schema.documents)).all()


SPELLINGS = [
    "news/talks.txt",
    "./news/talks.txt",
    "{abs}/news/talks.txt",
    "link.txt",
    "news",
    "news/",
    "./news/",
    "{abs}/news/",
    "linked",
]


def test_every_spelling_of_one_file_is_one_document(store, folder):
    counts = []
    for spelling in SPELLINGS:
        report = ingest_paths(store, [spelling.format(abs=folder)], OPTIONS)
        counts.append((report.ingested, report.duplicates, report.failed))
    assert counts == [(1, 0, 0)] + [(0, 1, 0)] * (len(SPELLINGS) - 1)
    assert len(_rows(store)) == 1


def _stored_before_raw_hashes(store, stored_as: str, text: str = OLD_TEXT) -> str:
    (current,) = read_path("news/talks.txt", OPTIONS).documents
    old = dataclasses.replace(
        current,
        id=content_hash(text)[:16],
        text=text,
        content_hash=content_hash(text),
        raw_hash=None,
        source_path=stored_as,
    )
    assert store.add_documents([old]) == [True]
    return old.id


# (the path the earlier reader stored, the path given now)
LEGACY = [
    ("./news/talks.txt", "news/talks.txt"),
    ("news/talks.txt", "./news/talks.txt"),
    ("{abs}/news/talks.txt", "news/talks.txt"),
    ("news/talks.txt", "{abs}/news/talks.txt"),
    ("talks.txt", "news/talks.txt"),  # ingested from inside the folder before
    ("news/talks.txt", "news/"),
    ("news/talks.txt", "link.txt"),
    ("news/talks.txt", "linked"),
]


@pytest.mark.parametrize(("stored_as", "given"), LEGACY)
def test_a_document_stored_before_raw_hashes_is_renewed_under_another_spelling(
    store, folder, stored_as, given
):
    old_id = _stored_before_raw_hashes(store, stored_as.format(abs=folder))
    report = ingest_paths(store, [given.format(abs=folder)], OPTIONS)
    assert (report.ingested, report.renewed, report.duplicates) == (0, 1, 0)
    (row,) = _rows(store)
    assert row.id == old_id and "negotiations" in row.text
    assert row.raw_hash == raw_content_hash(REPORT.encode())
    again = ingest_paths(store, [given.format(abs=folder)], OPTIONS)
    assert (again.ingested, again.duplicates) == (0, 1)


def test_the_same_text_stored_before_raw_hashes_gains_its_raw_hash(store, folder):
    (current,) = read_path("news/talks.txt", OPTIONS).documents
    _stored_before_raw_hashes(store, "./news/talks.txt", text=current.text)
    report = ingest_paths(store, ["news/talks.txt"], OPTIONS)
    assert (report.ingested, report.duplicates) == (0, 1)
    (row,) = _rows(store)
    assert row.raw_hash == raw_content_hash(REPORT.encode())


def test_another_file_of_the_same_words_is_not_a_spelling(store, folder):
    Path("copy.txt").write_text(REPORT, encoding="utf-8")
    _stored_before_raw_hashes(store, "news/talks.txt")
    report = ingest_paths(store, ["copy.txt"], OPTIONS)
    assert report.ingested == 1
    assert len(_rows(store)) == 2


def test_spellings_of_a_record_keep_its_number(folder):
    Path("rows.csv").write_text("date,text\n2013-05-04,Oslo spoke.\n", encoding="utf-8")
    spellings = path_spellings("./rows.csv:2")
    assert {"rows.csv:2", "./rows.csv:2", f"{folder.resolve()}/rows.csv:2"} <= set(spellings)
    assert path_spellings("feed.xml: entry 3") == ("feed.xml: entry 3",)  # no such file


@pytest.mark.parametrize("name", ["<stdin>", "https://example.org/talks.html"])
def test_a_source_that_is_no_file_is_spelled_one_way(folder, name):
    assert path_spellings(name) == (name,)


def test_a_store_without_documents_from_before_raw_hashes_skips_the_path_lookup(store, folder):
    calls = []

    def spelled(path: str) -> list[str]:
        calls.append(path)
        return [path]

    (document,) = read_path("news/talks.txt", OPTIONS).documents
    written = store.store_documents(
        [document], same_reading=lambda *_: False, path_spellings=spelled
    )
    assert written == [("new", document.id)]
    assert calls == []  # nothing stored before raw hashes: no earlier reading to look for
    Path("other.txt").write_text("Oslo talks\n\nNorway said it would talk.\n", encoding="utf-8")
    _stored_before_raw_hashes(store, "news/talks.txt", text="An earlier reading.")
    (other,) = read_path("other.txt", OPTIONS).documents
    store.store_documents([other], same_reading=lambda *_: False, path_spellings=spelled)
    assert calls == ["other.txt"]
