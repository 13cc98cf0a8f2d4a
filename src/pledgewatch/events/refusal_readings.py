"""A negated or ended act that is itself an act of conflict: a refusal read as what it does.

Six readings of one shape (an act the coder found negated or ended, recoded as the act the
refusal is, with a note for the "why"), tried in turn by the extractor:
:func:`~pledgewatch.events.negated_acceptance.declined_offer` ("did not accept China's
proposal": a rejection), :func:`~pledgewatch.events.unrenounced_force.force_not_renounced`
("will never renounce the use of force": a threat),
:func:`~pledgewatch.events.renounced_bonds.bond_renounced` ("would no longer abide by the
armistice": a rejection), :func:`~pledgewatch.events.called_off_acts.called_off_act` ("would
not go ahead with the food aid": a halt of the aid) and
:func:`~pledgewatch.events.untolerated_acts.refused_tolerance` ("will not tolerate provocations
by X": a warning to X) and :func:`~pledgewatch.events.ended_dealings.dealings_ended` ("would
no longer deal with X": relations reduced). Each module keeps its own rule; this one
only says they are read together, so the extractor makes one call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pledgewatch.events.called_off_acts import called_off_act
from pledgewatch.events.ended_dealings import dealings_ended
from pledgewatch.events.negated_acceptance import declined_offer
from pledgewatch.events.renounced_bonds import bond_renounced
from pledgewatch.events.unrenounced_force import force_not_renounced
from pledgewatch.events.untolerated_acts import refused_tolerance

if TYPE_CHECKING:
    from pledgewatch.events.actions import Action
    from pledgewatch.events.lexicon import Lexicon
    from pledgewatch.events.modality import ModalityReading

__all__ = ["refusal_reading"]


def refusal_reading(
    action: Action,
    content: Action | None,
    code: str,
    reading: ModalityReading,
    lexicon: Lexicon,
) -> tuple[str, ModalityReading, str] | None:
    """(code, reading, note) of the first of the six readings that applies, else None."""
    return (
        declined_offer(action, code, reading, lexicon)
        or force_not_renounced(action, content, code, reading, lexicon)
        or bond_renounced(action, code, reading, lexicon)
        or called_off_act(action, code, reading, lexicon)
        or refused_tolerance(action, code, reading, lexicon)
        or dealings_ended(action, code, reading, lexicon)
    )
