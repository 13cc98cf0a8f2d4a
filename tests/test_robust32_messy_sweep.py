"""A second sweep of messy input, each case ingested twice beside a good file: the case is read
right or fails with a message naming the file (or row) and the problem, the good file goes in,
and the second run stores nothing new. Changed here: a few stray NUL bytes in UTF-8 text are
dropped with a warning (the file was refused as binary); whitespace only says so; a JSON null
text says null; a Word file, spreadsheet or the like says "not supported" and what to do (it was
an "unknown extension"); a symbolic link loop in a folder fails alone (it hid the folder's
other files)."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest

from pledgewatch.errors import ConfigError
from pledgewatch.ingest import IngestOptions, ingest_paths
from pledgewatch.ingest.unsupported_formats import load_table

OPTIONS = IngestOptions(quiet=True)
# made up for these tests
GOOD = b"Dam talks\n\nADDIS ABABA, June 9 -- Ethiopia said it would share data on the dam.\n"
NUL_TEXT = b"Dam levels\n\nEgypt said it would\x00 send a team to\x00 the talks next week.\n"
NO_BODY = (
    b"<html><head><title>Water deal</title></head>"
    b"Sudan pledged to release its share of the water in July.</html>"
)
BOM_SEMICOLONS = (
    b"\xef\xbb\xbfdate;text\n"
    b"2021-06-10;Sudan said it would join the talks.\n"
    b"2021-06-11;Egypt pledged to send engineers.\n"
)
MIXED_LINES = (
    b'{"text": "Ethiopia pledged to publish the filling plan.", "date": "2021-06-12"}\n'
    b'["not", "an", "object"]\n'
    b'{"text": null, "date": "2021-06-13"}\n'
    b'{"text": "Sudan said it would host the next round.", "date": "2021-06-14"}\n'
)


def empty_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w"):
        pass
    return buffer.getvalue()


def twice(store, paths: list[Path]):
    first = ingest_paths(store, paths, OPTIONS)
    second = ingest_paths(store, paths, OPTIONS)
    assert second.ingested == 0 and second.renewed == 0, second.to_dict()
    assert second.duplicates == first.ingested + first.duplicates
    assert [f.reason for f in second.failures] == [f.reason for f in first.failures]
    return first


@pytest.mark.parametrize(
    ("name", "data", "documents", "failures", "problem"),
    [
        ("nul.txt", NUL_TEXT, 1, [], None),
        ("blank.txt", b"  \n\t\n   \n", 0, [""], "empty file (only whitespace)"),
        ("nobody.html", NO_BODY, 1, [], None),
        ("rows.csv", BOM_SEMICOLONS, 2, [], None),
        ("rows.jsonl", MIXED_LINES, 2, [":2", ":3"], "expected a JSON object, found list"),
        ("empty.zip", empty_zip(), 0, [""], "empty archive"),
        ("memo.docx", b"PK\x03\x04" + bytes(40), 0, [""], "not supported: a Word document"),
        ("sheet.xlsx", b"PK\x03\x04" + bytes(40), 0, [""], "save the sheet as CSV"),
    ],
)
def test_messy_input_is_read_right_or_fails_by_name(
    store, tmp_path, name, data, documents, failures, problem
):
    good = tmp_path / "good.txt"
    good.write_bytes(GOOD)
    path = tmp_path / name
    path.write_bytes(data)
    report = twice(store, [good, path])
    assert report.ingested == 1 + documents
    assert [f.where for f in report.failures] == [f"{path}{where}" for where in failures]
    if problem:
        assert problem in report.failures[0].reason, report.failures


def test_stray_nul_bytes_are_dropped_with_a_warning_naming_the_file(store, tmp_path):
    path = tmp_path / "nul.txt"
    path.write_bytes(NUL_TEXT)
    report = ingest_paths(store, [path], OPTIONS)
    (warning,) = report.warnings
    assert warning.where == str(path) and "2 stray NUL byte(s) dropped" in warning.message
    (document,) = store.iter_documents()
    assert "\x00" not in document.text and "send a team to the talks" in document.text


def test_a_json_null_text_says_null(store, tmp_path):
    path = tmp_path / "rows.jsonl"
    path.write_bytes(MIXED_LINES)
    report = ingest_paths(store, [path], OPTIONS)
    assert "the text in 'text' is null" in report.failures[1].reason


def test_a_page_without_body_and_a_csv_with_bom_and_semicolons_read_right(store, tmp_path):
    (tmp_path / "page.html").write_bytes(NO_BODY)
    (tmp_path / "rows.csv").write_bytes(BOM_SEMICOLONS)
    ingest_paths(store, [tmp_path / "page.html", tmp_path / "rows.csv"], OPTIONS)
    found = {d.text: (d.title, str(d.published)) for d in store.iter_documents()}
    assert found == {
        "Sudan pledged to release its share of the water in July.": ("Water deal", "None"),
        "Sudan said it would join the talks.": (None, "2021-06-10"),
        "Egypt pledged to send engineers.": (None, "2021-06-11"),
    }


def test_a_word_file_in_a_folder_is_skipped_with_the_reason(store, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "memo.docx").write_bytes(b"PK\x03\x04" + bytes(40))
    (folder / "good.txt").write_bytes(GOOD)
    report = twice(store, [folder])
    (skipped,) = report.skipped
    assert skipped.source.endswith("memo.docx")
    assert skipped.skipped == "not supported: a Word document; save it as text, HTML or PDF"


def test_a_symlink_loop_fails_alone_and_its_folder_is_still_read(store, tmp_path):
    folder = tmp_path / "in" / "loop"
    folder.mkdir(parents=True)
    (folder / "good.txt").write_bytes(GOOD)
    os.symlink("b", folder / "a")
    os.symlink("a", folder / "b")
    report = twice(store, [tmp_path / "in"])
    assert report.ingested == 1
    assert [f.where for f in report.failures] == [str(folder / "a"), str(folder / "b")]
    assert "a symbolic link loop" in report.failures[0].reason


def test_an_unreadable_file_in_a_folder_fails_by_name(store, tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_bytes(GOOD)
    locked = folder / "locked.txt"
    locked.write_bytes(GOOD.replace(b"Ethiopia", b"Eritrea"))
    locked.chmod(0)
    real_open = Path.open

    def guarded_open(self, *args, **kwargs):
        if self == locked:  # root reads anything: fail as the OS would for others
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", guarded_open)
    try:
        report = twice(store, [folder])
    finally:
        locked.chmod(0o644)
    assert report.ingested == 1
    (failure,) = report.failures
    assert failure.where == str(locked) and "permission denied" in failure.reason


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("version: 1\nextensions: [.docx]\nmagic: {}\n", "'extensions' must map each entry"),
        ("version: 1\nextensions: {docx: Word}\nmagic: {}\n", "written with its dot"),
        ("version: 1\nextensions: {}\nmagic: {zz: zstd}\n", "'magic' keys must be hex"),
    ],
)
def test_a_bad_unsupported_formats_table_is_a_config_error(tmp_path, text, problem):
    path = tmp_path / "unsupported_formats.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=problem):
        load_table(path)
