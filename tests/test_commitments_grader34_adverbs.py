"""Strength cues read through adverbs between their words (grader34, seed 60's group 6): "was
still open to dialogue" is "be open to" (hedged) as "was open to" is; a negation or "yet" is
not read through, nor is a one-word cue ("possibly"), which counts on its own. Sentences of our
own."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy

from pledgewatch.commitments.lexicon import CueLexicon
from pledgewatch.commitments.strength import StrengthCues

DAY = dt.date(2024, 5, 6)


def _blank(words: list[str], pos: list[str]):
    doc = spacy.blank("en")(" ".join(words))
    for token, tag in zip(doc, pos, strict=True):
        token.pos_ = tag
        token.lemma_ = "be" if token.lower_ in ("is", "was") else token.lower_
    return doc


@pytest.mark.parametrize(
    ("words", "pos", "found"),
    [
        (["was", "open", "to"], ["AUX", "ADJ", "ADP"], ["was open to"]),
        (["was", "still", "open", "to"], ["AUX", "ADV", "ADJ", "ADP"], ["was still open to"]),
        (
            ["is", "now", "fully", "ready", "to"],
            ["AUX", "ADV", "ADV", "ADJ", "PART"],
            ["is now fully ready to"],
        ),
        (["was", "not", "open", "to"], ["AUX", "PART", "ADJ", "ADP"], []),
        (["is", "yet", "to"], ["AUX", "ADV", "PART"], []),
        (["was", "possibly", "open", "to"], ["AUX", "ADV", "ADJ", "ADP"], []),
    ],
)
def test_the_strength_lexicon_reads_through_adverbs_not_negations(words, pos, found):
    doc = _blank(words, pos)
    matches = [m.text for m in StrengthCues.default().strength.find(doc) if len(m.tokens) > 1]
    assert matches == found


def test_a_lexicon_without_read_through_keeps_its_phrases_contiguous():
    doc = _blank(["was", "still", "open", "to"], ["AUX", "ADV", "ADJ", "ADP"])
    plain = CueLexicon.from_lists({"hedged": ["be open to"]})
    assert plain.find(doc) == []


def test_an_adverb_is_never_read_through_before_the_first_word_or_after_the_last():
    lexicon = CueLexicon.from_lists({"hedged": ["be open to"]}, read_through=lambda t: True)
    doc = _blank(["still", "was", "open", "to", "now"], ["ADV", "AUX", "ADJ", "ADP", "ADV"])
    assert [m.text for m in lexicon.find(doc)] == ["was open to"]


def _strength(text: str) -> set[str]:
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    graded = [e.commitment for e in events if e.commitment is not None]
    return {c.strength for c in graded if c.kind in ("promise", "offer", "demand")}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "strength"),
    [
        ("The envoy said Japan was still open to dialogue with Seoul.", "hedged"),
        ("The envoy said Japan was open to dialogue with Seoul.", "hedged"),
        ("The minister said Chile was now ready to resume the border talks.", "hedged"),
        ("The minister said Kenya was always willing to help Somalia.", "hedged"),
        ("Peru will resume the border talks with Chile next week.", "firm"),
    ],
)
def test_an_adverb_inside_a_softening_cue_keeps_the_hedge(text, strength):
    assert _strength(text) == {strength}
