"""Keeping an agreement no longer is renouncing it.

"Pyongyang said it would no longer abide by the armistice", "Iran will no longer honor the
nuclear deal" were coded as a negated intent to cooperate (030, negated), which the record keeps
as no event, while "North Korea renounced the agreement" is a rejection of it (127, renounce +
agreement). Ceasing to keep an agreement one was keeping is that renunciation: CAMEO 12 REJECT,
"reject plan, agreement to settle dispute" (127 = compose.tsv "reject" + 03), asserted, toward the
agreement's other party where the sentence names one ("the deal with the United States"). Read
here, after the pattern has coded the act: a keeping pattern (030) whose object names a bond
(word class ``@bond``: agreement, armistice, treaty, ...) ended by "no longer" / "no more" on its
own verb. A plain negation ("would not honor the armistice") is a refusal of a future act, left
to the modality reader; so is a negation from elsewhere ("did not say it would abide by").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pledgewatch.events.dependency_roles import OBJECT_DEPS, np_words
from pledgewatch.events.lexicon import KEEP, Lexicon
from pledgewatch.events.modality import ModalityReading

if TYPE_CHECKING:
    from pledgewatch.events.actions import Action

#: The code of keeping an agreement (honor, respect, abide by ... in verbs.tsv).
KEEPING_CODE = "030"
#: The cues the modality reader gives "no longer" / "no more" on a verb.
CEASING_CUES = frozenset({"no longer", "no more"})


def bond_renounced(
    action: Action, code: str, reading: ModalityReading, lexicon: Lexicon
) -> tuple[str, ModalityReading, str] | None:
    """The rejection code, its reading and a note for the "why" when ``action`` keeps an
    agreement "no longer"; None otherwise."""
    if code != KEEPING_CODE or reading.modality != "negated" or reading.cue not in CEASING_CUES:
        return None
    if not _names_bond(action.token, lexicon):
        return None
    rejected = lexicon.compose("reject", code)
    if rejected in (None, KEEP) or not rejected.startswith("12"):
        return None
    assert rejected is not None
    return (
        rejected,
        ModalityReading("asserted", reading.cue),
        f"agreement kept '{reading.cue}' ⇒ {rejected}",
    )


def _names_bond(verb: object, lexicon: Lexicon) -> bool:
    """Does the verb's object, or the object of its preposition ("abide by", "bound by"), name
    a bond?"""
    bonds = lexicon.words("@bond")
    for child in verb.children:  # type: ignore[attr-defined]
        if child.dep_ in OBJECT_DEPS and np_words(child) & bonds:
            return True
        if child.dep_ in ("prep", "agent") and any(  # "no longer bound by the accord"
            g.dep_ == "pobj" and np_words(g) & bonds for g in child.children
        ):
            return True
    return False
