"""Condition clauses in a dependency parse: "... if it halts enrichment", "... unless X apologizes".

Several stages read the same construction: an adverbial clause (``advcl``) opened by a
subordinating "if" or "unless" (``mark``). The actor resolver gives a condition's subject pronoun
the party it is set on, the event coder reads a hostile act announced on a condition as a threat
and takes a condition's subject as the target, and the commitment grader drops a promise that sits
inside someone else's condition. This module is the one walk they share, so that what counts as a
condition clause is decided in one place; the marks are a parameter because the callers differ
(the far-target search reads only "unless" clauses, and "if" on a threat).
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

__all__ = ["CONDITION_MARKS", "condition_clauses", "condition_mark", "inside_condition"]

#: Subordinators that make a clause the condition of another ("if it conducted a test").
CONDITION_MARKS = frozenset({"if", "unless"})


def condition_mark(clause: Token, marks: Collection[str] = CONDITION_MARKS) -> str | None:
    """The lower-cased mark ("if", "unless") that opens ``clause`` when it is an adverbial
    clause (``advcl``) opened by one of ``marks``; None otherwise. The first such mark wins."""
    if clause.dep_ != "advcl":
        return None
    for child in clause.children:
        if child.dep_ == "mark" and child.lower_ in marks:
            return str(child.lower_)
    return None


def condition_clauses(head: Token, marks: Collection[str] = CONDITION_MARKS) -> list[Token]:
    """The condition clauses (their heads) that hang on ``head``, in sentence order."""
    return [child for child in head.children if condition_mark(child, marks) is not None]


def inside_condition(token: Token, marks: Collection[str] = CONDITION_MARKS) -> bool:
    """``token`` is in (or heads) a condition clause of some other word."""
    return any(condition_mark(t, marks) is not None for t in (token, *token.ancestors))
