"""Sanctions named beside a condemnation fall on the condemned.

"The Council adopted a resolution that condemned North Korea's launch and expanded sanctions",
"Japan condemned the test and tightened its sanctions": the sanctions name no one they are on,
but the sentence gives them their target through the condemnation by the same actor: what one
condemns and then sanctions is the same party. :func:`aim_sanctions_at_condemned` gives a main
act of reduced relations or sanction (CAMEO root 16) that has a source and no target the target
of a main disapproval (root 11) by the same source in the same sentence, when there is exactly
one such target; a sentence that names the sanctioned ("sanctions on Iran") keeps its own.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pledgewatch.events.extract import RawEvent

__all__ = ["DISAPPROVAL_ROOT", "aim_sanctions_at_condemned"]

#: CAMEO root of reducing relations and sanctioning.
_SANCTION_ROOT = "16"
#: CAMEO root of disapproval (criticize, condemn); events/relative_doers.py reads it too.
DISAPPROVAL_ROOT = "11"


def aim_sanctions_at_condemned(events: list[RawEvent]) -> list[RawEvent]:
    """The events with each target-less main sanction aimed at what its source condemns."""
    out: list[RawEvent] = []
    for event in events:
        if (
            event.role != "main"
            or not event.code.startswith(_SANCTION_ROOT)
            or event.target is not None
            or event.source is None
        ):
            out.append(event)
            continue
        code = event.source.mention.code
        condemned = {
            e.target.mention.code: e.target
            for e in events
            if e.role == "main"
            and e.code.startswith(DISAPPROVAL_ROOT)
            and e.source is not None
            and e.source.mention.code == code
            and e.target is not None
        }
        if len(condemned) != 1:
            out.append(event)
            continue
        target = next(iter(condemned.values()))
        why = f"{event.why}; sanctions beside the condemnation of '{target.head.text}'"
        out.append(dataclasses.replace(event, target=target, why=why))
    return out
