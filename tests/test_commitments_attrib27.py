"""Who holds an attribution, on the source errors of the PolNeAR dev split (helper attrib27).

The source of an attribution the finder gets wrong at a right cue, grouped by phenomenon:
a passive participle ("Asked about X, Smith said": the asker is unnamed; only "by" names
one), a verb of feeling whose object feels it ("The ruling worried the farmers"), a stance
noun's "from"/"among" phrase ("warnings from the treasurer"), a name compounded before a
noun the tagger took for a verb ("Roe claims that ..."), the quotation's first words read
as a second subject ('"Total chaos," said Maria Lopez'), and a name the parser hung on the
phrase before a subjectless verb ("After the war, Obama and Clinton call them ...").
Sentences written for these tests; the parse-dependent roles on hand-built parses.
"""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.tokens import Doc, Token

from pledgewatch.commitments.attribution import speaker_of
from pledgewatch.commitments.attribution_roles import noun_holder, stray_subject
from pledgewatch.commitments.attribution_spans import find_attributions, source_extent
from pledgewatch.commitments.cue_detector import proposed_source
from pledgewatch.commitments.reporting_cues import ReportingCues


def parsed(rows: list[tuple[str, str, str, str, int]]) -> Doc:
    """A hand-built parse: (word, part of speech, tag, dependency, head index) per token."""
    words, pos, tags, deps, heads = zip(*rows, strict=True)
    return Doc(
        spacy.blank("en").vocab,
        words=list(words),
        pos=list(pos),
        tags=list(tags),
        deps=list(deps),
        heads=list(heads),
        lemmas=[w.lower() for w in words],
    )


def extent(token: Token | None) -> str | None:
    if token is None:
        return None
    start, end = source_extent(token)
    return token.doc[start:end].text


# '"Total chaos," said Maria Lopez.': the parser makes the quotation's words a subject too
QUOTED_SUBJECT = [
    ('"', "PUNCT", "``", "punct", 5),
    ("Total", "ADJ", "JJ", "amod", 2),
    ("chaos", "NOUN", "NN", "nsubj", 5),
    (",", "PUNCT", ",", "punct", 5),
    ('"', "PUNCT", "''", "punct", 5),
    ("said", "VERB", "VBD", "ROOT", 5),
    ("Maria", "PROPN", "NNP", "compound", 7),
    ("Lopez", "PROPN", "NNP", "nsubj", 5),
    (".", "PUNCT", ".", "punct", 5),
]

# "After the war, Obama and Clinton call them wolves.": the names hung on "war"
STRAY_NAMES = [
    ("After", "ADP", "IN", "prep", 7),
    ("the", "DET", "DT", "det", 2),
    ("war", "NOUN", "NN", "pobj", 0),
    (",", "PUNCT", ",", "punct", 2),
    ("Obama", "PROPN", "NNP", "conj", 2),
    ("and", "CCONJ", "CC", "cc", 4),
    ("Clinton", "PROPN", "NNP", "conj", 4),
    ("call", "VERB", "VBP", "ROOT", 7),
    ("them", "PRON", "PRP", "dobj", 7),
    ("wolves", "NOUN", "NNS", "oprd", 7),
    (".", "PUNCT", ".", "punct", 7),
]

# "Roe claims that the count was wrong.": "claims" tagged as a noun, "Roe" its compound
NOUN_FOR_VERB = [
    ("Roe", "PROPN", "NNP", "compound", 1),
    ("claims", "NOUN", "NNS", "ROOT", 1),
    ("that", "SCONJ", "IN", "mark", 4),
    ("the", "DET", "DT", "det", 4),
    ("count", "NOUN", "NN", "nsubj", 5),
    ("was", "AUX", "VBD", "acl", 1),
    ("wrong", "ADJ", "JJ", "acomp", 5),
    (".", "PUNCT", ".", "punct", 1),
]


def test_quotation_words_are_not_the_speaker(cues: ReportingCues) -> None:
    doc = parsed(QUOTED_SUBJECT)
    assert extent(speaker_of(doc[5], cues)) == "Maria Lopez"


def test_a_single_subject_stays(cues: ReportingCues) -> None:
    rows = [
        r if r[0] != "Lopez" else ("Lopez", "PROPN", "NNP", "npadvmod", 5) for r in QUOTED_SUBJECT
    ]
    assert extent(speaker_of(parsed(rows)[5], cues)) == "Total chaos"  # nothing better named


@pytest.mark.parametrize(
    ("rows", "verb", "expected"),
    [
        (STRAY_NAMES, 7, "Obama and Clinton"),
        # the verb has its subject: nothing stray
        (
            [r if r[0] != "them" else ("they", "PRON", "PRP", "nsubj", 7) for r in STRAY_NAMES],
            7,
            None,
        ),
    ],
)
def test_stray_subject(
    rows: list[tuple[str, str, str, str, int]], verb: int, expected: str | None
) -> None:
    assert extent(stray_subject(parsed(rows)[verb])) == expected


def test_stray_subject_is_the_finders_source(cues: ReportingCues) -> None:
    doc = parsed(STRAY_NAMES)
    found = [f for sent in doc.sents for f in find_attributions(sent, cues)]
    sources = {doc[f.cue[0]].text: doc[f.source[0] : f.source[1]].text for f in found if f.source}
    assert sources.get("call") == "Obama and Clinton"


def test_noun_for_a_verb_takes_its_compound_name() -> None:
    assert extent(noun_holder(parsed(NOUN_FOR_VERB)[1])) == "Roe"


def sources(nlp: Any, cues: ReportingCues, text: str) -> dict[str, str | None]:
    """Cue word -> source text of the rules' attributions in ``text``."""
    doc = nlp(text)
    return {
        doc[f.cue[0] : f.cue[1]].text: doc[f.source[0] : f.source[1]].text if f.source else None
        for sent in doc.sents
        for f in find_attributions(sent, cues)
    }


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        ("Asked about the budget, the mayor said it was balanced.", "Asked", None),
        ("Asked about the budget, the mayor said it was balanced.", "said", "the mayor"),
        (
            "Asked by reporters whether the plan would pass, the mayor said it would.",
            "Asked",
            "reporters",
        ),
    ],
)
def test_passive_participle_names_no_holder_but_by(
    nlp: Any, cues: ReportingCues, text: str, cue: str, expected: str | None
) -> None:
    assert sources(nlp, cues, text)[cue] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The ruling worried the farmers.", "worried", "the farmers"),
        ("The farmers were alarmed by the ruling.", "alarmed", "The farmers"),
        (
            "The vote went ahead despite warnings from the treasurer that the fund was empty.",
            "warnings",
            "the treasurer",
        ),
        ("Her backing among older voters has slipped.", "backing", "older voters"),
    ],
)
def test_detector_cue_holder(
    nlp: Any, cues: ReportingCues, text: str, word: str, expected: str
) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    assert extent(proposed_source(token, cues)) == expected
