"""A need foretold is no pledge: "they would need weeks to restore full production".

The grader reads a future or back-shifted clause of an actor as a promise ("said they would
...", "will ..."), whatever its verb. A clause whose own verb tells what the subject will need
or require ("Many South Korean firms said they would need weeks to restore full production",
"Ukraine will need more air defence systems") commits nobody to any act: it is a forecast or
a plea, a statement. From the demo sample of stop 23 (benchmarks/RESULTS.md, "promises from
everywhere, a third set"). The verbs are ``need_verbs`` in
``data/commitments/second_readings.yaml``; "will meet the needs of refugees" (a noun),
"will help those in need" and an obligation put on another ("will require airlines to cut
their emissions", "will require that banks hold more capital") are untouched.
"""

from __future__ import annotations

from pledgewatch.commitments.clause_analysis import ClauseAnalysis
from pledgewatch.commitments.joint_parties import second_readings_words
from pledgewatch.model import PLEDGE_KINDS, Commitment


def need_verbs() -> frozenset[str]:
    """The shipped list (``second_readings.yaml``: ``need_verbs``)."""
    return second_readings_words("need_verbs")


def a_need_foretold(commitment: Commitment, analysis: ClauseAnalysis) -> str | None:
    """Why a pledge whose clause's own verb is one of needing is a statement, else None."""
    head = analysis.clause.head
    if commitment.kind not in PLEDGE_KINDS or head.pos_ not in ("VERB", "AUX"):
        return None
    if head.lemma_.lower() not in need_verbs():
        return None
    children = {c.dep_ for c in head.children}
    if "ccomp" in children or {"dobj", "xcomp"} <= children:
        # "will require that banks hold more capital", "will require airlines to cut their
        # emissions": an obligation imposed on another, no need of the subject's
        return None
    return f"{head.text!r} tells a need to come, no act anyone commits to"
