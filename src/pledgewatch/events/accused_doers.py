"""The doer of an act one is blamed for is the one blamed.

"Seoul blamed North Korea for the attack on the warship" codes Seoul's accusation (1123) and,
as an allegation, the attack itself; that attack took its source from the clause's subject, as
a nominal event does ("Seoul's attack"), so the allegation read KORGOV → ---MIL 190. What one
is blamed, accused, condemned or punished for is what one is said to have done: the noun event
that is the "for" or "of" object of an accusing verb (family ``accuse``) has the verb's direct
object as its doer (:func:`accused_tokens`): PRK → ---MIL 190 reported, as "accused North
Korea of attacking the warship" already read. And when the accusation itself is not made
("China declined to blame North Korea for the attack"), the act is not denied either: the
attack happened, only its attribution is not asserted, so it is hypothetical, not negated
(:func:`unmade_allegation`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pledgewatch.events.modality import ModalityReading

if TYPE_CHECKING:
    from pledgewatch.events.actions import Action

#: The prepositions of what one is blamed for: "blamed X for the attack", "accused X of the
#: attack".
_CHARGE_PREPS = frozenset({"for", "of"})


def accused_tokens(action: Action, frame: Action | None) -> list[Any]:
    """The accusing verb's direct objects when ``action`` is a noun event that verb blames
    them for; empty otherwise."""
    if frame is None or frame.family != "accuse" or action.pattern.kind != "noun":
        return []
    noun = action.token
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in _CHARGE_PREPS or prep.head.i != frame.token.i:
        return []
    return [c for c in frame.token.children if c.dep_ == "dobj"]


def unmade_allegation(frame: Action | None, reading: ModalityReading) -> ModalityReading:
    """An allegation whose accusing verb is negated or refused ("declined to blame X for the
    attack") is hypothetical: the act is not denied, only not attributed."""
    if frame is None or frame.family != "accuse" or reading.modality != "negated":
        return reading
    return ModalityReading("hypothetical", reading.cue)
