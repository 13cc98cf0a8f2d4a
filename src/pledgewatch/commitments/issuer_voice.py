"""A commitment read in a printed statement's own voice speaks for its issuer.

"The six-party talks are dead" in a foreign ministry's statement has no actor and no reporting
verb in the sentence: the event coder reads it as the issuer's act
(:mod:`pledgewatch.events.declared_ends`). The grader must not then judge it a verdict on a
thing (no actor is its subject) nor a claim no one made: the statement itself is the promisor's
own words, so the issuer is the speaker and the commitment first party.
"""

from __future__ import annotations

from pledgewatch.events.declared_ends import in_issuers_voice
from pledgewatch.events.types import EventFinding
from pledgewatch.model import Commitment


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
