"""All-caps wire headlines and items: the actor matcher reads a sentence or line written wholly
in capitals as it reads the same words in ordinary case (pledgewatch/actors/caps_reading.py),
while capitals inside ordinary text keep their meaning ("us" is no country, "Nice" a city)."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy

DATE = dt.date(2010, 11, 23)


def codes(matcher, doc) -> list[tuple[str, str]]:
    return [(m.text, m.code) for m in matcher.find_in_doc(doc, DATE)]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        (
            "THE SOUTH'S MILITARY SAID IT RETURNED FIRE AFTER NORTH KOREA SHELLED AN ISLAND.",
            "SOUTH'S MILITARY",
            "KORMIL",
        ),
        (
            "NORTH KOREA FIRED ARTILLERY AT A BORDER ISLAND. THE SOUTH'S NAVY FIRED BACK.",
            "SOUTH'S NAVY",
            "KORMIL",
        ),
        (
            "SEOUL ACCUSES THE NORTH OF SINKING WARSHIP\n\n"
            "South Korea said on Thursday that a North Korean torpedo sank its ship.",
            "THE NORTH",
            "PRK",
        ),
    ],
)
def test_an_all_caps_sentence_reads_as_ordinary_text(matcher, nlp, text, mention, code):
    found = codes(matcher, nlp(text))
    assert any(text.endswith(mention) and c == code for text, c in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The South's military said it returned fire after North Korea shelled an island.",
        "North Korea fired artillery at a border island. The South's navy fired back.",
    ],
)
def test_the_same_words_in_ordinary_case_code_alike(matcher, nlp, text):
    upper = codes(matcher, nlp(text.upper()))
    ordinary = codes(matcher, nlp(text))
    assert [code for _, code in upper] == [code for _, code in ordinary]
    assert [mention.upper() for mention, _ in ordinary] == [mention for mention, _ in upper]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("They told us that North Korea would talk.", "us"),
        ("A NICE gesture, the envoy told reporters in Seoul.", "NICE"),
        ("The IT ministry of South Korea said the network was attacked.", "IT"),
    ],
)
def test_capitals_in_ordinary_text_keep_their_meaning(matcher, nlp, text, absent):
    found = codes(matcher, nlp(text))
    assert absent not in [mention for mention, _ in found], found


def reading(matcher, text: str) -> str:
    return matcher._cased(spacy.blank("en")(text)).text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dictionary's capitalised words, its acronyms, everything else lower case
        ("THE SOUTH'S MILITARY SAID IT FIRED.", "the South's military said it fired."),
        ("DPRK AND US ENVOYS MEET IN BEIJING", "DPRK and US envoys meet in Beijing"),
        ("PORT SAID REPORTS CALM", "Port Said reports calm"),
        ("THE MINISTER SAID THE PORT WAS CALM", "the minister said the port was calm"),
        ("A NICE OFFER FROM KOREA", "a nice offer from Korea"),
        # not wholly in capitals, or too short to be a sentence: left alone
        ("The US and South Korea met.", "The US and South Korea met."),
        ("KCNA REPORTS", "KCNA REPORTS"),
    ],
)
def test_recasing_table(matcher, text, expected):
    assert reading(matcher, text) == expected


def test_only_the_capitals_line_is_recased_and_offsets_stay(matcher):
    text = "NORTH KOREA SAYS IT WILL TALK\n\nSEOUL said on Monday it would wait."
    doc = spacy.blank("en")(text)
    reading = matcher._cased(doc)
    assert reading.text == "North Korea says it will talk\n\nSEOUL said on Monday it would wait."
    assert len(reading) == len(doc)
    assert [t.idx for t in reading] == [t.idx for t in doc]


@pytest.mark.model
def test_a_caps_headline_leaves_the_parsed_body_to_the_parse(coder) -> None:
    """The coder matches actors before and after the parse: a re-cased copy made before it must
    not stand in for the parsed document (review of stop 20: a caps headline made "its
    nationals from Syria" Syrian and "the defense ministry" country-less in the whole story)."""
    from tests.conftest import coded_triples

    body = (
        "SEOUL -- Turkey evacuated some of its nationals from Syria on Tuesday. "
        "The defense ministry said the North had moved a missile."
    )
    plain = coded_triples(coder, "North Korea says it will restart the reactor\n\n" + body, DATE)
    caps = coded_triples(coder, "NORTH KOREA SAYS IT WILL RESTART THE REACTOR\n\n" + body, DATE)
    body_triples = {t for t in plain if t[0].startswith(("TUR", "KOR"))}
    assert body_triples, plain
    assert body_triples <= caps, (plain, caps)
    assert not any(t[1].endswith("CVL") for t in caps if t[0] == "TUR"), caps
