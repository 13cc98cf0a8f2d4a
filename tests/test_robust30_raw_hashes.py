"""Raw hashes of a many-document source: the source's bytes are hashed once, not once per row
(reading a large CSV was quadratic in its rows), each record keeps the hash it had before (so
stores written since migration 0003 still recognise their rows), and re-ingesting a CSV stored
before raw hashes renews every row once: no document lost, none stored twice."""

from __future__ import annotations

import csv
import dataclasses
import hashlib
from pathlib import Path

import pytest
from sqlalchemy import select

from pledgewatch.ingest import IngestOptions, hashing, ingest_paths, read_path
from pledgewatch.ingest.hashing import content_hash, raw_content_hash
from pledgewatch.store import schema

OPTIONS = IngestOptions(quiet=True, batch_size=7)
PLACES = ("Seoul", "Tokyo", "Hanoi", "Manila", "Jakarta")


def _csv(path: Path, rows: int) -> Path:
    """Rows written for this test: each a different made-up round of trade talks."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["date", "title", "text"])
        for index in range(rows):
            place = PLACES[index % len(PLACES)]
            writer.writerow(
                [
                    f"2013-03-{index % 28 + 1:02d}",
                    f"Round {index}",
                    f"{place} closed round {index} of trade negotiations without a deal.",
                ]
            )
    return path


class _CountingSha256:
    """hashlib stand-in counting the bytes handed to a new sha256."""

    def __init__(self) -> None:
        self.bytes = 0

    def sha256(self, data: bytes = b"") -> hashlib._Hash:
        self.bytes += len(data)
        return hashlib.sha256(data)


def test_a_many_row_source_is_hashed_once(tmp_path, monkeypatch):
    path = _csv(tmp_path / "rounds.csv", 300)
    counting = _CountingSha256()
    monkeypatch.setattr(hashing, "hashlib", counting)
    documents = read_path(path, OPTIONS).documents
    assert len(documents) == 300
    # the file once for the raw hashes, plus each row's own text for its content hash
    assert counting.bytes < 3 * path.stat().st_size


@pytest.mark.parametrize("records", [1, 2, 5])
def test_record_hashes_are_the_hashes_records_had(records):
    data = b"date,text\n2013-03-01,Seoul spoke.\n"
    expected = [
        hashlib.sha256(data + f"\x00record {record}".encode()).hexdigest()
        for record in range(records)
    ]
    assert hashing.raw_record_hashes(data, records) == expected
    assert [raw_content_hash(data, record) for record in range(records)] == expected
    assert raw_content_hash(data) == hashlib.sha256(data).hexdigest()


def test_a_csv_stored_before_raw_hashes_is_renewed_row_by_row(store, tmp_path):
    path = _csv(tmp_path / "rounds.csv", 40)
    current = read_path(path, OPTIONS).documents
    earlier = []
    for document in current:
        # how the rows read before: the word broken at a line-end hyphen kept its break
        text = document.text.replace("negotiations", "nego- tiations")
        earlier.append(
            dataclasses.replace(
                document,
                id=content_hash(text)[:16],
                text=text,
                content_hash=content_hash(text),
                raw_hash=None,
            )
        )
    assert store.add_documents(earlier) == [True] * 40
    report = ingest_paths(store, [path], OPTIONS)
    assert (report.ingested, report.renewed, report.duplicates) == (0, 40, 0)
    with store.reading() as connection:
        rows = connection.execute(select(schema.documents)).all()
    assert sorted(row.id for row in rows) == sorted(document.id for document in earlier)
    assert sorted(row.raw_hash for row in rows) == sorted(d.raw_hash for d in current)
    assert all("nego- tiations" not in row.text for row in rows)
    again = ingest_paths(store, [path], OPTIONS)
    assert (again.ingested, again.renewed, again.duplicates) == (0, 0, 40)
    assert store.count_documents() == 40
