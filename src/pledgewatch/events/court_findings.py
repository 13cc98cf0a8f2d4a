"""A court that rules another broke the law finds it liable.

"The European Court of Human Rights ruled that Switzerland had violated the rights of elderly
women" coded nothing: "ruled that" reported no event and "violated the rights" is no lexicon
act. A court's finding that a party violated, breached or infringed something is CAMEO 116,
"find guilty or liable (legally)", the code "ruled against" and "found guilty" already get,
from the court toward the party found to have broken it (the content clause's subject). Only a
court speaks so (a speaker of the JUD sector: "the court", "a tribunal", a named court); a
monitor or a government that "found that X had violated" accuses (left to the other readings),
and a negated finding ("ruled that Poland had not violated") or one about nobody named is no
finding against anyone. Read by :mod:`pledgewatch.events.frame_readings` on a reporting frame
of a judging verb (``rule.v_clause``, ``find.v_clause``, ... in verbs.tsv).
"""

from __future__ import annotations

from typing import Any

from pledgewatch.events.actions import CLAUSE_CHILD, Action
from pledgewatch.events.modality import NEGATIONS

__all__ = ["LIABILITY_CODE", "COURT_SECTOR", "violation_clause"]

#: CAMEO "find guilty or liable (legally)".
LIABILITY_CODE = "116"
#: The sector of the speakers whose finding is a legal one.
COURT_SECTOR = "JUD"


def violation_clause(frame: Action, violating: frozenset[str]) -> tuple[Any, list[Any]] | None:
    """(the violating verb, its subjects) of ``frame``'s content clause when the frame is a
    judging verb (a verbs.tsv row whose child is ``=clause``: rule, find, determine, conclude,
    judge that ...) and the clause says, unnegated, that its subject violated something; else
    None."""
    if frame.pattern.child != CLAUSE_CHILD:
        return None
    for clause in frame.token.children:
        if clause.dep_ != "ccomp" or clause.lemma_.lower() not in violating:
            continue
        if any(c.dep_ == "neg" or c.lower_ in NEGATIONS for c in clause.children):
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        subjects += [c for s in subjects for c in s.conjuncts]
        if subjects:
            return clause, subjects
    return None
