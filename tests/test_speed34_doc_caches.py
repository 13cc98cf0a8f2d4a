"""What the actor matcher keeps per Doc (pledgewatch.actors.doc_words, doc_matches): the same
words, text and phrase matches as reading the Doc afresh, for every span, never another Doc's."""

from __future__ import annotations

import pytest

from pledgewatch.actors.doc_matches import hyphenated_tokens, phrase_matches
from pledgewatch.actors.doc_words import doc_text, doc_words

#: whitespace runs, newlines, tabs, hyphenated names, all-caps lines, possessives, no text
TEXTS = [
    "",
    "Seoul",
    "  Beijing  hosted the talks.\n\nTokyo\tsent an envoy . ",
    "U.S.-led forces and Japanese-made radars: the Russia-China drills began on Monday.",
    "NORTH KOREA WARNS SOUTH KOREA OVER DRILLS\n\nNorth Korea warned the South on Tuesday.",
    "The United Nations Security Council met. Iran's envoy and the IAEA chief spoke after it.",
    "South and North Korea held talks in Panmunjom; the North's delegate left early.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_words_and_text_as_the_tokens_give_them(blank, text):
    doc = blank(text)
    texts, lowers = doc_words(doc)
    assert texts == [t.text for t in doc]
    assert lowers == [t.lower_ for t in doc]
    assert doc_text(doc) == doc.text == text


@pytest.mark.parametrize("text", TEXTS)
def test_phrase_matches_of_every_span_as_the_phrase_matchers_find_them(matcher, blank, text):
    doc = blank(text)
    lower, exact = matcher._lower, matcher._exact
    phrase_matches(doc, lower, exact)  # the Doc's matches are kept from here on
    assert phrase_matches(doc, lower, exact) == lower(doc) + exact(doc)
    for start in range(len(doc)):
        for end in range(start, len(doc) + 1):
            span = doc[start:end]
            assert phrase_matches(span, lower, exact) == lower(span) + exact(span), span.text


@pytest.mark.parametrize("text", TEXTS)
def test_hyphenated_tokens_of_every_span(blank, text):
    doc = blank(text)
    for start in range(len(doc)):
        for end in range(start, len(doc) + 1):
            expected = [t.i for t in doc[start:end] if "-" in t.text and len(t.text) >= 3]
            assert hyphenated_tokens(doc[start:end]) == expected


def test_each_doc_keeps_its_own_matches(matcher, blank):
    """Two documents matched one after the other: the second's hits are its own."""
    first = blank("Japan protested to China over the islands.")
    second = blank("Israel and Syria exchanged fire across the Golan Heights.")
    before = [(h.start, h.end, h.entry.code) for h in matcher.hits(blank(second.text))]
    matcher.hits(first)
    assert [(h.start, h.end, h.entry.code) for h in matcher.hits(second)] == before
    assert before != [(h.start, h.end, h.entry.code) for h in matcher.hits(first)]


@pytest.mark.parametrize("text", TEXTS)
def test_sentence_hits_after_the_whole_doc_as_on_a_fresh_doc(matcher, blank, text):
    """The pre-parse filter matches the whole Doc first; each sentence's hits must stay what a
    Doc never matched before gives (an all-caps line is read re-cased, never from the cache)."""
    doc = blank(text)
    matcher.hits(doc)
    bounds = [(s.start, s.end) for s in _pieces(doc)]
    for start, end in bounds:
        fresh = blank(text)
        expected = [(h.start, h.end, h.entries) for h in matcher.hits(fresh[start:end])]
        assert [(h.start, h.end, h.entries) for h in matcher.hits(doc[start:end])] == expected


def _pieces(doc):
    """The text cut at sentence ends and line breaks (no parse needed)."""
    start = 0
    for token in doc:
        if token.text in (".", ";", ":") or "\n" in token.text:
            yield doc[start : token.i + 1]
            start = token.i + 1
    if start < len(doc):
        yield doc[start:]
