"""An act still to be done ("has yet to sign", "is still to ratify") pledges nothing.

The event coder reads "Iran has yet to sign the protocol" as the signing negated, its cue "yet
to" (the pending adverbs and verbs of ``data/lexicon/modality.yaml``): what has not happened
yet, as "Iran has not yet signed the protocol" says, which the grader already reads as a
negated past act and no commitment. :func:`pending_act` tells the grader so for the pending
form too (review22 #6, mend22b).
"""

from __future__ import annotations

from pledgewatch.events.modality import ModalityCues
from pledgewatch.events.types import EventFinding


def pending_act(finding: EventFinding) -> bool:
    """The finding's event is negated by a pending cue ("yet to", "still to")."""
    if finding.event.modality != "negated" or not finding.modality_cue:
        return False
    adverb, _, rest = finding.modality_cue.lower().partition(" ")
    return rest == "to" and adverb in ModalityCues.load().pending_adverbs
