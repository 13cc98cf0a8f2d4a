"""A first name the small parser reads as a preposition gets back into its name.

``en_core_web_sm`` sometimes tags an unfamiliar capitalised first name as a preposition and
hangs the rest of the name on it as its object: in "Barack Obama and Vladimir Putin met",
"Barack" comes out as ``prep`` of "met" with "Obama" (and the conjunct "Putin") below it, so
the clause has no subject and the meeting no parties. A word tagged as a preposition that is
capitalised, is no English preposition (``@preposition`` in ``data/lexicon/word_classes.tsv``)
and is followed at once by a proper noun that is its object is such a name:
:func:`restore_misread_first_name` puts the object in the preposition's place (same head, and
``nsubj`` when it stands before its verb and the verb has no subject) and makes the first
name its ``compound``. Runs on parsed sentences before actor matching, like
:mod:`pledgewatch.events.headlines`.
"""

from __future__ import annotations

from typing import Any

from pledgewatch.events.lexicon import Lexicon

#: Dependencies of a clause's subject; a verb that has one keeps it.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


def restore_misread_first_name(span: Any, lexicon: Lexicon) -> bool:
    """Repair every first name misread as a preposition in ``span`` (a parsed sentence);
    True when the parse was changed."""
    prepositions = lexicon.words("@preposition")
    changed = False
    for token in span:
        if not _misread_name(token, prepositions):
            continue
        name = token.doc[token.i + 1]
        head = token.head
        dep = token.dep_
        if head.i == token.i:  # the root itself
            name.head = name
            name.dep_ = "ROOT"
        else:
            name.head = head
            subjectless = not any(c.dep_ in _SUBJECT_DEPS for c in head.children)
            if (
                dep in ("prep", "nsubj")
                and head.pos_ in ("VERB", "AUX")
                and name.i < head.i
                and (subjectless or dep == "nsubj")
            ):
                dep = "nsubj"
            elif dep == "prep":
                dep = "npadvmod"
            name.dep_ = dep
        token.head = name
        token.dep_ = "compound"
        token.pos_ = "PROPN"
        token.tag_ = "NNP"
        changed = True
    return changed


def _misread_name(token: Any, prepositions: frozenset[str]) -> bool:
    if token.pos_ != "ADP" or not token.is_alpha or not token.text[:1].isupper():
        return False
    if token.lower_ in prepositions or token.i + 1 >= len(token.doc):
        return False
    following = token.doc[token.i + 1]
    return following.head.i == token.i and following.dep_ == "pobj" and following.pos_ == "PROPN"
