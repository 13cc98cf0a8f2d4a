"""A headline that lists two acts of one subject with a comma gets the second verb back.

"Security Council condemns North Korean launch, promises response": a headline joins two
present-tense verbs of one subject with a comma where a sentence would say "and". The small
parser reads the first clause as the content of the second ("X condemns A, [it] promises" as
in "X fires missiles, Seoul says"), so the second verb has no subject and its act no source,
and the condemnation is reported, no act. :func:`restore_verb_list` re-hangs such a parse: the
first verb becomes the root and the second its conjunct, sharing its subject. Only when the
second verb has no subject of its own ("..., Seoul says" keeps its speaker) and both verbs are
present-tense "-s" forms of a headline.
"""

from __future__ import annotations

from typing import Any

__all__ = ["restore_verb_list"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def restore_verb_list(span: Any) -> bool:
    """Make "X condemns A, promises B" two conjoined acts of X; True when the parse changed."""
    root = next((t for t in span if t.dep_ == "ROOT"), None)
    if root is None or root.tag_ != "VBZ" or any(c.dep_ in _SUBJECTS for c in root.children):
        return False
    if root.i == span.start or root.doc[root.i - 1].text != ",":
        return False
    first = next(
        (
            c
            for c in root.children
            if c.dep_ == "ccomp"
            and c.i < root.i
            and c.tag_ == "VBZ"
            and any(g.dep_ == "nsubj" for g in c.children)
        ),
        None,
    )
    if first is None:
        return False
    for child in list(root.children):
        if child.i < first.i or child.dep_ == "punct" and child.i == root.i - 1:
            child.head = first  # what stood before the list is the first verb's
    first.head = first
    first.dep_ = "ROOT"
    root.head = first
    root.dep_ = "conj"
    return True
