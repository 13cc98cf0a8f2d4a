"""Not accepting an offer is rejecting it.

"We cannot accept this offer as sincere", "Japan did not accept China's proposal" were coded
as a negated intent to cooperate (030, negated), which the record keeps as no event; "Japan
refused to accept China's proposal" was already a rejection (127) through "refuse". CAMEO's 12
REJECT covers both: declining what another offers, proposes or demands. Here an acceptance
pattern of a proposal, offer or demand (flag ``acceptance`` in verbs.tsv: accept.v+proposal, ...)
negated by a plain negation word on its own verb (not, n't, never, cannot) is coded as the
"reject" family composes it (compose.tsv: the same code "refused to accept" gets), asserted. A
negation from elsewhere ("did not say it would accept", "denied accepting") is left to the
modality reader.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pledgewatch.events.lexicon import KEEP, Lexicon
from pledgewatch.events.modality import NEGATIONS, ModalityReading

if TYPE_CHECKING:
    from pledgewatch.events.actions import Action


def plain_negation(action: Action, reading: ModalityReading, flag: str) -> Any | None:
    """The negation word on the verb of a pattern flagged ``flag`` when the event is negated
    by it plainly ("did not accept", "would not go ahead"), else None (a negation from
    elsewhere is the modality reader's)."""
    if flag not in action.pattern.flags or reading.modality != "negated":
        return None
    verb = action.token
    return next((c for c in verb.children if c.dep_ == "neg" and c.lower_ in NEGATIONS), None)


def declined_offer(
    action: Action,
    code: str,
    reading: ModalityReading,
    lexicon: Lexicon,
) -> tuple[str, ModalityReading, str] | None:
    """The rejection code, its reading and a note for the "why" when an offer's acceptance is
    plainly negated; None otherwise."""
    cue = plain_negation(action, reading, "acceptance")
    if cue is None:
        return None
    rejected = lexicon.compose("reject", code)
    if rejected in (None, KEEP) or not rejected.startswith("12"):
        return None
    return (
        rejected,
        ModalityReading("asserted", cue.text),
        f"not accepted ('{cue.text}') ⇒ {rejected}",
    )
