"""The attribute ruler's rules by table lookup (pledgewatch.nlp.attribute_index): the same matches
and annotations as spaCy's stock Matcher, and the coder's own pipeline uses it."""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.events.lexicon import Lexicon, prefilter_stem
from pledgewatch.nlp.attribute_index import IndexedRulerMatcher, _table_rows, index_attribute_ruler

#: sentences that reach the ruler's exceptions: contractions, "gonna", "let's", "there is",
#: "ain't", "y'all", "nothin'", auxiliaries, determiners, whitespace runs, possessives
SENTENCES = [
    "The ministry said it ain't going to accept the proposal.",
    "They're gonna send envoys, and we gotta wait for them.",
    "Let's see whether Seoul gets the aid it asked for; it got nothing last year.",
    "There is no sign that the talks were cancelled, and there were no protests.",
    "Y'all know that nothin' changed at the border since Monday.",
    "C'mon, the minister's aides have been saying that for weeks.",
    "Which   proposal  did the council\n\nreject?",
    "Japan's navy  will not have deployed any ships by then, officials said.",
    "Both sides, each claiming the islands, blamed the other; neither would comment.",
    "North Korea fired two missiles into the sea, the Joint Chiefs of Staff said.",
]


@pytest.fixture(scope="module")
def indexed_nlp():
    from pledgewatch.nlp.pipeline import load_pipeline

    return index_attribute_ruler(load_pipeline())


@pytest.mark.model
@pytest.mark.parametrize("text", SENTENCES)
def test_same_matches_as_the_stock_matcher(nlp, indexed_nlp, text):
    stock = nlp.get_pipe("attribute_ruler").matcher
    fast = indexed_nlp.get_pipe("attribute_ruler").matcher
    assert isinstance(fast, IndexedRulerMatcher)
    doc = nlp(text, disable=["attribute_ruler", "lemmatizer", "ner"])
    assert sorted(fast(doc, allow_missing=True)) == sorted(stock(doc, allow_missing=True))


@pytest.mark.model
@pytest.mark.parametrize("text", SENTENCES)
def test_same_annotations_as_the_stock_pipeline(nlp, indexed_nlp, text):
    def read(doc):
        return [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]

    assert read(indexed_nlp(text)) == read(nlp(text))


@pytest.mark.parametrize(
    ("patterns", "expected"),
    [
        ([[{"TAG": "VBZ"}]], (("TAG",), [("VBZ",)])),
        ([[{"LOWER": "'s", "TAG": "POS"}]], (("LOWER", "TAG"), [("'s", "POS")])),
        ([[{"TAG": {"IN": ["VBP", "VBZ"]}}]], (("TAG",), [("VBP",), ("VBZ",)])),
        ([[{"IS_SPACE": True}]], (("IS_SPACE",), [(True,)])),
        # left to spaCy's Matcher: several tokens or patterns, NOT_IN, regular expressions
        ([[{"LOWER": "gon"}, {"LOWER": "na"}]], None),
        ([[{"TAG": "VBZ"}], [{"TAG": "VBD"}]], None),
        ([[{"TAG": {"NOT_IN": ["TO"]}}]], None),
        ([[{"LOWER": {"REGEX": "^y'?$"}}]], None),
        ([[{"POS": "VERB"}]], None),
        ([[{"IS_SPACE": "yes"}]], None),
    ],
)
def test_which_rules_go_in_the_table(patterns, expected):
    assert _table_rows(patterns) == expected


def test_a_blank_pipeline_has_no_ruler_to_index():
    import spacy

    blank = spacy.blank("en")
    assert index_attribute_ruler(blank) is blank


@pytest.mark.model
def test_the_coders_own_pipeline_uses_the_table(coder):
    from pledgewatch.events import EventCoder
    from pledgewatch.events.types import DocContext

    own = EventCoder()  # loads its own pipeline; ``coder`` runs the stock one
    text = "North Korea fired artillery at South Korea, which said it ain't backing down."
    ctx = DocContext("d", dt.date(2010, 11, 23))
    coded = own.code_text(text, ctx)
    assert isinstance(own.nlp.get_pipe("attribute_ruler").matcher, IndexedRulerMatcher)
    assert coded.events and coded.events == coder.code_text(text, ctx).events


def test_the_pre_filter_keeps_stems_it_has_made():
    lexicon = Lexicon.default()
    words = ["the", "navy", "seized", "a", "ship"]
    first = lexicon.sentence_has_trigger(words)
    assert prefilter_stem("seized") == "seiz"
    before = prefilter_stem.cache_info()
    prefilter_stem("seized")  # kept from the call above: a hit, no new stem made
    after = prefilter_stem.cache_info()
    assert (after.hits, after.misses) == (before.hits + 1, before.misses)
    assert lexicon.sentence_has_trigger(words) == first is True
    assert lexicon.sentence_has_trigger(["rice", "prices", "climbed"]) is False
