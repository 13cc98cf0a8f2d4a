"""A name hyphenated to a period word dates a noun and names no actor ("Soviet-era debt").

From the lead's fourteenth sample: "Russia agreed to write off ... North Korea's Soviet-era debt"
was coded Russia to North Korea and Russia to Russia, the second from "Soviet".
"""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.actors.period_compounds import load_period_words, names_a_period
from pledgewatch.events import DocContext, EventCoder, cameo_view


def test_period_words_read_from_the_data_file() -> None:
    words = load_period_words()
    assert {"era", "age", "period"} <= words
    assert "made" not in words  # "U.S.-made" keeps its maker


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("Soviet-era debt", 1, True),
        ("the Bush-era sanctions", 2, True),
        ("Soviet-made tanks", 1, False),  # made by that country: an actor
        ("Soviet - era debt", 1, False),  # spaced: not one word of the text
        ("Soviet", 1, False),  # nothing after the name
    ],
)
def test_names_a_period(blank, text: str, end: int, expected: bool) -> None:
    assert names_a_period(blank(text), end, load_period_words()) is expected


@pytest.mark.model
def test_the_period_name_is_no_actor_mention(matcher, nlp) -> None:
    doc = nlp("Russia agreed to write off 90 percent of North Korea's Soviet-era debt.")
    texts = [mention.text for mention in matcher.find(doc, dt.date(2012, 9, 18))]
    assert "Soviet" not in texts
    assert "Russia" in texts


@pytest.mark.model
def test_written_off_period_debt_has_one_target(coder: EventCoder) -> None:
    coded = coder.code_text(
        "Russia agreed to write off 90 percent of North Korea's Soviet-era debt.",
        DocContext(doc_id="p", date=dt.date(2012, 9, 18)),
    )
    pairs = {(e.source, e.target) for e in cameo_view(coded.findings, coder.lexicon)}
    assert pairs == {("RUS", "PRK")}
