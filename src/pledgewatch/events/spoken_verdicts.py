"""A statement that calls another's act or stand disparaging is criticism of that actor.

"The White House said North Korea's threat was needlessly provocative", "Seoul said the
launch was a reckless provocation": the reported clause is no act of the one it names, only a
verdict on it, and a verdict of the ``@disparaging`` word class (word_classes.tsv, the words
``call.v_pred+disparaging`` already reads in "called the test a provocative act") makes the
statement criticism (CAMEO 111) aimed at the clause's subject, or at the owner of that subject
("North Korea's threat"). Not a negated verdict ("said the test was not provocative"), nor one
of the speaker itself, nor one of nobody ("said the situation was dangerous": no target, the
statement stays a statement). Kept apart from :mod:`pledgewatch.events.frame_readings`, which
calls it, because it is one reading of its own.
"""

from __future__ import annotations

from typing import Any

from pledgewatch.events.modality import LINKING_VERBS, NEGATIONS

__all__ = ["CRITICISM_CODE", "disparaged_clause"]

CRITICISM_CODE = "111"
_MODIFIERS = frozenset({"amod", "advmod", "compound"})


def disparaged_clause(frame: Any, disparaging: frozenset[str]) -> tuple[Any, list[Any]] | None:
    """(the predicate token, the subject candidates, subject first then its possessive owner)
    of ``frame``'s content clause when it is a disparaging verdict, else None."""
    for clause in frame.children:
        if clause.dep_ != "ccomp" or clause.lemma_.lower() not in LINKING_VERBS:
            continue
        if any(c.dep_ == "neg" or c.lower_ in NEGATIONS for c in clause.children):
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        predicates = [c for c in clause.children if c.dep_ in ("acomp", "attr")]
        if len(subjects) != 1 or len(predicates) != 1:
            continue
        predicate = predicates[0]
        # the predicate and its own modifiers ("needlessly provocative", "a reckless
        # provocation"), not its "of" phrase ("the biggest loser of its own provocations")
        words = {predicate.lower_, predicate.lemma_.lower()} | {
            c.lower_ for c in predicate.children if c.dep_ in _MODIFIERS
        }
        if any(c.dep_ == "neg" for c in predicate.children) or not words & disparaging:
            continue
        subject = subjects[0]
        owners = [c for c in subject.children if c.dep_ == "poss"]
        return predicate, [subject, *owners]
    return None
