"""Gzip-compressed sources are read as what they hold: ``rows.csv.gz`` as a CSV, ``notes.gz``
by its content; the same report gzipped or not is one document. A gzip file cut short or
corrupt, one named .gz that is not gzip, and one that unpacks past the size limit are each a
failure naming the file and the problem (before, every .gz was "no reader for '.gz'")."""

from __future__ import annotations

import gzip

import pytest

from pledgewatch.ingest import IngestOptions, ingest_paths, read_bytes, read_path
from pledgewatch.ingest.compressed import reader_suffix

OPTIONS = IngestOptions(quiet=True)
# made up for this test
REPORT = b"Ferry talks\n\nVALLETTA, April 2 -- Malta said it would add a second ferry route.\n"
ROWS = b'date,text\n2014-04-02,"Malta said it would add a ferry route."\n'


@pytest.mark.parametrize(
    ("name", "data", "format"),
    [("report.txt.gz", REPORT, "text"), ("notes.gz", REPORT, "text"), ("rows.csv.gz", ROWS, "csv")],
)
def test_a_gzip_file_is_read_as_what_it_holds(tmp_path, name, data, format):
    path = tmp_path / name
    path.write_bytes(gzip.compress(data))
    (document,) = read_path(path, OPTIONS).documents
    assert document.meta["format"] == format
    assert "Malta said it would add" in document.text


def test_the_same_report_gzipped_or_not_is_one_document(store, tmp_path):
    (tmp_path / "report.txt").write_bytes(REPORT)
    (tmp_path / "report.txt.gz").write_bytes(gzip.compress(REPORT))
    first = ingest_paths(store, [tmp_path], OPTIONS)
    assert (first.ingested, first.duplicates, first.failed) == (1, 1, 0)
    again = ingest_paths(store, [tmp_path], OPTIONS)
    assert (again.ingested, again.duplicates) == (0, 2)


def test_gzip_on_standard_input_is_decompressed():
    (document,) = read_bytes(gzip.compress(REPORT), name="<stdin>", format="text").documents
    assert document.title == "Ferry talks"


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("cut.txt.gz", gzip.compress(REPORT * 20)[:60], "gzip file cut off"),
        ("bad.txt.gz", b"\x1f\x8b\x08\x00" + b"\xff" * 40, "corrupt gzip file"),
        ("plain.txt.gz", REPORT, "not gzip-compressed"),
        ("big.txt.gz", gzip.compress(b"Malta. " * 3000), "over the size limit once decompressed"),
    ],
)
def test_a_bad_gzip_file_fails_with_its_name_and_problem(store, tmp_path, name, data, problem):
    (tmp_path / name).write_bytes(data)
    (tmp_path / "ok.txt").write_bytes(REPORT)
    report = ingest_paths(store, [tmp_path], IngestOptions(quiet=True, max_bytes=10_000))
    assert report.ingested == 1  # the batch goes on past the bad file
    (failure,) = report.failures
    assert failure.where.endswith(name) and problem in failure.reason


@pytest.mark.parametrize(
    ("name", "suffix"),
    [("a.csv", ".csv"), ("a.csv.gz", ".csv"), ("a.gz", ""), ("a.tar.gz", ".tar"), ("a", "")],
)
def test_reader_suffix(name, suffix):
    assert reader_suffix(name) == suffix
