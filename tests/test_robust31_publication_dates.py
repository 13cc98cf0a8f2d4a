"""A date read from a source that lies after the day of ingest is no publication date (no report
is published in the future; "2099" is a typo): the document gets ``--date`` or no date, the
refused date is kept in ``meta`` and reported as a warning naming the file or row. A date
before 1900 is kept but questioned the same way. Before, both were stored silently, and a
report dated 2099 never reached a ledger drawn today."""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.ingest import IngestOptions, ingest_paths, read_bytes

TODAY = dt.date(2026, 11, 30)
OPTIONS = IngestOptions(quiet=True, today=TODAY)
STORY = "Chile said it would open a consulate in Tallinn."  # made up


def _read(text: str, fmt: str = "text", options: IngestOptions = OPTIONS):
    return read_bytes(text.encode(), name="in.txt", options=options, format=fmt)


# (source text, format, expected date, expected note key or None)
CASES = [
    (f"---\ndate: 2099-01-01\n---\n{STORY}\n", "text", None, "date_refused"),
    (f"TALLINN, Jan. 5, 2099 (Reuters) -- {STORY}\n", "text", None, "date_refused"),
    (f"date,text\n2099-03-01,{STORY}\n", "csv", None, "date_refused"),
    (f"---\ndate: 2026-12-01\n---\n{STORY}\n", "text", dt.date(2026, 12, 1), None),  # a day ahead
    (f"---\ndate: 2026-11-30\n---\n{STORY}\n", "text", dt.date(2026, 11, 30), None),
    (f"---\ndate: 1850-05-01\n---\n{STORY}\n", "text", dt.date(1850, 5, 1), "date_questioned"),
    (f"date,text\n1899-12-30,{STORY}\n", "csv", dt.date(1899, 12, 30), "date_questioned"),
    (f"---\ndate: 1999-05-01\n---\n{STORY}\n", "text", dt.date(1999, 5, 1), None),
]


@pytest.mark.parametrize(("text", "fmt", "date", "note"), CASES)
def test_a_date_in_the_future_is_refused_and_one_before_1900_questioned(text, fmt, date, note):
    result = _read(text, fmt)
    (document,) = result.documents
    assert document.published == date
    notes = [key for key in ("date_refused", "date_questioned") if key in document.meta]
    assert notes == ([note] if note else [])
    date_warnings = [w for w in result.warnings if "date" in w and "after the day" in w]
    date_warnings += [w for w in result.warnings if "before 1900" in w]
    assert len(date_warnings) == (1 if note else 0)


def test_a_refused_date_gives_way_to_the_date_given():
    options = IngestOptions(quiet=True, today=TODAY, default_date=dt.date(2009, 1, 1))
    (document,) = _read(f"---\ndate: 2099-01-01\n---\n{STORY}\n", options=options).documents
    assert (document.published, document.meta["date_from"]) == (dt.date(2009, 1, 1), "--date")
    assert "2099-01-01" in document.meta["date_refused"]


def test_the_warning_names_the_row(tmp_path, store):
    path = tmp_path / "rows.csv"
    path.write_text(f"date,text\n2013-03-01,{STORY}\n2099-03-01,Peru said so.\n", "utf-8")
    report = ingest_paths(store, [path], OPTIONS)
    assert report.ingested == 2
    (warning,) = report.warnings
    assert warning.where == str(path)
    assert warning.message.startswith("line 3: date 2099-03-01 (from the column 'date') is after")
