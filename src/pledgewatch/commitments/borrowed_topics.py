"""Topic words a clause with none of its own takes from the story or from what it precedes.

Two shapes name what a pledge or demand is about only outside its own words (brief grader42,
the seed-66 grading audit):

- a site described without its name: "would restart all the facilities at its main nuclear
  complex", in a story whose headline says "restart nuclear reactor at Yongbyon". When the
  story names exactly one place for a site ("the reactor at Yongbyon", "the Yongbyon
  complex"), the described site is that place's, and the place's name joins the clause's
  words (:func:`site_named_in_story`);
- a counted list of steps asked before an act resumes: "demanded that the North take four steps
  before six-party talks can resume" asks a precondition of the six-party talks; the words of
  the act it comes before join the clause's (:func:`precondition_words`); so does a change of
  conduct asked before it ("must change its behaviour before six-party talks can resume",
  grader48).

:func:`borrowed_words` gives both, for the grader's reading of a clause with no topic. The
words are those of ``borrowed_topics.yaml``.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from pledgewatch.commitments.lexicon import data_path
from pledgewatch.yaml_lists import word_sets

BORROWED_TOPICS_FILE = "borrowed_topics.yaml"


@dataclass(frozen=True, slots=True)
class BorrowedWords:
    """The lists of ``borrowed_topics.yaml`` (lower-case lemmas)."""

    site_nouns: frozenset[str]
    site_prepositions: frozenset[str]
    precondition_nouns: frozenset[str]
    precondition_marks: frozenset[str]
    resumed_verbs: frozenset[str]


@functools.lru_cache(maxsize=1)
def borrowed_words_lists() -> BorrowedWords:
    """The shipped lists; a missing or malformed list is a :class:`ConfigError`."""
    return word_sets(BorrowedWords, data_path(BORROWED_TOPICS_FILE))


def borrowed_words(head: Token, words: Sequence[Token]) -> list[Token]:
    """The words a clause (its own words ``words``) takes from the story's one named site and
    from the act its list of steps precedes, not already among ``words``."""
    found = [*site_named_in_story(words), *precondition_words(words)]
    return [t for i, t in enumerate(found) if t not in words and t not in found[:i]]


def site_named_in_story(words: Sequence[Token]) -> list[Token]:
    """The place the story names for a site, when ``words`` describe a site without a name
    ("its main nuclear complex") and the story names exactly one place for one; or []."""
    lists = borrowed_words_lists()
    if not any(_site_noun(t, lists) and _place_of(t, lists) is None for t in words):
        return []
    places: dict[str, Token] = {}
    for token in words[0].doc if words else ():
        if _site_noun(token, lists):
            place = _place_of(token, lists)
            if place is not None:
                places.setdefault(place.lower_, place)
    if len(places) != 1:
        return []  # two sites named: which one is described is not told
    return list(places.values())


def _site_noun(token: Token, lists: BorrowedWords) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in lists.site_nouns


def _place_of(site: Token, lists: BorrowedWords) -> Token | None:
    """The proper name of a site noun's place: "the reactor at Yongbyon", "the Yongbyon
    complex"; None when the noun names none."""
    # "restart the reactor at Yongbyon": the place may hang on the verb the site is object of
    on_verb = list(site.head.children) if site.dep_ == "dobj" else []
    for child in [*site.children, *on_verb]:
        if child.dep_ == "compound" and child.pos_ == "PROPN" and child.head.i == site.i:
            return child
        if child.dep_ == "prep" and child.lower_ in lists.site_prepositions:
            place = next((g for g in child.children if g.dep_ == "pobj"), None)
            if place is not None and place.pos_ == "PROPN":
                return place
    return None


def precondition_words(words: Sequence[Token]) -> list[Token]:
    """The words of the act a counted list of steps comes before ("take four steps [before
    six-party talks can resume]"), for a verb among ``words``; or []."""
    lists = borrowed_words_lists()
    for verb in words:
        if not any(
            c.dep_ == "dobj" and c.lemma_.lower() in lists.precondition_nouns for c in verb.children
        ):
            continue
        for child in verb.children:
            if child.dep_ != "advcl" or child.lemma_.lower() not in lists.resumed_verbs:
                continue
            marks = (c.lower_ for c in child.children if c.dep_ == "mark")
            if any(mark in lists.precondition_marks for mark in marks):
                return list(child.subtree)
    return []
