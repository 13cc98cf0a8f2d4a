"""The salience rules' word scan (pledgewatch.actors.reference_scan): every token it turns down
is one ``Salience._token_reference`` would turn down, so the resolved mentions are the same."""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.actors.reference_scan import ReferenceScan
from pledgewatch.actors.salience import Salience

#: pronouns, "the North", "his country", "the two Koreas", "we", a host, bodies after "the",
#: headline forms ("North's offer"), a partly parsed story
TEXTS = [
    "North Korea fired a missile on Monday. It said the launch was a test. The South protested.",
    "North's offer draws doubts in Seoul\n\nThe North offered talks. Seoul said it would reply.",
    "President Lee Myung-bak met Chinese leaders. He said his country wanted calm. Lee left.",
    "The two Koreas agreed to hold talks. They will meet at the border, the ministry said.",
    '"We will not give up our deterrent," the regime said in a statement carried by KCNA.',
    "Japan and China met in Beijing. The host urged restraint, and the two leaders shook hands.",
    "The Defense Ministry said troops fired warning shots. The army later denied it.",
    "Iran's foreign minister visited Moscow. Russia said she would return in May.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", TEXTS)
def test_turned_down_tokens_resolve_to_nothing(nlp, matcher, monkeypatch, text):
    date = dt.date(2011, 6, 1)
    expected = [(m.start, m.end, m.code) for m in matcher.find_in_doc(nlp(text), date)]
    real_scan = ReferenceScan.may_refer
    real_reference = Salience._token_reference
    turned_down: set[int] = set()
    offered: list[int] = []

    def scan_everything(self, doc, i):
        if not real_scan(self, doc, i):
            turned_down.add(i)
        return True  # offer every token to the rules, as before the scan

    def checked_reference(self, token, pending, position):
        found = real_reference(self, token, pending, position)
        offered.append(token.i)
        assert found is None or token.i not in turned_down, token.text
        return found

    monkeypatch.setattr(ReferenceScan, "may_refer", scan_everything)
    monkeypatch.setattr(Salience, "_token_reference", checked_reference)
    unscanned = [(m.start, m.end, m.code) for m in matcher.find_in_doc(nlp(text), date)]
    assert unscanned == expected
    assert turned_down and offered  # the texts exercise both sides of the scan


def test_scan_words_follow_the_dictionary(matcher):
    scan = ReferenceScan(matcher.dictionary)
    assert {"it", "they", "he", "she", "we", "north", "south"} <= scan.words
    assert matcher.dictionary.pair_nouns <= scan.words
    assert set(matcher.dictionary.pair_names) <= scan.words
    assert matcher.dictionary.salient_country_nouns <= scan.words
    assert matcher.dictionary.host_nouns <= scan.words


def test_scan_reads_each_doc_it_is_given(blank, matcher):
    """One scan walks the Docs of one document, and a re-cased copy is another Doc: the word
    table must follow the Doc asked about, not the first one read."""
    scan = ReferenceScan(matcher.dictionary)
    first = blank("Officials said it was calm.")
    second = blank("Seoul and the North met.")
    assert [scan.may_refer(first, i) for i in range(len(first))] == [
        False, False, True, False, False, False,
    ]  # fmt: skip
    assert [scan.may_refer(second, i) for i in range(len(second))] == [
        False, False, False, True, False, False,
    ]  # fmt: skip
