"""A commitment read in its speaker's own voice: a printed statement's, or a saying's own act.

"The six-party talks are dead" in a foreign ministry's statement has no actor and no reporting
verb in the sentence: the event coder reads it as the issuer's act
(:mod:`pledgewatch.events.declared_ends`). The grader must not then judge it a verdict on a
thing (no actor is its subject) nor a claim no one made: the statement itself is the promisor's
own words, so the issuer is the speaker and the commitment first party.

A saying the event coder recoded as the refusal or end its content declares is the same act
in a reported sentence: "Tbilisi said the talks with Moscow will be over" (a halt idiom, 164),
"the army said the truce would become invalid" (:mod:`pledgewatch.events.said_ends`, 127),
"Seoul said aid was out of the question" (a rejection idiom, 12x). The grader reads the
reported clause for strength, topic and deadline, but the one who refuses is the sayer, the
event's source, not the clause's subject (the talks, or the other party they name).
So too a saying coded as a threat (13x): "warned that any provocation would lead to an
all-out war", "warned that Manila would pay a heavy price" threaten in the warner's voice;
the consequence foretold binds the warner, not the provocation nor the party warned.
"""

from __future__ import annotations

from pledgewatch.commitments.clause_analysis import ClauseAnalysis
from pledgewatch.commitments.strength import StrengthCues
from pledgewatch.events.declared_ends import in_issuers_voice
from pledgewatch.events.types import EventFinding
from pledgewatch.model import Commitment


def refused_in_saying(finding: EventFinding, analysis: ClauseAnalysis, cues: StrengthCues) -> bool:
    """Is the event a saying coded as the refusal its reported clause declares? (The speech
    verb is graded on what it reports, and its own code is a refusal's: a saying that only
    frames another event keeps a statement's code.)"""
    return (
        analysis.clause.descended
        and finding.source is not None
        and cues.kind_for_cameo(finding.event.cameo) == "refusal"
    )


def read_in_issuers_voice(commitment: Commitment, finding: EventFinding) -> bool:
    """Give a commitment read in a statement's voice its issuer as speaker; True if it was."""
    if not in_issuers_voice(finding.pattern_id):
        return False
    issuer = finding.source
    if commitment.speaker is None and issuer is not None:
        commitment.speaker = issuer.code
        commitment.speaker_text = issuer.text
    if not commitment.first_party:
        commitment.first_party = True
        commitment.why.append(
            f"first party: read in the voice of the statement of {finding.event.source}"
        )
    return True


def threatened_in_saying(finding: EventFinding, analysis: ClauseAnalysis) -> bool:
    """Is the event a saying coded as the threat its reported clause makes ("warned that any
    provocation would lead to war", CAMEO 13x)? The warner is bound by the consequence it
    foretells, whatever the clause's subject (seed-47 demo audit #13, grader47)."""
    return (
        analysis.clause.descended
        and finding.source is not None
        and (finding.event.cameo or "").startswith("13")
    )
