"""Not going ahead with a planned act is calling it off: a halt of that act.

"The United States said it would not go ahead with the food aid" was coded as the statement
alone: "go ahead with" was no pattern. Going (pressing, moving) ahead or proceeding with an act is
doing it (light verbs, verbs.tsv), and the plain negation of that presupposes the act was planned
and stops it, which CAMEO codes as the halt of the act (16x: "would not go ahead with the aid" is
1623 as "would halt the aid" is; "would not go ahead with the talks" 164), not as the act negated.
A light pattern flagged ``called_off`` whose own verb carries a plain negation word is coded as
the ``halt`` family composes its content (compose.tsv); its modality is the one the statement has
without the negation (future after "would"/"will", else asserted). Content that halting does not
code ("would not go ahead with the visit": halt + 042 = none) stays a negated act. A negation from
elsewhere ("did not say it would go ahead") is left to the modality reader.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pledgewatch.events.lexicon import KEEP, Lexicon
from pledgewatch.events.modality import ModalityReading
from pledgewatch.events.negated_acceptance import plain_negation

if TYPE_CHECKING:
    from pledgewatch.events.actions import Action

__all__ = ["called_off_act", "unnegated_reading"]

#: The pattern flag of a verb of going ahead with an act (verbs.tsv).
CALLED_OFF_FLAG = "called_off"
#: Auxiliaries that make the calling off a stated future act ("would not go ahead").
_FUTURE_AUXILIARIES = frozenset({"will", "would", "shall", "'ll", "wo"})


def called_off_act(
    action: Action,
    code: str,
    reading: ModalityReading,
    lexicon: Lexicon,
) -> tuple[str, ModalityReading, str] | None:
    """The halt code, its reading and a note for the "why" when going ahead with an act is
    plainly negated; None otherwise."""
    cue = plain_negation(action, reading, CALLED_OFF_FLAG)
    if cue is None:
        return None
    verb = action.token
    halted = lexicon.compose("halt", code)
    if halted in (None, KEEP) or not halted.startswith(("08", "16")):
        return None
    after = unnegated_reading(verb, cue.text)
    return halted, after, f"not going ahead ('{cue.text}') ⇒ halt {halted}"


def unnegated_reading(verb: Any, cue: str | None) -> ModalityReading:
    """The modality a statement has without its negation, once the negated act is read as an
    act of its own (a halt): future after "will"/"would" on ``verb``, else asserted (with the
    negation ``cue`` kept as the reading's cue). Shared with events/ended_dealings.py."""
    auxiliary = next(
        (c for c in verb.children if c.dep_ == "aux" and c.lower_ in _FUTURE_AUXILIARIES), None
    )
    if auxiliary is not None:
        return ModalityReading("future", auxiliary.text)
    return ModalityReading("asserted", cue)
