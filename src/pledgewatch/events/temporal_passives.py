"""A temporal phrase closed by a passive reporting verb is a clause, not the verb's subject.

"Egypt sealed its border after the killing of the commander was announced": the small parser
sometimes reads "after the killing of the commander" as a prepositional phrase of "sealed" and
makes "was announced" the sentence's root, with "Egypt sealed its border" its clausal
complement (``ccomp``). The main act is then reported content of an announcement no one made
(modality "reported", cue the announcing verb), and the nominal event inside the phrase is
left without its clause.

:func:`restore_temporal_passive` re-hangs such a parse as the parser reads it when it gets it
right: the first verb becomes the root, the reporting verb a temporal clause (``advcl``) of
it, the preposition that clause's subordinator (``mark``) and its object the passive's subject.
Only when every part of the shape is there: a passive reporting verb (an ``auxpass``, a past
participle) with no subject of its own, a complement before it, and on that complement a
temporal preposition (``@temporal_preposition`` in ``word_classes.tsv``) whose object's phrase
ends right before the auxiliary.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

__all__ = ["restore_temporal_passive"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


def restore_temporal_passive(
    span: Any, reporting_verbs: Collection[str], temporal_prepositions: Collection[str]
) -> bool:
    """Make "X did A after the B of C was announced" X's act with a temporal clause; True when
    the parse changed."""
    root = next((t for t in span if t.dep_ == "ROOT"), None)
    if root is None or root.tag_ != "VBN" or root.lemma_.lower() not in reporting_verbs:
        return False
    children = list(root.children)
    if any(c.dep_ in _SUBJECTS for c in children):
        return False
    auxiliary = next((c for c in children if c.dep_ == "auxpass" and c.i < root.i), None)
    main = next((c for c in children if c.dep_ == "ccomp" and c.i < root.i), None)
    if auxiliary is None or main is None:
        return False
    phrase = next(
        (
            c
            for c in main.children
            if c.dep_ == "prep" and c.i > main.i and c.lower_ in temporal_prepositions
        ),
        None,
    )
    if phrase is None:
        return False
    obj = next((c for c in phrase.children if c.dep_ == "pobj"), None)
    # the phrase must run right up to the auxiliary: nothing of the main clause after it
    if obj is None or obj.right_edge.i != auxiliary.i - 1:
        return False
    for child in children:
        if child.i < main.i or child.dep_ == "punct" and child.i > root.i:
            child.head = main  # what stood before the clause, and the full stop, are the root's
    main.head = main
    main.dep_ = "ROOT"
    root.head = main
    root.dep_ = "advcl"
    phrase.head = root
    phrase.dep_ = "mark"
    phrase.pos_ = "SCONJ"
    obj.head = root
    obj.dep_ = "nsubjpass"
    return True
