"""A force not renounced is a threat of it.

"China will never renounce the use of force over Taiwan" was coded a negated rejection (120,
negated), which the record keeps as no event; "China refused to renounce the use of force
against Taiwan" a rejection (120). Both say that force stays an option toward the place or party
it is over: a threat to use it (CAMEO 138, "threaten to use military force", the code the
"threaten" family composes with 190), asserted. Read here, after the pattern has coded the act:
a verb of renouncing (word class ``@renouncing``: renounce, forswear, abandon, the phrasal "rule
out" as ``rule_out``) whose object names
force or military action (``@renounced_force``) either negated by a plain negation word on its
own verb ("never renounce", "has not renounced") or the complement of a verb of rejecting
(family "reject": "refused to renounce"). Renouncing force ("Libya renounced the use of force")
stays 120, and renouncing weapons (``renounce.v+weapon``, 0873) is not this.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pledgewatch.events.dependency_roles import OBJECT_DEPS, np_words
from pledgewatch.events.lexicon import KEEP, Lexicon
from pledgewatch.events.modality import NEGATIONS, ModalityReading

if TYPE_CHECKING:
    from pledgewatch.events.actions import Action

#: The act of force a threat composes with (compose.tsv: threaten + 190 = 138).
FORCE_CODE = "190"


def force_not_renounced(
    action: Action, content: Action | None, code: str, reading: ModalityReading, lexicon: Lexicon
) -> tuple[str, ModalityReading, str] | None:
    """The threat code, its reading and a note for the "why" when ``action`` does not renounce
    force (negated) or refuses to (its ``content``); None otherwise."""
    if not code.startswith("12"):
        return None
    if reading.modality == "negated" and _renounces_force(action, lexicon):
        cue = next(
            (c.text for c in action.token.children if c.dep_ == "neg" and c.lower_ in NEGATIONS),
            None,
        )
    elif (
        reading.modality in ("asserted", "reported")
        and action.family == "reject"
        and content is not None
        # "refused to renounce military action": the content is the renouncing or, when the
        # force itself is a pattern ("military action", 190), the force it renounces; not the
        # rejecting verb itself ("ruled out military action" rejects it, 120)
        and any(
            a is not None and a is not action and _renounces_force(a, lexicon)
            for a in (content, content.governor)
        )
    ):
        cue = action.token.text
    else:
        return None
    threat = lexicon.compose("threaten", FORCE_CODE)
    if cue is None or threat in (None, KEEP):
        return None
    assert threat is not None
    note = f"force not renounced ('{cue}') ⇒ {threat}"
    if reading.modality == "negated":  # "never renounce": the threat is asserted
        reading = ModalityReading("asserted", cue)
    return threat, reading, note


def _renounces_force(action: Action, lexicon: Lexicon) -> bool:
    """Is ``action`` a verb of renouncing whose object names force ("the use of force",
    "military action")?"""
    verb = action.token
    renouncing = lexicon.words("@renouncing")
    lemma = verb.lemma_.lower()
    phrasal = {f"{lemma}_{c.lower_}" for c in verb.children if c.dep_ == "prt"}
    if lemma not in renouncing and not phrasal & renouncing:
        return False
    force = lexicon.words("@renounced_force")
    return any(c.dep_ in OBJECT_DEPS and np_words(c) & force for c in verb.children)
