"""A statement that calls another's act or stand disparaging is criticism of that actor.

"The White House said North Korea's threat was needlessly provocative", "Seoul said the
launch was a reckless provocation": the reported clause is no act of the one it names, only a
verdict on it, and a verdict of the ``@disparaging`` word class (word_classes.tsv, the words
``call.v_pred+disparaging`` already reads in "called the test a provocative act") makes the
statement criticism (CAMEO 111) aimed at the clause's subject, or at the owner of that subject
("North Korea's threat"). Not a negated verdict ("said the test was not provocative"), nor one
of the speaker itself, nor one of nobody ("said the situation was dangerous": no target, the
statement stays a statement). A verdict that the act breaks a law or treaty (``@breach_verdict``:
"the IAEA said the enrichment programme was a clear violation of Security Council resolutions")
is an accusation (112), as ``call.v_pred+violation`` reads "called the launch a violation"; it
wins over a disparaging word beside it ("a reckless violation"). Kept apart from
:mod:`pledgewatch.events.frame_readings`, which calls it, because it is one reading of its own.
"""

from __future__ import annotations

from typing import Any

from pledgewatch.events.modality import LINKING_VERBS, NEGATIONS

__all__ = ["ACCUSATION_CODE", "CRITICISM_CODE", "disparaged_clause"]

CRITICISM_CODE = "111"
ACCUSATION_CODE = "112"
_MODIFIERS = frozenset({"amod", "advmod", "compound"})


def disparaged_clause(
    frame: Any, disparaging: frozenset[str], breaching: frozenset[str] = frozenset()
) -> tuple[Any, list[Any], str] | None:
    """(the predicate token, the subject candidates, subject first then its possessive owner,
    the code: 112 for a ``breaching`` verdict, else 111) of ``frame``'s content clause when it
    is a disparaging or breaching verdict, else None."""
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
        if any(c.dep_ == "neg" for c in predicate.children):
            continue
        if words & breaching:
            code = ACCUSATION_CODE
        elif words & disparaging:
            code = CRITICISM_CODE
        else:
            continue
        subject = subjects[0]
        owners = [c for c in subject.children if c.dep_ == "poss"]
        return predicate, [subject, *owners], code
    return None
