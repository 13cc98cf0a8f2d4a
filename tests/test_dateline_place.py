"""The dateline's country from the document's parsed place (``Document.place``).

Ingest parses a report's place from its dateline or metadata; the coder hands it to the actor
matcher (:meth:`ActorMatcher.find_in_doc` ``place=``), which takes it for the story's dateline
instead of reading the dateline again from the first mentions. Texts written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.actors.datelines import dateline_country
from pledgewatch.actors.dictionary import load_actor_dictionary

DAY = dt.date(2012, 3, 11)


@pytest.fixture(scope="module")
def dictionary():
    return load_actor_dictionary()


@pytest.mark.parametrize(
    ("place", "country"),
    [
        ("Seoul", "KOR"),  # a capital
        ("SEOUL", "KOR"),
        ("Geneva", "CHE"),  # a place
        ("Yangon, Myanmar", "MMR"),  # the first part of "city, region"
        ("United Nations", None),  # an organisation is no country's dateline
        ("Nowhere Springs", None),  # unknown
    ],
)
def test_dateline_country(dictionary, place: str, country: str | None) -> None:
    assert dateline_country(dictionary, place) == country


def _ministry(matcher, nlp, text: str, place: str | None) -> str:
    mentions = matcher.find_in_doc(nlp(text), DAY, place=place)
    return next(m.code for m in mentions if m.text == "Defense Ministry")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "place", "code"),
    [
        # no place given (plain text): the dateline is read from the first mentions
        (
            "SEOUL, March 11 (Yonhap) -- Missiles were fired, the Defense Ministry said.",
            None,
            "KORGOV",
        ),
        # the parsed place is the dateline; the text need not open with one
        ("Missiles were fired on Friday, the Defense Ministry said.", "Seoul", "KORGOV"),
        ("Missiles were fired on Friday, the Defense Ministry said.", "Tokyo", "JPNGOV"),
    ],
)
def test_parsed_place_is_the_dateline(matcher, nlp, text: str, place: str | None, code) -> None:
    assert _ministry(matcher, nlp, text, place) == code


@pytest.mark.model
def test_the_coder_hands_the_document_place_to_the_matcher(coder) -> None:
    from pledgewatch.events import DocContext

    text = "Missiles were fired on Friday, the Defense Ministry said."
    coded = coder.code_text(text, DocContext(doc_id="t", date=DAY, place="Tokyo"))
    assert [m.code for m in coded.mentions if m.text == "Defense Ministry"] == ["JPNGOV"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "place", "code"),
    [
        # a summit town is no government's seat: the ministry speaks for the voice before it
        (
            "Seoul said it would study the results. A Foreign Ministry official said the North "
            "must act first.",
            "Ulan-Ude, Russia",
            "KORGOV",
        ),
        # ... and for no one when the sentence before names no single country
        (
            "The two leaders met for three hours. A Foreign Ministry official said the talks "
            "were useful.",
            "Ulan-Ude, Russia",
            "---GOV",
        ),
        # a capital is the seat: its ministry, whoever spoke before
        (
            "Seoul said it would study the results. A Foreign Ministry official said the North "
            "must act first.",
            "Moscow",
            "RUSGOV",
        ),
    ],
)
def test_a_ministry_in_a_summit_town_speaks_for_the_voice_before(coder, text, place, code):
    from pledgewatch.events import DocContext

    coded = coder.code_text(text, DocContext(doc_id="t", date=DAY, place=place))
    assert [m.code for m in coded.mentions if "Ministry" in m.text] == [code], coded.mentions
