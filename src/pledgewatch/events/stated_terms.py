"""Terms a speaker states for a future deal are the speaker's demand.

"She said talks would require North Korea to live up to its obligations", "Merkel said any deal
would require Russia to withdraw its troops": the subject of the demand verb is a thing (talks,
a deal), no actor, so the demand had no source. What a future arrangement "would require" of a
party is what the speaker asks of it, on behalf of the speaker's side; the speaker of the
reporting verb is the source. A demand with an actor as its subject ("Iran would require
guarantees"), one in the present ("the resolution requires Iran to ...", a text's terms
reported), or with no reporting verb is left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pledgewatch.events.actions import Action

#: Modals that make a demand verb's terms ones still to be met.
FUTURE_MODALS = frozenset({"would", "will", "'ll", "'d"})


def stated_terms(action: Action, code: str, frame: Action | None) -> bool:
    """Is the act a demand (10) of a thing's future terms, reported by a speaker?"""
    token = action.token
    return (
        frame is not None
        and frame.family == "say"
        and code.startswith("10")
        and action.pattern.kind == "verb"
        and any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in token.children)
        and any(c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in token.children)
    )
