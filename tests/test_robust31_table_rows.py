"""Rows of tables, messy: a JSON Lines file whose last line breaks off (cut short while written
or copied) says so for that line and keeps the lines before it; the decoder's message reads
once ("starting at column 9", not "starting at at column 9"); a table whose rows are left
without a publication date (no date column) says so in one warning instead of silently."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from pledgewatch.ingest import IngestOptions, read_bytes

OPTIONS = IngestOptions(quiet=True)
# made-up rows
ROWS = [
    {"date": "2015-06-01", "text": "Kenya said it would reopen the border crossing."},
    {"date": "2015-06-02", "text": "Uganda promised to send trucks of maize."},
]
LINES = "\n".join(json.dumps(row) for row in ROWS)


@pytest.mark.parametrize(
    "tail",
    ['{"date": "2015-06-03", "text": "Tanzania sa', '{"date": "2015-06-03", "te', '{"date": '],
)
def test_a_cut_off_last_line_says_so_and_the_rest_is_read(tail):
    result = read_bytes(f"{LINES}\n{tail}".encode(), name="rows.jsonl", format="jsonl")
    assert len(result.documents) == 2
    (error,) = result.errors
    assert error.path == "rows.jsonl:3"
    assert "the last line is cut off" in str(error)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('{"text": "Kenya spoke}\n', "Unterminated string starting at column 10"),
        ('{"text": }\n', "Expecting value at column 10"),
    ],
)
def test_a_bad_line_that_is_not_the_last_is_invalid_json(line, expected):
    # a line break ends the file: the bad line was written whole
    result = read_bytes(f"{line}{LINES}\n".encode(), name="rows.jsonl", format="jsonl")
    (error,) = result.errors
    assert "cut off" not in str(error)
    assert f"not valid JSON ({expected})" in str(error)
    assert " at at " not in str(error)


def test_a_malformed_json_array_names_line_and_column_once():
    from pledgewatch.errors import InputError

    with pytest.raises(InputError) as caught:
        read_bytes(b'[{"text": "Kenya', name="rows.json", format="json")
    assert "Unterminated string starting at line 1, column 11" in str(caught.value)


@pytest.mark.parametrize(
    ("data", "fmt", "warned"),
    [
        (b'title,text\nOne,"Kenya said it would reopen the border."\n', "csv", True),
        (b'{"text": "Kenya said it would reopen the border."}\n', "jsonl", True),
        (b'date,text\n,"Kenya said it would reopen the border."\n', "csv", True),
        (b'date,text\n2015-06-01,"Kenya said it would reopen the border."\n', "csv", False),
        (
            b'text\n"NAIROBI, June 1, 2015 -- Kenya said it would reopen the border."\n',
            "csv",
            False,
        ),
    ],
)
def test_rows_left_undated_are_told_once(data, fmt, warned):
    result = read_bytes(data, name=f"rows.{fmt}", format=fmt)
    told = [w for w in result.warnings if "no publication date" in w]
    assert len(told) == (1 if warned else 0)
    if warned:
        assert told[0].startswith("1 of 1 rows have no publication date")
        assert "--map date=COLUMN" in told[0]


def test_rows_dated_by_the_date_given_are_not_told():
    options = IngestOptions(quiet=True, default_date=dt.date(2015, 6, 1))
    data = b'title,text\nOne,"Kenya said it would reopen the border."\n'
    assert read_bytes(data, name="rows.csv", options=options, format="csv").warnings == []
