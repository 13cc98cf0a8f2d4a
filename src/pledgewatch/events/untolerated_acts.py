"""Not tolerating another's provocations is a warning aimed at their doer.

"Tokyo told Delhi that Japan would not tolerate provocations by China": events43 stopped
reading the provocations as China's negated act (events/verdict_nouns.py); what the speaker
does is warn China, as "will respond to any provocation from X" does (verbs.tsv
``respond.v_to+any_provocation``, CAMEO 130). The patterns ``tolerate.v+provocation`` (and
condone, countenance, brook) code 130 from the verb's subject to the doer the object names;
the coder reads them negated ("would not tolerate", "will tolerate no provocation"); only a
refusal said of now or ahead (a modal, the present) warns, not "did not tolerate" of the past.
:func:`refused_tolerance` turns that negated reading into the warning, asserted, and
:func:`~pledgewatch.events.verdict_nouns.tolerated_acts` tells the plain verb ("had tolerated
the North's provocations"), which is no warning: the action finder drops it, so the
provocations stay the North's act, as events43 left them (the verb would otherwise absorb its
object noun).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pledgewatch.events.modality import ModalityReading
from pledgewatch.events.verdict_nouns import WARNING_CODE, looks_ahead

if TYPE_CHECKING:
    from pledgewatch.events.actions import Action
    from pledgewatch.events.lexicon import Lexicon

__all__ = ["refused_tolerance"]


def _bears_acts(action: Action, code: str, lexicon: Lexicon) -> bool:
    """Is ``action`` a verb of bearing (``@tolerance``) coded as a warning?"""
    return (
        code == WARNING_CODE
        and action.pattern.kind == "verb"
        and action.token.lemma_.lower() in lexicon.words("@tolerance")
    )


def refused_tolerance(
    action: Action, code: str, reading: ModalityReading, lexicon: Lexicon
) -> tuple[str, ModalityReading, str] | None:
    """The warning, asserted, and a note when ``action`` will not bear the acts; else None."""
    if reading.modality != "negated" or not _bears_acts(action, code, lexicon):
        return None
    if not looks_ahead(action.token):
        return None  # "did not tolerate the provocations last year": history, no warning
    cue = reading.cue or action.token.text
    return code, ModalityReading("asserted", cue), f"acts not tolerated ('{cue}') ⇒ warning"
