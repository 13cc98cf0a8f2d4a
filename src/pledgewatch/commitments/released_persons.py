"""The people a demand asks to be freed are not the ones it asks.

"She called for the release of all political prisoners", "Tokyo demanded the return of the
detained fishermen": the event coder takes the first actor among the clause's objects as the
target, here the people to be freed. They are what is demanded, not who is asked to do it (the
jailer, a government the sentence does not name), so they are no promisee; "urged Pyongyang to
release the fishermen" keeps Pyongyang, the freeing verb's subject. The words are those of
``released_persons.yaml`` (brief grader48, the seed-48 demands audit).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from pledgewatch.commitments.lexicon import data_path
from pledgewatch.events.types import EventFinding
from pledgewatch.model import Commitment
from pledgewatch.yaml_lists import word_sets

RELEASED_PERSONS_FILE = "released_persons.yaml"
#: Dependencies that keep a word inside the noun phrase of the people freed ("all political
#: prisoners", "the fishermen and their captain", "Japan's fishermen").
_PHRASE_DEPS = frozenset({"compound", "amod", "poss", "conj", "appos", "nmod", "det", "nummod"})


@dataclass(frozen=True, slots=True)
class ReleaseWords:
    """The lists of ``released_persons.yaml`` (lower-case lemmas)."""

    release_nouns: frozenset[str]
    release_verbs: frozenset[str]


@functools.lru_cache(maxsize=1)
def release_words() -> ReleaseWords:
    """The shipped lists; a missing or malformed list is a :class:`ConfigError`."""
    return word_sets(ReleaseWords, data_path(RELEASED_PERSONS_FILE))


def no_promisee_in_the_released(commitment: Commitment, finding: EventFinding) -> None:
    """Drop (in place) a demand's promisee when it is the event's target and the target is
    among the people the demand asks to be freed."""
    target = finding.target
    if commitment.kind != "demand" or target is None or commitment.promisee != target.code:
        return
    doc = finding.trigger.doc
    freeing = _freeing_word(doc[target.end - 1], release_words())
    if freeing is not None:
        commitment.why.append(
            f"promisee: {target.text!r} is who {freeing.text!r} asks to be freed, not the one asked"
        )
        commitment.promisee = None


def _freeing_word(token: Token, words: ReleaseWords) -> Token | None:
    """The freeing noun or verb whose object the noun phrase of ``token`` is, or None."""
    while token.dep_ in _PHRASE_DEPS and token.head is not token:
        token = token.head
    if token.dep_ == "dobj" and token.head.lemma_.lower() in words.release_verbs:
        return token.head
    preposition = token.head
    if token.dep_ == "pobj" and preposition.lower_ == "of" and preposition.dep_ == "prep":
        noun = preposition.head
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in words.release_nouns:
            return noun
    return None
