"""Odd spaces, zero-width marks and soft hyphens are rewritten in the stored text at ingest."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pledgewatch.errors import ConfigError
from pledgewatch.ingest import IngestOptions, read_bytes
from pledgewatch.ingest.characters import load_character_table, normalise_characters


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ottawa\xa0expelled two diplomats", "Ottawa expelled two diplomats"),
        ("Ottawa\u202fexpelled two diplomats", "Ottawa expelled two diplomats"),
        ("Ottawa\u2009expelled\u2007two diplomats", "Ottawa expelled two diplomats"),
        ("Ottawa\u200b expelled two diplomats", "Ottawa expelled two diplomats"),
        ("Ot\u200ctawa ex\u200dpelled two\u2060 diplomats", "Ottawa expelled two diplomats"),
        ("Ottawa\ufeff expelled two dip\xadlomats", "Ottawa expelled two diplomats"),
        ("Ottawa expelled\r\ntwo diplomats\rtoday", "Ottawa expelled\ntwo diplomats\ntoday"),
        ("Ottawa expelled\u2028two\u2029diplomats", "Ottawa expelled\ntwo\n\ndiplomats"),
        # what NFKC would change is left alone
        ("the ﬁnal ½ of Ｔokyo²", "the ﬁnal ½ of Ｔokyo²"),
    ],
)
def test_the_character_table_rewrites(text: str, expected: str) -> None:
    assert normalise_characters(text) == expected


def read(data: str, fmt: str = "text", name: str = "spaced.txt"):
    options = IngestOptions(default_date=dt.date(2018, 3, 26))
    result = read_bytes(data.encode("utf-8"), name=name, format=fmt, options=options)
    assert not result.errors, result.errors
    return result.documents


def test_a_report_is_stored_without_them_and_its_dateline_is_found() -> None:
    (doc,) = read(
        "Diplomats\xa0expelled\n\nOTTAWA,\xa0March\xa026 (CP) -- Canada\u200b said it would "
        "ex\xadpel four Russian diplomats.\n"
    )
    assert doc.title == "Diplomats expelled"
    assert doc.text == "OTTAWA, March 26 (CP) -- Canada said it would expel four Russian diplomats."
    assert doc.meta["dateline"] == "OTTAWA, March 26 (CP) --"
    assert doc.published == dt.date(2018, 3, 26)


def test_every_reader_stores_clean_text() -> None:
    csv = (
        'title,text\nExpulsions\xa0ordered,"Canada\u200b said it\xa0would expel four diplomats."\n'
    )
    (doc,) = read(csv, "csv", "rows.csv")
    assert (doc.title, doc.text) == (
        "Expulsions ordered",
        "Canada said it would expel four diplomats.",
    )


def write(tmp_path: Path, content: str) -> Path:
    path = tmp_path / "characters.yaml"
    path.write_text(content, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("spaces: ['U+00A0']\nremoved: []\nline_breaks: []\nparagraph_breaks: []\n", "bullets"),
        (
            "spaces: [nbsp]\nremoved: []\nline_breaks: []\nparagraph_breaks: []\nbullets: []\n",
            "nbsp",
        ),
        (
            "spaces: ['U+00A0']\nremoved: ['U+00A0']\nline_breaks: []\nparagraph_breaks: []\n"
            "bullets: []\n",
            "twice",
        ),
        (
            "spaces: ['U+0020']\nremoved: []\nline_breaks: []\nparagraph_breaks: []\nbullets: []\n",
            "may not",
        ),
    ],
)
def test_a_bad_character_table_is_refused(tmp_path: Path, content: str, problem: str) -> None:
    with pytest.raises(ConfigError, match=problem):
        load_character_table(write(tmp_path, content))


@pytest.mark.model
def test_a_sentence_with_odd_spaces_codes_as_the_clean_one(coder) -> None:
    from tests.conftest import coded_triples

    date = dt.date(2018, 3, 26)
    clean = "Ottawa said on Monday that Canada would expel four Russian diplomats."
    messy = (
        "Ottawa\xa0said on Monday that Canada\u200b would ex\xadpel four Russian\u202fdiplomats."
    )
    (doc,) = read(messy)
    assert doc.text == clean
    assert coded_triples(coder, doc.text, date) == coded_triples(coder, clean, date)
