"""Messy input, second sweep: CSV exports separated by semicolons (with a byte-order mark),
and HTML character references left in plain text and in table cells ("&#8217;", "&nbsp;")."""

from __future__ import annotations

import pytest

from pledgewatch.ingest import IngestOptions, read_bytes
from pledgewatch.ingest.characters import decode_character_references

OPTIONS = IngestOptions()


@pytest.mark.parametrize(
    ("data", "texts"),
    [
        (
            "\ufeffdate;title;text\n"
            "2012-04-13;Launch;North Korea fired a rocket, which broke up.\n",
            ["North Korea fired a rocket, which broke up."],
        ),
        (
            "date|text\n2013-02-12|North Korea tested a nuclear device.\n",
            ["North Korea tested a nuclear device."],
        ),
        # a comma in the header wins: semicolons in the text are text
        (
            'date,text\n2013-04-09,"Seoul protested; Pyongyang kept the zone shut."\n',
            ["Seoul protested; Pyongyang kept the zone shut."],
        ),
    ],
)
def test_csv_separator_follows_the_header(data, texts):
    result = read_bytes(data.encode("utf-8"), name="export.csv", options=OPTIONS, format="csv")
    assert not result.errors, result.errors
    assert [document.text for document in result.documents] == texts


def test_semicolon_csv_keeps_its_dates():
    data = b"date;text\n23/11/2010;The South returned fire.\n"
    (document,) = read_bytes(data, name="x.csv", options=OPTIONS, format="csv").documents
    assert str(document.published) == "2010-11-23"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("South Korea&#8217;s envoy", "South Korea\u2019s envoy"),
        ("Seoul&#x2019;s offer", "Seoul\u2019s offer"),
        ("food&nbsp;aid &amp; fuel", "food\u00a0aid & fuel"),
        # not complete references: left as written
        ("AT&T and R&D", "AT&T and R&D"),
        ("&unknownname; stays", "&unknownname; stays"),
    ],
)
def test_character_references_table(text, expected):
    assert decode_character_references(text) == expected


@pytest.mark.parametrize(
    ("name", "format", "data"),
    [
        (
            "report.txt",
            "text",
            "Seoul&#8217;s offer\n\nSouth Korea&#8217;s unification ministry offered&nbsp;flood "
            "aid on Tuesday &amp; asked for a reply.\n",
        ),
        (
            "rows.jsonl",
            "jsonl",
            '{"title": "Seoul&#8217;s offer", "text": "South Korea&#8217;s unification ministry '
            'offered&nbsp;flood aid on Tuesday &amp; asked for a reply."}\n',
        ),
    ],
)
def test_plain_text_and_rows_decode_references(name, format, data):
    (document,) = read_bytes(data.encode(), name=name, options=OPTIONS, format=format).documents
    assert document.title == "Seoul\u2019s offer"
    assert document.text == (
        "South Korea\u2019s unification ministry offered flood aid on Tuesday & asked for a reply."
    )
