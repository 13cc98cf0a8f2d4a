"""Sources of the cue detector's new cues, on hand-built parses.

The parses are built by hand (``spacy.blank`` vocabulary, heads and labels given), so the
tests pin the span code, not the tagger's reading of a sentence.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from pledgewatch.commitments.cue_detector import proposal, proposed_source

# word, lemma, part of speech, dependency, head index
Row = tuple[str, str, str, str, int]


def build(rows: list[Row]) -> Doc:
    nlp = spacy.blank("en")
    return Doc(
        nlp.vocab,
        words=[r[0] for r in rows],
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[r[4] for r in rows],
        sent_starts=[True] + [False] * (len(rows) - 1),
    )


def reported_clause_with(
    governor: str, governor_lemma: str, *, own_subject: bool, link: str = "conj"
) -> Doc:
    """'The mayor <governor> the plan works and [she] added that fares stay low .' with
    "added" hung on "works" (inside the reported clause), as the parser often does."""
    rows: list[Row] = [
        ("The", "the", "DET", "det", 1),
        ("mayor", "mayor", "NOUN", "nsubj", 2),
        (governor, governor_lemma, "VERB", "ROOT", 2),
        ("the", "the", "DET", "det", 4),
        ("plan", "plan", "NOUN", "nsubj", 5),
        ("works", "work", "VERB", "ccomp", 2),
        ("and", "and", "CCONJ", "cc", 5),
    ]
    if own_subject:
        rows.append(("she", "she", "PRON", "nsubj", 8))
    added = len(rows)
    rows += [
        ("added", "add", "VERB", link, 5),
        ("that", "that", "SCONJ", "mark", added + 3),
        ("fares", "fare", "NOUN", "nsubj", added + 3),
        ("stay", "stay", "VERB", "ccomp", added),
        ("low", "low", "ADJ", "acomp", added + 3),
        (".", ".", "PUNCT", "punct", 2),
    ]
    return build(rows)


def added_token(doc: Doc):
    return next(t for t in doc if t.text == "added")


def test_a_report_hung_inside_the_reported_clause_takes_the_reporters_source(cues):
    doc = reported_clause_with("said", "say", own_subject=False)
    added = added_token(doc)
    assert proposed_source(added, cues).text == "mayor"
    found = proposal(added, cues)
    assert doc[found.source[0] : found.source[1]].text == "The mayor"
    assert doc[found.content[0] : found.content[1]].text.startswith("that fares stay")


def test_a_participle_hung_inside_the_reported_clause_takes_the_reporters_source(cues):
    # 'The mayor said the plan works, adding that ...' parsed with "adding" on "works"
    doc = reported_clause_with("said", "say", own_subject=False, link="advcl")
    assert proposed_source(added_token(doc), cues).text == "mayor"


def test_a_report_with_its_own_subject_keeps_it(cues):
    doc = reported_clause_with("said", "say", own_subject=True)
    assert proposed_source(added_token(doc), cues).text == "she"


def test_under_a_verb_that_reports_nothing_the_clause_subject_stays(cues):
    # "The mayor ensured the plan works and added ...": the plan is what is coordinated
    doc = reported_clause_with("ensured", "ensure", own_subject=False)
    assert cues.stance(doc[2]) is None
    assert proposed_source(added_token(doc), cues).text == "plan"


def test_a_conjunct_of_the_main_verb_is_untouched(cues):
    # "The mayor said ... and added ..." parsed right: "added" hangs on "said" itself
    doc = reported_clause_with("said", "say", own_subject=False)
    added = added_token(doc)
    added.head = doc[2]
    assert proposed_source(added, cues).text == "mayor"
    doc = reported_clause_with("ensured", "ensure", own_subject=False)
    added = added_token(doc)
    added.head = doc[2]
    assert proposed_source(added, cues).text == "mayor"
