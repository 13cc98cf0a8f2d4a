"""A name joined by "and" to the name after it is its conjunct, not its modifier.

"South Korean President Park Geun-hye and Chinese President Xi Jinping met on Thursday": the
small parser reads the first name (its last word "hye") as a noun modifier (nmod or compound)
of "Jinping", keeping the "and" on it, so only Xi is the subject and the meeting loses its
Korean side. A name that carries an "and" of its own but no conjunct ("Trinidad and Tobago"
has one) and modifies a later name is the first member of a list: :func:`restore_joined_name`
gives it the later name's place in the clause and makes the later name its conjunct, as the
parser does for "Park and Xi met".
"""

from __future__ import annotations

from typing import Any

__all__ = ["restore_joined_name"]

#: The places a joined subject or object list may hold in its clause.
_CLAUSE_SLOTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def restore_joined_name(span: Any) -> bool:
    """Make "<name> and <name>" read as a modifier a list; True when the parse changed."""
    changed = False
    for first in span:
        if first.dep_ not in ("nmod", "compound") or first.pos_ != "PROPN":
            continue
        second = first.head
        if second.i <= first.i or second.pos_ != "PROPN" or second.dep_ not in _CLAUSE_SLOTS:
            continue
        children = list(first.children)
        links = [c for c in children if c.dep_ == "cc" and c.lower_ == "and" and c.i > first.i]
        if not links or any(c.dep_ == "conj" for c in children):
            continue
        first.head = second.head
        first.dep_ = second.dep_
        second.head = first
        second.dep_ = "conj"
        changed = True
    return changed
