"""Datelines, date expressions and metadata dates, as tables of text -> expected date."""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.nlp.dates import (
    date_for_span,
    parse_date_value,
    parse_dateline,
    resolve_relative_dates,
)

D = dt.date

# text, reference, (place, publisher, date, precision)
DATELINES = [
    (
        "PYONGYANG, Aug. 24 (Yonhap) -- North Korea said it was ready.",
        D(2011, 8, 30),
        ("Pyongyang", "Yonhap", D(2011, 8, 24), "day"),
    ),
    (
        "SEOUL, South Korea (AP) — The North fired shells.",
        None,
        ("Seoul, South Korea", "AP", None, "unknown"),
    ),
    (
        "WASHINGTON, Feb. 29, 2012 (Reuters) - The United States said.",
        None,
        ("Washington", "Reuters", D(2012, 2, 29), "day"),
    ),
    (
        "UNITED NATIONS (AP) -- The council met.",
        None,
        ("United Nations", "AP", None, "unknown"),
    ),
    ("GENEVA — Envoys met again.", None, ("Geneva", None, None, "unknown")),
    (
        "Pyongyang, March 5 (KCNA) -- A spokesman said.",
        D(2013, 3, 7),
        ("Pyongyang", "KCNA", D(2013, 3, 5), "day"),
    ),
    # the year that puts the day nearest the reference: last December, not this one
    (
        "SEOUL, Dec. 30 (Yonhap) -- Officials said.",
        D(2012, 1, 3),
        ("Seoul", "Yonhap", D(2011, 12, 30), "day"),
    ),
    # a weekday is the most recent one on or before the reference (2011-08-24 is a Wednesday)
    (
        "BEIJING, Monday (AFP) - China said.",
        D(2011, 8, 24),
        ("Beijing", "AFP", D(2011, 8, 22), "day"),
    ),
    # no reference year: place and agency, but no date is invented
    ("SEOUL, Aug. 24 (Yonhap) -- Officials said.", None, ("Seoul", "Yonhap", None, "unknown")),
    (
        "NUSA DUA, Indonesia, July 22 (Reuters) -- The envoys met.",
        D(2011, 7, 23),
        ("Nusa Dua, Indonesia", "Reuters", D(2011, 7, 22), "day"),
    ),
    (
        "\n\n  TOKYO, 24 August 2011 (Kyodo) -- Japan said.",
        None,
        ("Tokyo", "Kyodo", D(2011, 8, 24), "day"),
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), DATELINES)
def test_parse_dateline(text, reference, expected):
    found = parse_dateline(text, reference)
    assert found is not None
    assert (found.place, found.publisher, found.date, found.precision) == expected
    # the report proper starts right after the dash
    assert text[found.end :].strip()[0].isupper()
    assert found.text in text


@pytest.mark.parametrize(
    "text",
    [
        "North Korea - which has tested two devices - said on Monday it would talk.",
        "SEOUL-based analysts said the talks would fail.",
        "Talks resume in Geneva",
        "Kim Jong Il (right) - the leader - visited a factory.",
        "The envoy said talks were useful.",
        "",
    ],
)
def test_not_a_dateline(text):
    assert parse_dateline(text, D(2011, 8, 24)) is None


WEDNESDAY = D(2011, 8, 24)

# text, anchor, [(expression, date, precision)]
EXPRESSIONS = [
    ("North Korea fired shells on Monday.", WEDNESDAY, [("on Monday", D(2011, 8, 22), "day")]),
    ("The talks ended on Wednesday.", WEDNESDAY, [("on Wednesday", WEDNESDAY, "day")]),
    ("He arrived on Thursday.", WEDNESDAY, [("on Thursday", D(2011, 8, 18), "day")]),
    ("The ministry said Friday that it agreed.", WEDNESDAY, [("Friday", D(2011, 8, 19), "day")]),
    ("Officials met yesterday.", WEDNESDAY, [("yesterday", D(2011, 8, 23), "day")]),
    ("Officials meet today.", WEDNESDAY, [("today", WEDNESDAY, "day")]),
    ("They will meet tomorrow.", WEDNESDAY, [("tomorrow", D(2011, 8, 25), "day")]),
    ("Envoys met last week.", WEDNESDAY, [("last week", D(2011, 8, 15), "week")]),
    ("Envoys meet this week.", WEDNESDAY, [("this week", D(2011, 8, 22), "week")]),
    ("Envoys meet next week.", WEDNESDAY, [("next week", D(2011, 8, 29), "week")]),
    ("Drills began last month.", WEDNESDAY, [("last month", D(2011, 7, 1), "month")]),
    ("Drills begin this month.", WEDNESDAY, [("this month", D(2011, 8, 1), "month")]),
    ("Drills begin next month.", WEDNESDAY, [("next month", D(2011, 9, 1), "month")]),
    ("Drills began last month.", D(2011, 1, 10), [("last month", D(2010, 12, 1), "month")]),
    ("The ship sank last year.", WEDNESDAY, [("last year", D(2010, 1, 1), "year")]),
    (
        "The envoys met earlier this year.",
        WEDNESDAY,
        [("earlier this year", D(2011, 1, 1), "year")],
    ),
    (
        "A second round is due later this month.",
        WEDNESDAY,
        [("later this month", D(2011, 8, 1), "month")],
    ),
    ("Kim met Medvedev on Aug. 24.", WEDNESDAY, [("on Aug. 24", WEDNESDAY, "day")]),
    ("Kim met Medvedev August 24.", WEDNESDAY, [("August 24", WEDNESDAY, "day")]),
    ("The summit of 24 August 2011 ended.", WEDNESDAY, [("24 August 2011", WEDNESDAY, "day")]),
    ("The deal of March 2012 collapsed.", WEDNESDAY, [("March 2012", D(2012, 3, 1), "month")]),
    ("The ship sank in 2010.", WEDNESDAY, [("in 2010", D(2010, 1, 1), "year")]),
    ("The launch came on Dec. 30.", D(2012, 1, 3), [("on Dec. 30", D(2011, 12, 30), "day")]),
    ("The talks were held in March.", WEDNESDAY, [("in March", D(2011, 3, 1), "month")]),
    ("They met two weeks ago.", WEDNESDAY, [("two weeks ago", D(2011, 8, 8), "week")]),
    ("They met 3 days ago.", WEDNESDAY, [("3 days ago", D(2011, 8, 21), "day")]),
    ("They met last Wednesday.", WEDNESDAY, [("last Wednesday", D(2011, 8, 17), "day")]),
    ("They meet next Friday.", WEDNESDAY, [("next Friday", D(2011, 8, 26), "day")]),
    ("The envoys spoke on 2011-08-01.", WEDNESDAY, [("2011-08-01", D(2011, 8, 1), "day")]),
    # one expression, not a weekday and a date
    (
        "It happened on Monday, Aug. 22, 2011, at dawn.",
        WEDNESDAY,
        [("on Monday, Aug. 22, 2011", D(2011, 8, 22), "day")],
    ),
    (
        "On Monday the agency said the drills of last month and of next week were a threat.",
        WEDNESDAY,
        [
            ("On Monday", D(2011, 8, 22), "day"),
            ("last month", D(2011, 7, 1), "month"),
            ("next week", D(2011, 8, 29), "week"),
        ],
    ),
    # not dates: resolution numbers, tonnage, the verb "may", the noun "march"
    ("Resolution 2087 condemned the launch of the 1,200-ton ship.", WEDNESDAY, []),
    ("The talks may resume, and a march was held.", WEDNESDAY, []),
]


@pytest.mark.parametrize(("text", "anchor", "expected"), EXPRESSIONS)
def test_resolve_relative_dates(text, anchor, expected):
    found = resolve_relative_dates(text, anchor)
    assert [(m.text, m.date, m.precision) for m in found] == expected
    for match in found:
        assert text[match.start : match.end] == match.text
        assert match.rule


def test_prefer_future_turns_weekdays_forward():
    text = "The envoys will meet on Friday."
    assert resolve_relative_dates(text, WEDNESDAY)[0].date == D(2011, 8, 19)
    assert resolve_relative_dates(text, WEDNESDAY, prefer_future=True)[0].date == D(2011, 8, 26)


def test_match_as_date_ref():
    (match,) = resolve_relative_dates("Drills began last month.", WEDNESDAY)
    ref = match.ref()
    assert (ref.date, ref.precision, ref.text) == (D(2011, 7, 1), "month", "last month")


TEXT = "The talks ended on Monday. They resume next week in Geneva. No date here."


def test_date_for_span_takes_the_expression_in_the_sentence():
    first = date_for_span(TEXT, 0, 26, WEDNESDAY)
    assert (first.date, first.precision, first.text) == (D(2011, 8, 22), "day", "on Monday")
    second = date_for_span(TEXT, 27, 59, WEDNESDAY)
    assert (second.date, second.precision, second.text) == (D(2011, 8, 29), "week", "next week")


def test_date_for_span_falls_back_to_the_document_date():
    start = TEXT.index("No date")
    ref = date_for_span(TEXT, start, len(TEXT), WEDNESDAY)
    assert (ref.date, ref.precision, ref.text) == (WEDNESDAY, "day", None)


def test_date_for_span_prefers_the_expression_nearest_the_focus():
    text = "Pyongyang said on Monday that talks held last month would go on."
    ref = date_for_span(text, 0, len(text), WEDNESDAY, focus=text.index("held"))
    assert ref.text == "last month"
    ref = date_for_span(text, 0, len(text), WEDNESDAY, focus=text.index("said"))
    assert ref.text == "on Monday"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (D(2011, 8, 24), (D(2011, 8, 24), "day")),
        (dt.datetime(2011, 8, 24, 23, 0), (D(2011, 8, 24), "day")),
        (2011, (D(2011, 1, 1), "year")),
        ("2011", (D(2011, 1, 1), "year")),
        ("2011-08", (D(2011, 8, 1), "month")),
        ("2011-08-24", (D(2011, 8, 24), "day")),
        ("2011-08-24T23:30:00+09:00", (D(2011, 8, 24), "day")),
        ("Wed, 24 Aug 2011 08:00:00 +0900", (D(2011, 8, 24), "day")),
        ("Aug. 24, 2011", (D(2011, 8, 24), "day")),
        ("24 August 2011", (D(2011, 8, 24), "day")),
        ("March 2012", (D(2012, 3, 1), "month")),
        ("2011-02-30", None),
        ("sometime soon", None),
        ("", None),
        (None, None),
        (True, None),
    ],
)
def test_parse_date_value(value, expected):
    assert parse_date_value(value) == expected
