"""A harm denied of oneself is a pledge of restraint, not a refusal.

"Syria will not be a threat to its neighbours" is read by the strength cues as a negated act
("'not' negates 'be'"), so a refusal. But nothing is refused: the speaker promises not to
threaten, as "will not attack" is a promise of restraint (the ledger files it, and a later
threat or attack contradicts it). :func:`restraint_denied_harm` finds the negated copula (or
"pose") whose predicate is a harm noun (threat, danger, menace, ...) and says why the
commitment is a promise; the coder's own reading of it, a negated threat (CAMEO 13x) graded
as a statement, is the same promise. From the audit "promises from everywhere, a second set"
(stop 21, benchmarks/RESULTS.md). The nouns and verbs are ``harm_nouns``
and ``harm_verbs`` in ``data/commitments/second_readings.yaml``.

A hindrance forgone is one too (:func:`hindrance_forgone`, stop 23): "Hungary will not block
the start of accession talks" lets the talks go ahead, a promise to the one that wants them,
where the strength cues read "'not' negates 'block'" as a refusal. The verbs are
``hindering_verbs`` in the same file.
"""

from __future__ import annotations

from pledgewatch.commitments.clause_analysis import ClauseAnalysis
from pledgewatch.commitments.joint_parties import second_readings_words
from pledgewatch.commitments.strength import strength_without_refusal
from pledgewatch.events.types import EventFinding
from pledgewatch.model import Commitment

#: The CAMEO root of threats: a negated one to come is a threat forgone.
THREAT_CAMEO = "13"


def harm_nouns() -> frozenset[str]:
    """The shipped list (``second_readings.yaml``: ``harm_nouns``)."""
    return second_readings_words("harm_nouns")


def harm_verbs() -> frozenset[str]:
    """Verbs whose object or predicate is the harm: "be a threat", "pose a danger" (the
    shipped list, ``second_readings.yaml``: ``harm_verbs``)."""
    return second_readings_words("harm_verbs")


def hindering_verbs() -> frozenset[str]:
    """Verbs of hindering another's act: "block", "veto" (the shipped list,
    ``second_readings.yaml``: ``hindering_verbs``)."""
    return second_readings_words("hindering_verbs")


def hindrance_forgone(commitment: Commitment, analysis: ClauseAnalysis) -> str | None:
    """The verb of "will not block the talks", "would never veto the package" when a refusal
    read so far is one: the clause's own verb hinders, is negated and has a modal (to come:
    "did not block" is a past fact). "will not lift its veto" (the veto a noun) is none."""
    head = analysis.clause.head
    if commitment.kind != "refusal" or head.lemma_.lower() not in hindering_verbs():
        return None
    children = list(head.children)
    if not any(c.dep_ == "neg" for c in children):
        return None
    if not any(c.dep_ == "aux" and c.tag_ == "MD" for c in children):
        return None
    return head.text


def restraint_denied_harm(
    commitment: Commitment, finding: EventFinding, analysis: ClauseAnalysis
) -> str | None:
    """The harm of "will not be a threat to ..." when a refusal read so far is one, or of
    "will not threaten" when the negated threat (CAMEO 13x) was read as a statement, else
    None. Only a future or modal clause counts ("is not a threat" tells what is so)."""
    head = analysis.clause.head
    children = list(head.children)
    if not any(c.dep_ == "neg" for c in children):
        return None
    if not any(c.dep_ == "aux" and c.tag_ == "MD" for c in children):
        return None
    threat = (finding.event.cameo or "").startswith(THREAT_CAMEO)
    if commitment.kind == "statement" and commitment.promisor:
        # "Serbia will not be a threat to Kosovo", coded as a negated threat to Kosovo
        # the negation must be the threat's own: "would not tolerate any threat" denies none
        trigger = finding.trigger
        own = trigger.i == head.i or (
            trigger.dep_ in ("attr", "dobj")
            and trigger.head.i == head.i
            and head.lemma_.lower() in harm_verbs()
        )
        negated = finding.event.modality == "negated"
        return trigger.text if threat and negated and own else None
    if commitment.kind != "refusal" or head.lemma_.lower() not in harm_verbs():
        return None
    harm = next(
        (c for c in children if c.dep_ in ("attr", "dobj") and c.lemma_.lower() in harm_nouns()),
        None,
    )
    return harm.text if harm is not None else None


def read_as_restraint(
    commitment: Commitment, finding: EventFinding, analysis: ClauseAnalysis
) -> None:
    """Turn a refusal or a negated threat that denies a harm of oneself, or a refusal that
    forgoes a hindrance, into a promise of restraint, in place."""
    harm = restraint_denied_harm(commitment, finding, analysis)
    hindrance = None if harm is not None else hindrance_forgone(commitment, analysis)
    if harm is None and hindrance is None:
        return
    commitment.kind = "promise"
    commitment.strength = strength_without_refusal(commitment)
    commitment.why.append(
        f"promise of restraint: no {harm!r} to come, nothing refused"
        if harm is not None
        else f"promise of restraint: {hindrance!r} forgone, the act it would hinder goes ahead"
    )
