"""The cheap sentence split and the partial parse the coder runs before extracting events."""

from __future__ import annotations

import pytest
import spacy

from pledgewatch.nlp.pipeline import UNPARSED_DEP, SentenceSplitter, parse_selected


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Headline here\n\nFirst sentence. Second one!",
            ["Headline here", "First sentence.", "Second one!"],
        ),
        ("No final stop", ["No final stop"]),
        ("  Leading space. Trailing space.  ", ["Leading space.", "Trailing space."]),
        ("One paragraph.\n \nAnother paragraph.", ["One paragraph.", "Another paragraph."]),
        ("The U.S. envoy met Kim. He left.", ["The U.S. envoy met Kim.", "He left."]),
        ("", []),
    ],
)
def test_split_sentences(blank, text: str, sentences: list[str]) -> None:
    split = SentenceSplitter(blank).split(text)
    assert [text[s:e] for s, e in split.char_spans] == sentences
    assert len(split.token_bounds) == len(sentences)
    for (start, end), (s, e) in zip(split.token_bounds, split.char_spans, strict=True):
        assert split.doc[start:end].text == text[s:e]


def test_unparsed_sentences_keep_their_own_flat_tree(blank) -> None:
    text = "First sentence here. Second sentence here.\n\nThird one."
    split = SentenceSplitter(blank).split(text)
    doc = parse_selected(blank, split, [False, False, False])
    assert doc.text == text
    assert [s.text.strip() for s in doc.sents] == [
        "First sentence here.",
        "Second sentence here.",
        "Third one.",
    ]
    assert {t.dep_ for t in doc if t.dep_ != "ROOT"} == {UNPARSED_DEP}


@pytest.mark.model
def test_selected_sentences_are_parsed_in_place(nlp) -> None:
    text = "Markets were calm.  North Korea fired artillery at the island.\n\nRain fell."
    split = SentenceSplitter(nlp).split(text)
    doc = parse_selected(nlp, split, [False, True, False])
    assert doc.text == text  # offsets are those of the text
    fired = next(t for t in doc if t.text == "fired")
    assert fired.dep_ == "ROOT" and fired.lemma_ == "fire" and fired.pos_ == "VERB"
    assert next(t for t in doc if t.text == "artillery").dep_ == "dobj"
    assert next(t for t in doc if t.text == "calm").dep_ == UNPARSED_DEP
    assert len(list(doc.sents)) == 3


def test_run_on_text_is_cut_into_bounded_pieces(blank) -> None:
    from pledgewatch.nlp.pipeline import MAX_SENTENCE_TOKENS

    text = "North Korea will allow inspectors and " * 300
    split = SentenceSplitter(blank).split(text)
    assert len(split.token_bounds) > 1
    assert all(end - start <= MAX_SENTENCE_TOKENS for start, end in split.token_bounds)
    assert split.char_spans[0][0] == 0 and split.char_spans[-1][1] == len(text.rstrip())


def test_text_over_spacy_max_length_is_split_not_refused(blank) -> None:
    text = "word " * 210_000  # over nlp.max_length (1,000,000 characters)
    split = SentenceSplitter(blank).split(text)
    assert len(split.doc) == 210_000 and split.token_bounds


@pytest.mark.parametrize(
    ("text", "first_sentence"),
    [
        ("SEOUL, Aug. 22 (Yonhap) -- North Korea seized assets.", "North Korea seized assets."),
        ("Headline\n\nUNITED NATIONS (AP) -- The council met.", "The council met."),
        ("GENEVA — Talks resumed on Monday.", "Talks resumed on Monday."),
        ("North Korea - which denies it - fired.", "North Korea - which denies it - fired."),
    ],
)
def test_a_wire_dateline_is_not_part_of_the_sentence(text: str, first_sentence: str) -> None:

    from pledgewatch.nlp.pipeline import SentenceSplitter

    split = SentenceSplitter(spacy.blank("en")).split(text)
    sentences = [text[a:b] for a, b in split.char_spans]
    assert first_sentence in sentences, sentences
    assert not any(s.startswith(("SEOUL", "UNITED", "GENEVA")) for s in sentences)
