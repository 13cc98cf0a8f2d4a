"""Compression is recognised by a source's first bytes, not its name: gzip, bzip2 and xz files
(``report.txt.bz2``, ``rows.csv.xz``, or a ``report.txt`` that is in fact compressed) are read
as what they hold, and a compressed stream on standard input is read by its content without
``--format``. A stream cut off or corrupt says which compression and what went wrong; a name
that says ``.bz2`` on bytes that are not, and a compression that is not read (zstd, by its
bytes or its name), each fail naming the file (before, bzip2 and xz were "binary data", a
gzip JSON Lines stream on standard input one text document)."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma

import pytest

from pledgewatch.ingest import IngestOptions, ingest_paths, read_path
from pledgewatch.ingest.compressed import compression_of, inner_name

OPTIONS = IngestOptions(quiet=True)
# made up for these tests
REPORT = b"Grain deal\n\nNAIROBI, March 3 -- Kenya said it would cut its grain levy in May.\n"
ROWS = b'date,text\n2016-03-03,"Uganda said it would open two border posts."\n'
LINES = (
    b'{"text": "Kenya pledged to repair the rail link.", "date": "2016-03-04"}\n'
    b'{"text": "Uganda said it would share the cost.", "date": "2016-03-05"}\n'
)
ZSTD = b"\x28\xb5\x2f\xfd\x04\x00\x51\x00\x00" + b"Kenya" * 4

COMPRESS = {"gzip": gzip.compress, "bzip2": bz2.compress, "xz": lzma.compress}


@pytest.mark.parametrize(
    ("name", "data", "format"),
    [
        ("report.txt.bz2", bz2.compress(REPORT), "text"),
        ("report.txt.xz", lzma.compress(REPORT), "text"),
        ("rows.csv.bz2", bz2.compress(ROWS), "csv"),
        ("rows.csv.xz", lzma.compress(ROWS), "csv"),
        ("notes.xz", lzma.compress(REPORT), "text"),
        # the name does not say so: the bytes do
        ("report.txt", bz2.compress(REPORT), "text"),
        ("rows.csv", lzma.compress(ROWS), "csv"),
        ("notes", bz2.compress(REPORT), "text"),
    ],
)
def test_a_compressed_file_is_read_as_what_it_holds(tmp_path, name, data, format):
    path = tmp_path / name
    path.write_bytes(data)
    documents = read_path(path, OPTIONS).documents
    assert documents[0].meta["format"] == format
    assert b"said it would" in documents[0].text.encode()


@pytest.mark.parametrize("compression", sorted(COMPRESS))
def test_the_same_report_compressed_or_not_is_one_document(store, tmp_path, compression):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "report.txt").write_bytes(REPORT)
    (folder / "packed.txt").write_bytes(COMPRESS[compression](REPORT))
    first = ingest_paths(store, [folder], OPTIONS)
    assert (first.ingested, first.duplicates, first.failed) == (1, 1, 0)


@pytest.mark.parametrize(
    ("compression", "data", "format"),
    [
        ("gzip", LINES, "jsonl"),
        ("bzip2", LINES, "jsonl"),
        ("xz", b"<html><body><p>Kenya said it would cut the levy.</p></body></html>", "html"),
        ("gzip", REPORT, "text"),
    ],
)
def test_a_compressed_stream_on_standard_input_is_read_by_its_content(
    store, compression, data, format
):
    stdin = io.BytesIO(COMPRESS[compression](data))
    report = ingest_paths(store, ["-"], OPTIONS, stdin=stdin)
    assert report.failed == 0
    documents = list(store.iter_documents())
    assert {d.meta["format"] for d in documents} == {format}
    assert len(documents) == (2 if format == "jsonl" else 1)


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("cut.txt.bz2", bz2.compress(REPORT * 50)[:80], "bzip2 file cut off"),
        ("cut.txt.xz", lzma.compress(REPORT * 50)[:80], "xz file cut off"),
        ("bad.txt.xz", b"\xfd7zXZ\x00" + b"\xff" * 40, "corrupt xz file"),
        ("plain.txt.bz2", REPORT, "named .bz2 but not bzip2-compressed"),
        ("plain.txt.xz", REPORT, "named .xz but not xz-compressed"),
        ("big.txt.xz", lzma.compress(b"Kenya. " * 3000), "over the size limit once decompressed"),
        ("data.bin", ZSTD, "not supported: zstd-compressed"),
        ("report.txt", ZSTD, "not supported: zstd-compressed"),
        ("report.txt.zst", ZSTD, "not supported: zstd-compressed"),
    ],
)
def test_a_bad_or_unread_compression_fails_with_its_name_and_problem(
    store, tmp_path, name, data, problem
):
    (tmp_path / name).write_bytes(data)
    good = tmp_path / "ok.txt"
    good.write_bytes(REPORT)
    options = IngestOptions(quiet=True, max_bytes=10_000)
    report = ingest_paths(store, [tmp_path / name, good], options)
    assert report.ingested == 1  # the batch goes on past the bad file
    (failure,) = report.failures
    assert failure.where == str(tmp_path / name) and problem in failure.reason, failure


def test_zstd_on_standard_input_is_refused_by_name(store):
    report = ingest_paths(store, ["-"], OPTIONS, stdin=io.BytesIO(ZSTD))
    (failure,) = report.failures
    assert failure.where == "<stdin>" and "zstd -d" in failure.reason


def test_a_zstd_file_in_a_folder_is_skipped_with_the_reason(store, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "rows.csv.zst").write_bytes(ZSTD)
    (folder / "ok.txt").write_bytes(REPORT)
    report = ingest_paths(store, [folder], OPTIONS)
    assert report.ingested == 1
    (skipped,) = report.skipped
    assert "not supported: zstd-compressed" in (skipped.skipped or "")


@pytest.mark.parametrize(
    ("data", "compression"),
    [
        (gzip.compress(b"x"), "gzip"),
        (bz2.compress(b"x"), "bzip2"),
        (bz2.compress(b""), "bzip2"),
        (lzma.compress(b"x"), "xz"),
        (b"BZh9 is the model number of the new pump.", None),
        (b"Kenya said it would cut the levy.", None),
        (ZSTD, None),
    ],
)
def test_compression_of(data, compression):
    assert compression_of(data) == compression


@pytest.mark.parametrize(
    ("name", "inner"),
    [("a.csv.gz", "a.csv"), ("a.txt.bz2", "a.txt"), ("a.jsonl.xz", "a.jsonl"), ("a.zst", "a.zst")],
)
def test_inner_name(name, inner):
    assert inner_name(name) == inner
