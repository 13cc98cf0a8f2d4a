"""Who promises when a passive report raises its subject: "Egypt is reported to have promised".

In "X is reported / said / believed to have promised ...", the event coder reads X as the
target of the report verb (its passive subject) and finds no source. X is the subject raised
out of the complement: the one who promised. :func:`raised_promisor` tells such a clause, so
the record keeps X as the promisor rather than dropping it as an act's target
(:func:`~pledgewatch.commitments.parties.target_taken_for_doer`), and does not make X its own
promisee (grader39).
"""

from __future__ import annotations

from spacy.tokens import Token

from pledgewatch.commitments.clause_analysis import ClauseAnalysis
from pledgewatch.commitments.reporting_cues import ReportingCues

#: Parts of speech a raised complement's head has ("to have promised", "to be ready").
_COMPLEMENT_POS = frozenset({"VERB", "AUX", "ADJ"})


def raised_promisor(trigger: Token, analysis: ClauseAnalysis, cues: ReportingCues) -> bool:
    """Is the clause's subject the passive subject of a report verb (a verb of the reporting
    chain, ``verb_stance`` in reporting_cues.yaml) that has an active "to"-complement of its own?
    Then the subject is raised from that complement and is the one bound, not what is reported
    on."""
    subject = analysis.clause.subject
    if subject is None or subject.dep_ != "nsubjpass" or subject.head.i != trigger.i:
        return False
    if cues.stance(trigger) not in cues.chain_stances:
        return False
    # "the sailors are reported to have been freed by Egypt": a passive complement's subject
    # is what is acted on, not who acts
    return any(
        c.dep_ == "xcomp"
        and c.pos_ in _COMPLEMENT_POS
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        and not any(a.dep_ == "auxpass" for a in c.children)
        for c in trigger.children
    )
