"""CAMEO conventions over coded findings: what a PETRARCH/GDELT-style coder would record."""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.events import DocContext, EventCoder, cameo_view
from pledgewatch.events.conventions import main_event
from tests.conftest import viewed_triples
from tests.test_events_coder import FakeMatcher


@pytest.fixture(scope="module")
def coder(nlp) -> EventCoder:
    return EventCoder(nlp=nlp, matcher=FakeMatcher())


def view(coder: EventCoder, text: str) -> set[tuple]:
    return viewed_triples(coder, text, dt.date(2011, 8, 22))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # as coded
        ("North Korea seized South Korean assets.", {("PRK", "KOR", "1711")}),
        # the reporting verb is not coded when what it reports is
        ("Seoul said North Korea fired artillery at Japan.", {("PRK", "JPN", "194")}),
        # ... and is a statement when nothing else is, if it is about someone (a statement
        # about no one is no dyadic event; test_events_phenomena has the non-dyadic view)
        ("Seoul said the weather was fine.", set()),
        ("Seoul said they will attack Iran.", {("KORGOV", "IRN", "010")}),
        # a future cooperative act is an intent, a hostile one a threat
        ("North Korea will allow IAEA inspectors to return.", {("PRK", "IGOUNOIAE", "0355")}),
        ("North Korea will attack South Korea.", {("PRK", "KOR", "138")}),
        # a refused future act is a rejection; an act that did not happen is nothing
        ("North Korea will not release the South Korean fishermen.", {("PRK", "KOR", "1243")}),
        ("North Korea did not seize South Korean assets.", set()),
        # a nominal event named as another's object is not the sentence's event
        ("Seoul condemned the North Korean attack on Japan.", {("KORGOV", "PRK", "111")}),
    ],
)
def test_cameo_view(coder: EventCoder, text: str, expected: set) -> None:
    assert view(coder, text) == expected


@pytest.mark.model
def test_main_event_is_highest_in_the_parse(coder: EventCoder) -> None:
    coded = coder.code_text(
        "Seoul said North Korea fired artillery at Japan after it seized a South Korean ship.",
        DocContext(doc_id="m", date=None),
    )
    events = cameo_view(coded.findings, coder.lexicon, skip_roles=frozenset({"frame"}))
    assert main_event(events).code == "194"
    assert main_event([]) is None
