"""Re-ingest identity: a document is its source's raw content. Ingesting a file again after
the readers' normalisation changed renews the stored document in place (same id, new text,
coding dropped for ``code`` to redo) instead of storing it a second time; stores made before
raw hashes were kept are migrated and their documents recognised by source path and text."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, func, insert, select

from pledgewatch.ingest import IngestOptions, ingest_paths, read_path
from pledgewatch.ingest.hashing import content_hash, raw_content_hash, same_reading
from pledgewatch.store import open_store, schema
from pledgewatch.store.migrate import alembic_config

OPTIONS = IngestOptions(quiet=True)

# Written for this test from 2012 facts.
REPORT = (
    "Talks in Beijing\n\n"
    "BEIJING, Feb. 29, 2012 (Yonhap) -- North Korea agreed to suspend uranium enrichment and\n"
    "missile tests in return for food aid, after three days of nego-\n"
    "tiations with the United States.\n"
)
#: How the report read before: the broken word kept its hyphen and a space.
OLD_TEXT = (
    "BEIJING, Feb. 29, 2012 (Yonhap) -- North Korea agreed to suspend uranium enrichment and "
    "missile tests in return for food aid, after three days of nego- tiations with the United "
    "States."
)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _stored_earlier(store, path: Path, *, raw: bool, text: str = OLD_TEXT) -> str:
    """A document as an earlier reader stored ``path``, coded: its id."""
    (current,) = read_path(path, OPTIONS).documents
    old = dataclasses.replace(
        current,
        id=content_hash(text)[:16],
        text=text,
        content_hash=content_hash(text),
        raw_hash=current.raw_hash if raw else None,
    )
    assert store.add_documents([old]) == [True]
    with store.transaction() as connection:
        connection.execute(
            insert(schema.sentences),
            [
                {
                    "id": f"{old.id}:0",
                    "doc_id": old.id,
                    "idx": 0,
                    "text": "x",
                    "start_char": 0,
                    "end_char": 1,
                }
            ],
        )
        connection.execute(
            insert(schema.events),
            [{"id": f"{old.id}:0:0", "doc_id": old.id, "cameo": "057", "root": "05"}],
        )
        connection.execute(
            schema.documents.update()
            .where(schema.documents.c.id == old.id)
            .values(coded_version="v1", coded_at=dt.datetime.now(dt.UTC))
        )
    return old.id


def _rows(store):
    with store.reading() as connection:
        return connection.execute(select(schema.documents)).all()


def _count(store, table) -> int:
    with store.reading() as connection:
        return int(connection.execute(select(func.count()).select_from(table)).scalar_one())


def test_same_file_twice_is_one_document_with_its_raw_hash(any_store, tmp_path):
    path = _write(tmp_path, "talks.txt", REPORT)
    first = ingest_paths(any_store, [path], OPTIONS)
    again = ingest_paths(any_store, [path], OPTIONS)
    assert (first.ingested, again.ingested, again.duplicates, again.renewed) == (1, 0, 1, 0)
    (row,) = _rows(any_store)
    assert row.raw_hash == raw_content_hash(path.read_bytes())
    assert "negotiations" in row.text


@pytest.mark.parametrize("raw", [True, False], ids=["raw hash stored", "stored before raw hashes"])
def test_file_read_anew_renews_its_document(any_store, tmp_path, raw):
    path = _write(tmp_path, "talks.txt", REPORT)
    old_id = _stored_earlier(any_store, path, raw=raw)
    report = ingest_paths(any_store, [path], OPTIONS)
    assert (report.ingested, report.renewed, report.duplicates) == (0, 1, 0)
    assert "1 renewed" in report.summary()
    (row,) = _rows(any_store)
    assert row.id == old_id  # the id stays: nothing that refers to it is orphaned
    assert "three days of negotiations" in row.text
    assert row.raw_hash == raw_content_hash(path.read_bytes())
    assert row.coded_version is None and row.coded_at is None  # `code` codes it again
    assert _count(any_store, schema.events) == 0
    assert _count(any_store, schema.sentences) == 0
    # and once renewed, it is a duplicate
    assert ingest_paths(any_store, [path], OPTIONS).duplicates == 1


def test_legacy_document_from_another_path_is_not_taken(store, tmp_path):
    path = _write(tmp_path, "talks.txt", REPORT)
    _stored_earlier(store, path, raw=False)
    copy = _write(tmp_path, "copy.txt", REPORT)
    report = ingest_paths(store, [copy], OPTIONS)
    assert report.ingested == 1
    assert len(_rows(store)) == 2


def test_edited_source_is_a_new_document_beside_the_old(store, tmp_path):
    path = _write(tmp_path, "talks.txt", REPORT)
    edited = OLD_TEXT.replace("food aid", "240,000 tonnes of food aid and a visit")
    _stored_earlier(store, path, raw=False, text=edited)
    report = ingest_paths(store, [path], OPTIONS)
    assert (report.ingested, report.renewed) == (1, 0)
    assert len(_rows(store)) == 2


def test_renewed_text_already_stored_elsewhere_is_a_duplicate(store, tmp_path):
    path = _write(tmp_path, "talks.txt", REPORT)
    old_id = _stored_earlier(store, path, raw=True)
    other = _write(tmp_path, "other.txt", REPORT.replace("\n\nBEIJING", "\n\n\nBEIJING"))
    assert ingest_paths(store, [other], OPTIONS).ingested == 1
    report = ingest_paths(store, [path], OPTIONS)
    assert (report.renewed, report.duplicates) == (0, 1)
    assert {row.id for row in _rows(store)} >= {old_id}
    assert len(_rows(store)) == 2
    assert _count(store, schema.events) == 1  # the old reading keeps its coding


def test_dateline_read_anew_renews_the_date(store, tmp_path):
    path = _write(
        tmp_path, "caps.txt", "SEOUL, NOV. 23, 2010 (YONHAP) -- THE SOUTH RETURNED FIRE.\n"
    )
    options = IngestOptions(quiet=True, default_date=dt.date(2011, 6, 1))
    (current,) = read_path(path, options).documents
    undated = dataclasses.replace(
        current, raw_hash=None, published=dt.date(2011, 6, 1), publisher=None, place=None
    )
    store.add_documents([undated])
    report = ingest_paths(store, [path], options)
    assert report.renewed == 1
    (row,) = _rows(store)
    assert (str(row.published), row.publisher) == ("2010-11-23", "Yonhap")


@pytest.mark.parametrize(
    ("old_title", "old_text", "new_title", "new_text", "same"),
    [
        (None, "nego- tiations resumed", None, "negotiations resumed", True),
        (
            "North Korea fired",
            "artillery at the island.",
            None,
            "North Korea fired artillery at the island.",
            True,
        ),
        (None, "Seoul&#8217;s envoy left.", None, "Seoul\u2019s envoy left.", True),
        # page furniture the new reading drops
        (
            "BRIEF  Page 1",
            "Seoul said no.\nBrief - 1\n\nBRIEF  Page 2\nTokyo agreed.\nBrief - 2",
            None,
            "Seoul said no. Tokyo agreed.",
            True,
        ),
        (None, "Seoul said no.\n\n- 2 -", None, "Seoul said no.", True),
        # other words: another document
        (None, "Seoul said no.", None, "Seoul said yes.", False),
        (None, "Seoul said no to the offer of talks.", None, "Seoul said no.", False),
        (None, "Seoul said no.", None, "Seoul said no, and Tokyo agreed.", False),
        # a line repeated in the text, kept by the new reading: not furniture
        (None, "No.\nSeoul said no.\nNo.", None, "Seoul said no.\nNo.", False),
    ],
)
def test_same_reading_table(old_title, old_text, new_title, new_text, same):
    assert same_reading(old_title, old_text, new_title, new_text) is same


def test_store_made_before_raw_hashes_is_migrated_and_recognised(tmp_path):
    database = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{database}")
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
    path = _write(tmp_path, "talks.txt", REPORT)
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO documents (id, content_hash, title, date_precision, language, text, "
            "source_path, meta) VALUES (?, ?, 'Talks in Beijing', 'unknown', 'en', ?, ?, '{}')",
            (content_hash(OLD_TEXT)[:16], content_hash(OLD_TEXT), OLD_TEXT, str(path)),
        )
    engine.dispose()
    with open_store(f"sqlite:///{database}") as store:
        (row,) = _rows(store)
        assert row.raw_hash is None
        assert store.document(row.id).text == OLD_TEXT
        report = ingest_paths(store, [path], OPTIONS)
        assert report.renewed == 1
        (renewed,) = _rows(store)
        assert renewed.id == row.id and "negotiations" in renewed.text
