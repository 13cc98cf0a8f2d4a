"""The demander of a demand relayed through another's asking.

"He is expected to ask Beijing to press Pyongyang to cancel the launch": the event coder codes
the asking ("ask Beijing", the visiting official's demand of China) and, apart, what Pyongyang
is to do, with no one demanding it (the report's obligation). The one who asks for it is the
asker above: the demand on Pyongyang is his, made through Beijing, and it is no firmer than his
asking ("is expected to": hedged). Read once every finding of a document is graded
(:meth:`~pledgewatch.commitments.grader.CommitmentGrader.grade_all`), since the asking is
another finding of the same sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from pledgewatch.commitments.strength import weakest_strength
from pledgewatch.events.types import EventFinding


def relay_demands_to_asker(findings: Sequence[EventFinding]) -> None:
    """Give a demand with no demander the demander of the demand whose trigger governs it
    (in place): its promisor, and its hedges when the asking is hedged."""
    for finding in findings:
        commitment = finding.event.commitment
        if commitment is None or commitment.kind != "demand" or commitment.promisor:
            continue
        asking = _asking_above(finding, findings)
        if asking is None or asking.event.commitment is None:
            continue
        above = asking.event.commitment
        if above.promisor == commitment.promisee:
            continue
        commitment.promisor = above.promisor
        commitment.why.append(
            f"demand: {above.promisor} asks for it through {asking.trigger.text!r} "
            f"({above.promisee or 'another'} to press it)"
        )
        if above.hedged and not commitment.hedged:
            commitment.hedges = [*commitment.hedges, *above.hedges]
            commitment.hedged = True
            # the asker's hedge is one more cue on the demand: combined as the cues are
            commitment.strength = weakest_strength(commitment.strength, "hedged")
            commitment.why.append(f"hedge: the asking is hedged ({', '.join(above.hedges)})")


def _asking_above(finding: EventFinding, findings: Sequence[EventFinding]) -> EventFinding | None:
    """The demand with a demander in the same sentence whose trigger governs this one's."""
    ancestors = {t.i for t in finding.trigger.ancestors}
    for other in findings:
        above = other.event.commitment
        if (
            other is finding
            or above is None
            or above.kind != "demand"
            or not above.promisor
            or other.trigger.sent.start != finding.trigger.sent.start
        ):
            continue
        if other.trigger.i in ancestors:
            return other
    return None
