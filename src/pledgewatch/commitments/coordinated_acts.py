"""The addressee an offer shares with the demand it is coordinated with.

"The Peruvian side begged Chile for summit talks and offered bribes": one doer, two acts joined
by "and", the second naming no one; the bribes were offered to the one begged, so an offer
with no promisee takes the party asked by the demand its verb is coordinated with, when
both have the same doer and that party is another country (the seed-64 grading audit, outside
the draw; grader40). Only a demand: what is asked and what is offered for it are one bargain
with one party, while two pledges side by side ("will ease restrictions on aid and will support
a visit by the IMF") may go to different parties. Only the verb's own conjunct is read: an act
in another clause or sentence may be addressed to someone else. Only an offer (mend23a): what is
offered for what is asked is one bargain, while a promise or vow beside a demand ("urged Peru
to release the fishermen and vowed to rebuild its economy") is often the doer's own business.
"""

from __future__ import annotations

from collections.abc import Sequence

from pledgewatch.commitments.formality import country_of
from pledgewatch.events.types import EventFinding

#: Kinds that may take a coordinated demand's addressee: an offer only, the bargain's other half.
_ADDRESSED_KINDS = frozenset({"offer"})


def address_to_coordinated_act(findings: Sequence[EventFinding]) -> None:
    """Set, in place, the promisee of each offer with none from the demand its verb
    is coordinated with (see the module docstring)."""
    by_trigger = {
        (f.trigger.doc, f.trigger.i): f for f in findings if f.event.commitment is not None
    }
    for finding in findings:
        commitment = finding.event.commitment
        if commitment is None or commitment.kind not in _ADDRESSED_KINDS:
            continue
        own = country_of(commitment.promisor)
        if commitment.promisee or own is None:
            continue
        trigger = finding.trigger
        siblings = [c for c in trigger.children if c.dep_ == "conj"]
        if trigger.dep_ == "conj":
            siblings.insert(0, trigger.head)
        for sibling in siblings:
            other = by_trigger.get((sibling.doc, sibling.i))
            other_commitment = other.event.commitment if other is not None else None
            if (
                other_commitment is None
                or other_commitment.kind != "demand"
                or country_of(other_commitment.promisor) != own
            ):
                continue
            promisee = other_commitment.promisee
            if promisee and country_of(promisee) not in (None, own):
                commitment.promisee = promisee
                commitment.why.append(
                    f"promisee: {promisee}, asked by the demand it is coordinated with"
                    f" ({sibling.text!r})"
                )
                break
