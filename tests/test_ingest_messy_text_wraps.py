"""Hard-wrapped plain text and Markdown: lines broken inside a paragraph are joined at ingest."""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from pledgewatch.ingest import IngestOptions, read_bytes
from pledgewatch.ingest.line_wraps import unwrap_lines

PARAGRAPH = (
    "Tokyo said on Thursday that Chinese coast guard vessels had entered the waters around the "
    "Senkaku Islands for the third time this month, and the foreign ministry lodged a protest "
    "with the Chinese embassy, a spokesman told reporters in the capital."
)


@pytest.mark.parametrize("width", [40, 55, 70, 79])
def test_a_paragraph_wrapped_by_a_program_comes_back_whole(width: int) -> None:
    assert unwrap_lines(textwrap.fill(PARAGRAPH, width)) == PARAGRAPH


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a continuation in lower case joins, whatever the width
        (
            "Ankara said it had closed the border\ncrossing to trucks on Sunday.",
            "Ankara said it had closed the border crossing to trucks on Sunday.",
        ),
        # blank lines stay paragraph breaks
        (
            "Cairo recalled its envoy\nto Tel Aviv.\n\nThe envoy left on Friday.",
            "Cairo recalled its envoy to Tel Aviv.\n\nThe envoy left on Friday.",
        ),
        # a line ending a sentence keeps its break before a capital
        (
            "Oslo hosted the talks.\nBoth delegations attended.",
            "Oslo hosted the talks.\nBoth delegations attended.",
        ),
        # ... but not before a lower-case continuation (an abbreviation at the line end)
        (
            "The talks were hosted by the U.S.\nenvoy in Geneva.",
            "The talks were hosted by the U.S. envoy in Geneva.",
        ),
        # a short line that left room for the next word was broken on purpose
        (
            "By Maria Lopez\nMadrid announced new sanctions against the junta on Tuesday",
            "By Maria Lopez\nMadrid announced new sanctions against the junta on Tuesday",
        ),
        # list items are never joined to the line above; their own wraps are
        (
            "The ministry listed three demands\n- a ceasefire along the whole front line of\n"
            "  the conflict\n• the release of prisoners\n1. talks in Vienna",
            "The ministry listed three demands\n- a ceasefire along the whole front line of "
            "the conflict\n• the release of prisoners\n1. talks in Vienna",
        ),
        # a dateline starts the body; the headline above it is kept
        (
            "Border clash reported near the river crossing at dawn\n"
            "NEW DELHI, May 3 (PTI) -- Indian troops exchanged fire",
            "Border clash reported near the river crossing at dawn\n"
            "NEW DELHI, May 3 (PTI) -- Indian troops exchanged fire",
        ),
        # a word broken at its hyphen is put back together
        (
            "The test of a long-\nrange missile was condemned.",
            "The test of a long-range missile was condemned.",
        ),
    ],
)
def test_wraps_join_and_deliberate_breaks_stay(text: str, expected: str) -> None:
    assert unwrap_lines(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("## Talks resume\nThe two sides met", "## Talks resume\nThe two sides met"),
        ("Talks resume\n============\nThe sides met", "Talks resume\n============\nThe sides met"),
        ("| a | b |\n|---|---|\n| c | d |", "| a | b |\n|---|---|\n| c | d |"),
        ("```\nfirst line of code\nsecond\n```", "```\nfirst line of code\nsecond\n```"),
        ("The minister said:  \nwe will act.", "The minister said:  \nwe will act."),
        (
            "> We will not accept any\n> pressure from abroad, he said.",
            "> We will not accept any pressure from abroad, he said.",
        ),
    ],
)
def test_markdown_blocks_are_not_joined(text: str, expected: str) -> None:
    assert unwrap_lines(text, markdown=True) == expected


def read(text: str, fmt: str = "text"):
    options = IngestOptions(default_date=dt.date(2012, 4, 13))
    result = read_bytes(text.encode("utf-8"), name="wrapped.txt", format=fmt, options=options)
    return result.documents[0]


def test_a_first_line_that_wraps_on_is_text_not_a_title() -> None:
    doc = read(
        "Manila said on Friday that Chinese ships had blocked a\nresupply mission to the shoal.\n"
    )
    assert doc.title is None
    assert doc.text == (
        "Manila said on Friday that Chinese ships had blocked a resupply mission to the shoal."
    )


def test_a_headline_then_a_wrapped_dateline_body() -> None:
    body = textwrap.fill(f"SEOUL, April 13 (Yonhap) -- {PARAGRAPH}", 68)
    doc = read(f"---\npublisher: Yonhap\n---\nRocket launch fails\n\n{body}\n\nSecond paragraph.\n")
    assert doc.title == "Rocket launch fails"
    assert doc.text == f"SEOUL, April 13 (Yonhap) -- {PARAGRAPH}\n\nSecond paragraph."
    assert doc.meta["dateline"] == "SEOUL, April 13 (Yonhap) --"


def test_a_wrapped_markdown_body_is_joined_before_its_markup_goes() -> None:
    doc = read(
        "# Rocket launch fails\n\n" + textwrap.fill(f"**Seoul** {PARAGRAPH}", 60), "markdown"
    )
    assert doc.title == "Rocket launch fails"
    assert doc.text == f"Seoul {PARAGRAPH}"


@pytest.mark.model
def test_a_wrapped_report_codes_as_its_paragraph_does(coder) -> None:
    from tests.conftest import coded_triples

    sentence = (
        "Manila said on Friday that Chinese coast guard ships had fired water cannon\n"
        "at a Philippine supply boat near the shoal."
    )
    doc = read(sentence + "\n")
    date = dt.date(2012, 4, 13)
    assert coded_triples(coder, doc.text, date) == coded_triples(
        coder, " ".join(sentence.split("\n")), date
    )
