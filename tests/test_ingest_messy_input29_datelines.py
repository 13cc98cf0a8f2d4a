"""Messy input, third sweep: datelines set wholly in capitals ("SEOUL, NOV. 23, 2010 (YONHAP)
--") give the report's date, place and agency, and are not read as part of the first sentence;
an ordinary all-caps headline is still no dateline."""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.ingest import IngestOptions, read_bytes
from pledgewatch.nlp.dateline_caps import agency_name
from pledgewatch.nlp.dates import parse_dateline
from pledgewatch.nlp.pipeline import SentenceSplitter

REFERENCE = dt.date(2011, 6, 1)


@pytest.mark.parametrize(
    ("text", "place", "publisher", "date"),
    [
        (
            "SEOUL, NOV. 23, 2010 (YONHAP) -- THE SOUTH'S MILITARY SAID",
            "Seoul",
            "Yonhap",
            "2010-11-23",
        ),
        ("PYONGYANG, DEC. 19 (KCNA) -- THE DPRK SAID", "Pyongyang", "KCNA", "2011-12-19"),
        ("BEIJING, MARCH 26, 2010 (AFP) - CHINA URGED CALM", "Beijing", "AFP", "2010-03-26"),
        ("TOKYO, SEPT. 7, 2010 (REUTERS) -- JAPAN SEIZED", "Tokyo", "Reuters", "2010-09-07"),
        ("SEOUL, 23 NOV. 2010 (YONHAP) -- X", "Seoul", "Yonhap", "2010-11-23"),
        ("SEOUL, SOUTH KOREA, MAY 20, 2010 (AP) -- X", "Seoul, South Korea", "AP", "2010-05-20"),
        # mixed-case datelines read as before; a capitals agency gets its usual spelling
        ("SEOUL, Nov. 23 (Yonhap) -- South Korea said", "Seoul", "Yonhap", "2010-11-23"),
        ("SEOUL, Nov. 23 (YONHAP) -- South Korea said", "Seoul", "Yonhap", "2010-11-23"),
        ("GENEVA, Oct. 24 (Reuters) - talks", "Geneva", "Reuters", "2010-10-24"),
    ],
)
def test_capitals_dateline_table(text, place, publisher, date):
    reference = dt.date(2011, 12, 20) if "DEC. 19" in text else dt.date(2010, 12, 1)
    found = parse_dateline(text, reference)
    assert found is not None
    assert (found.place, found.publisher, str(found.date)) == (place, publisher, date)


@pytest.mark.parametrize(
    "text",
    [
        # all-caps headlines with a month in them are not datelines
        "TALKS SET FOR MAY 5 - OFFICIALS SAY",
        "NORTH KOREA TO HOLD PARTY MEETING IN SEPT. 2010",
        "SEOUL AND TOKYO AGREE ON NOV. 23 MEETING",
        "LEE VISITS WASHINGTON, MEETS OBAMA",
        # a capitals month must follow the place's comma
        "SEOUL NOV. 23 (YONHAP) -- X",
    ],
)
def test_all_caps_headline_is_no_dateline(text):
    assert parse_dateline(text, REFERENCE) is None


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("YONHAP", "Yonhap"),
        ("XINHUA", "Xinhua"),
        ("AFP", "AFP"),
        ("Yonhap", "Yonhap"),
        ("NEWSIS", "NEWSIS"),
    ],
)
def test_agency_spelling_table(written, expected):
    assert agency_name(written) == expected


def test_capitals_report_takes_its_date_and_agency_from_the_dateline():
    data = (
        b"PYONGYANG, APRIL 13, 2012 (KCNA) -- THE DPRK LAUNCHED AN EARTH OBSERVATION SATELLITE. "
        b"THE SATELLITE FAILED TO ENTER ORBIT.\n"
    )
    result = read_bytes(data, name="caps.txt", options=IngestOptions(), format="text")
    (document,) = result.documents
    assert str(document.published) == "2012-04-13"
    assert document.publisher == "KCNA"
    assert document.place == "Pyongyang"


def test_capitals_dateline_is_not_part_of_the_first_sentence(blank):
    text = "SEOUL, NOV. 23, 2010 (YONHAP) -- THE SOUTH'S MILITARY SAID IT RETURNED FIRE."
    split = SentenceSplitter(blank).split(text)
    sentences = [text[start:end] for start, end in split.char_spans]
    assert sentences == ["THE SOUTH'S MILITARY SAID IT RETURNED FIRE."]


def test_capitals_sentence_with_a_month_keeps_its_split(blank):
    text = "THE TALKS ENDED IN NOV. NOBODY CAME BACK."
    split = SentenceSplitter(blank).split(text)
    assert len(split.char_spans) == 2
