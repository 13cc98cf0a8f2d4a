"""A verb that resizes a measure, read as that measure's adjective, is the verb it is.

"The Security Council condemned the launch and widened sanctions on North Korea": the small
parser reads "widened" as an adjective of "sanctions" (the widened sanctions) and "sanctions" as
a second object of "condemned", so the sanctions were coded from the noun alone, with no source.
A past form of a verb that changes a measure's size (word class ``@resizing``: widen, expand,
extend, tighten, broaden, toughen, renew, ...) read as the adjective (``amod``) of a conjoined
noun, right after "and" and with nothing before it in its phrase, is the second verb of the
clause: :func:`restore_resized_measure` makes it a conjunct of the verb the first conjunct
belongs to, with the noun as its object, so the verb's own pattern (widen.v+sanction, 163) codes
it with the shared subject as source. "condemned the launch and the widened sanctions" (a
determiner) and "discussed expanded sanctions" (no conjunction) are left as they are.
"""

from __future__ import annotations

from typing import Any

from pledgewatch.events.lexicon import Lexicon

__all__ = ["restore_resized_measure"]

#: The word class of verbs that change a measure's size (data/lexicon/word_classes.tsv).
RESIZING_CLASS = "@resizing"
_CONJUNCTIONS = frozenset({"and", "but"})
_OBJECT_DEPS = frozenset({"dobj", "obj"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def restore_resized_measure(span: Any, lexicon: Lexicon) -> bool:
    """Re-hang every resizing verb misread as a conjoined noun's adjective; True when the
    parse changed."""
    resizing = lexicon.words(RESIZING_CLASS)
    changed = False
    for token in span:
        if token.dep_ != "amod" or token.tag_ not in ("VBN", "VBD"):
            continue
        if token.lemma_.lower() not in resizing or not token.lower_.endswith("ed"):
            continue
        noun = token.head
        if noun.dep_ != "conj" or noun.left_edge.i != token.i or token.i == 0:
            continue  # "the widened sanctions": an adjective after all
        link = token.doc[token.i - 1]
        if link.dep_ != "cc" or link.lower_ not in _CONJUNCTIONS:
            continue
        first = noun.head
        verb = _clause_verb(first)
        if verb is None:
            continue
        # "condemned the crackdown and expanded sanctions against Syria": a phrase hung on the
        # first conjunct after the second one belongs to the second (what is sanctioned)
        for child in list(first.children):
            if child.dep_ == "prep" and child.i > noun.i and first.i < noun.i:
                child.head = noun
        link.head = verb
        token.head = verb
        token.dep_ = "conj"
        token.tag_ = "VBD"
        token.pos_ = "VERB"
        noun.head = token
        noun.dep_ = "dobj"
        changed = True
    return changed


def _clause_verb(first: Any) -> Any | None:
    """The past-tense verb with a subject that the first conjunct is (or is the object of)."""
    verb = first
    if first.pos_ in ("NOUN", "PROPN") and first.dep_ in _OBJECT_DEPS:
        verb = first.head
    if verb.tag_ != "VBD" or not any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    return verb
