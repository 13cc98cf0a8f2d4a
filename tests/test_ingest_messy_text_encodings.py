"""A UTF-8 file with a few stray Windows-1252 bytes is read as both, with a warning, not mangled."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from pledgewatch.errors import InputError
from pledgewatch.ingest import IngestOptions, ingest_paths, read_bytes
from pledgewatch.ingest.decoding import decode_text

UTF8_PART = (
    "Helsinki — the Finnish government said on Tuesday that talks would resume in Turku.\n\n"
)
MIXED = (
    b"Talks resume\n\n"
    + UTF8_PART.encode("utf-8")
    + b"The minister called it \x93a good day\x94 \x96 and said caf\xe9 owners agreed.\n"
)
EXPECTED = (
    UTF8_PART + "The minister called it “a good day” – and said café owners agreed."
).strip()


def test_the_utf8_part_and_the_stray_bytes_both_read_right() -> None:
    decoded = decode_text(MIXED, name="mixed.txt")
    assert "Helsinki — the" in decoded.text
    assert "“a good day” – and said café" in decoded.text
    assert len(decoded.warnings) == 1
    assert "mixed encodings" in decoded.warnings[0]
    assert "4 stray bytes" in decoded.warnings[0]


@pytest.mark.parametrize(
    ("data", "mixed"),
    [
        (MIXED, True),
        # no valid multi-byte UTF-8 at all: a plain cp1252 file, left to detection as before
        ("Café owners met the minister “today”.".encode("cp1252"), False),
        # whole words of another encoding are not stray bytes
        ("Москва — заявил министр. Переговоры.".encode("cp1251") + "ü".encode(), False),
        # valid UTF-8 is never a mixed file
        (UTF8_PART.encode("utf-8"), False),
    ],
)
def test_only_a_utf8_file_with_stray_bytes_is_mixed(data: bytes, mixed: bool) -> None:
    decoded = decode_text(data, name="f.txt")
    assert bool(decoded.warnings) is mixed


def test_a_forced_encoding_is_still_strict() -> None:
    with pytest.raises(InputError, match="not valid utf-8"):
        decode_text(MIXED, name="mixed.txt", encoding="utf-8")


def test_the_reader_carries_the_warning() -> None:
    result = read_bytes(MIXED, name="mixed.txt", format="text")
    (doc,) = result.documents
    assert doc.title == "Talks resume"
    assert doc.text == EXPECTED
    assert result.warnings and "Windows-1252" in result.warnings[0]


def test_the_run_reports_a_warning_naming_the_file_not_a_failure(
    store, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "mixed.txt").write_bytes(MIXED)
    (tmp_path / "rows.jsonl").write_bytes(
        b'{"date": "2012-03-01", "text": "Caf\xe9 owners \x93agreed\x94 \xe2\x80\x94 at last."}\n'
    )
    with caplog.at_level(logging.WARNING, logger="pledgewatch.ingest"):
        report = ingest_paths(store, [tmp_path], IngestOptions(quiet=True))
    assert report.ok and report.ingested == 2
    assert report.source_counts["ingested"] == 2
    assert [w.where for w in report.warnings] == [
        str(tmp_path / "mixed.txt"),
        str(tmp_path / "rows.jsonl"),
    ]
    data = json.loads(json.dumps(report.to_dict()))
    assert data["warnings"][0]["where"].endswith("mixed.txt")
    assert "mixed encodings" in data["warnings"][0]["message"]
    assert "mixed.txt: mixed encodings" in caplog.text
