"""A passive's "by" agent set off by a comma after a long object belongs to the passive.

"The former minister was accused of stealing state funds, much of it hidden abroad, by the new
government": the doer of a passive comes at the very end, after a long object with a clause of
its own. The small parser hangs the "by" phrase on a later verb (the object's own "hidden", or
a "believed" it made the sentence's root), so the accusation loses its accuser and that verb
gains a doer it does not have.

:func:`restore_distant_agent` re-hangs such a phrase as the agent of the sentence's one finite
passive clause (a verb with a passive subject and a passive auxiliary, no agent of its own).
Only a "by" phrase set off by a comma, ending the sentence, whose object is a noun that is not
a time ("by Friday", "by 2010" are deadlines), after that passive; with two finite passives
the phrase is left where it is, as it could be either's.
"""

from __future__ import annotations

from typing import Any

__all__ = ["restore_distant_agent"]

#: Entity types of a "by" object that is a deadline or a measure, not a doer.
_NOT_DOERS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"})


def restore_distant_agent(span: Any) -> bool:
    """Make "<passive> ..., by X" X's act; True when the parse changed."""
    by = _final_by_phrase(span)
    if by is None:
        return False
    passives = [t for t in span if t.i < by.i and _is_finite_passive(t)]
    if len(passives) != 1:
        return False
    verb = passives[0]
    if by.head == verb or any(c.dep_ == "agent" for c in verb.children):
        return False
    if any(t == verb for t in by.subtree):
        return False  # the passive inside the phrase: re-hanging would make a cycle
    by.head = verb
    by.dep_ = "agent"
    return True


def _final_by_phrase(span: Any) -> Any | None:
    """The sentence's last "by" when it opens a comma-set phrase that ends the sentence."""
    words = [t for t in span if not t.is_punct]
    if not words:
        return None
    last_word = words[-1]
    for by in reversed(list(span)):
        if by.lower_ != "by" or by.dep_ not in ("prep", "agent"):
            continue
        if by.i == span.start or by.doc[by.i - 1].text != ",":
            return None
        if by.right_edge.i < last_word.i:
            return None
        objects = [c for c in by.children if c.dep_ == "pobj"]
        if len(objects) != 1 or objects[0].pos_ not in ("NOUN", "PROPN"):
            return None
        if objects[0].ent_type_ in _NOT_DOERS:
            return None
        return by
    return None


def _is_finite_passive(token: Any) -> bool:
    children = list(token.children)
    return (
        token.tag_ == "VBN"
        and any(c.dep_ == "nsubjpass" for c in children)
        and any(c.dep_ == "auxpass" for c in children)
    )
