"""A plain-text report's first line is its title only when it reads as a headline: a line that
ends with a full stop is the story's first paragraph, and the text keeps it (before, the story
lost its first sentence to the title). A stop that ends an abbreviation ("aimed at U.S.") or an
ellipsis is no sentence's end; a Markdown heading and a front-matter title stay titles."""

from __future__ import annotations

import pytest

from pledgewatch.errors import ConfigError
from pledgewatch.ingest import IngestOptions, read_bytes
from pledgewatch.ingest.title_lines import ends_with_full_stop, load_abbreviations

OPTIONS = IngestOptions(quiet=True)
STORY = "The envoys left the talks in Vienna without a date for the next round."


def _read(text: str, fmt: str = "text"):
    (document,) = read_bytes(text.encode(), name="r.txt", options=OPTIONS, format=fmt).documents
    return document


# made-up reports: (first line, format, expected title or None when the text keeps the line)
CASES = [
    ("Austria said on Monday it would host another round of talks.", "text", None),
    ('"We will come back," the Iranian envoy told reporters.', "text", None),
    ("Talks in Vienna end without a date.", "text", None),
    ("Iran's envoy leaves Vienna talks early", "text", "Iran's envoy leaves Vienna talks early"),
    ("Envoys warn of sanctions aimed at U.S.", "text", "Envoys warn of sanctions aimed at U.S."),
    (
        "Vienna talks to resume on Jan. 9 with D.P.R.K.",
        "text",
        "Vienna talks to resume on Jan. 9 with D.P.R.K.",
    ),
    ("Oil firm quits deal with Example Co.", "text", "Oil firm quits deal with Example Co."),
    ("Vienna talks stall...", "text", "Vienna talks stall..."),
    ("Will Iran return to Vienna?", "text", "Will Iran return to Vienna?"),
    ("# Talks in Vienna end.", "markdown", "Talks in Vienna end."),
]


@pytest.mark.parametrize(("first", "fmt", "title"), CASES)
def test_a_first_line_ending_with_a_full_stop_stays_in_the_text(first, fmt, title):
    document = _read(f"{first}\n\n{STORY}\n", fmt)
    assert document.title == title
    if title is None:
        assert document.text.startswith(first.rstrip())
    assert document.text.endswith(STORY)


def test_a_month_or_an_initial_before_the_stop_ends_no_sentence():
    # "Jan." ends an abbreviation (listed), "D.P.R.K." an initial
    assert not ends_with_full_stop("Talks to resume on Jan.")
    assert not ends_with_full_stop("Vienna talks to resume on Jan. 9 with D.P.R.K.")


def test_a_front_matter_title_is_the_title_whatever_the_first_line_is():
    text = f"---\ntitle: Vienna talks end\n---\nAustria said it would host more talks.\n\n{STORY}"
    document = _read(text)
    assert document.title == "Vienna talks end"
    assert document.text.startswith("Austria said it would host more talks.")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Iran said it would return.", True),
        ("Iran said it would return in 2014.", True),
        ('Iran said: "We will return."', True),
        ("Sanctions aimed at U.S.", False),
        ("Deal signed with Example Inc.", False),
        ("Talks stall...", False),
        ("Talks stall", False),
        ("Talks stall?", False),
    ],
)
def test_ends_with_full_stop(line, expected):
    assert ends_with_full_stop(line) is expected


def test_the_abbreviations_are_a_guarded_data_list(tmp_path):
    assert {"co", "inc", "jan", "no"} <= load_abbreviations()
    bad = tmp_path / "title_lines.yaml"
    bad.write_text("abbreviations: [co, no]\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        load_abbreviations(bad)
