"""A named ship before an event noun is what the act was done to, never its doer.

A noun modifier of an event noun is usually its doer ("a North Korean attack", "the Hamas
raid"), and the argument finder reads it so. A named ship is the exception: "the Cheonan attack",
"the Cheonan incident" and "after the Cheonan sinking" name the ship attacked or sunk, and since
the corvette is an actor (KORMIL) "the Cheonan attack killed 46 sailors" made the navy its own
attacker. The actor dictionary flags named ships (organisations.yaml ``vessel: true``; the
coder hands their names to the :class:`~pledgewatch.events.actor_phrases.ActorIndex`). A source
found in such a modifier (the ship's name directly before its head noun) is moved: to the
targets when the head noun is the action itself ("the Cheonan attack" -> ? -> KORMIL 190), and
dropped when the action is another verb whose subject is that noun ("the Cheonan attack killed
46 sailors": the attack's doer killed them, not the ship). Names conjoined with the ship there
are what was attacked too ("the Cheonan and Yeonpyeong attacks": the island, not a doer). A doer
found elsewhere stays:
"Seoul blamed Pyongyang for the Cheonan attack" keeps Pyongyang as the attacker.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from pledgewatch.events.actor_phrases import ActorIndex, Argument

if TYPE_CHECKING:
    from pledgewatch.events.actions import Action

__all__ = ["vessel_modifiers"]

#: Dependencies of a name before a noun that modify it ("the Cheonan attack"); the parser also
#: makes a name before a gerund its subject ("the Cheonan sinking").
MODIFIER_DEPS = frozenset({"compound", "nmod", "amod", "nsubj"})
#: The relation shown in the "why" for a name moved to the targets (what the act was done to).
SHIP_RELATION = "done to"


def vessel_modifiers(
    action: Action,
    sources: Sequence[Argument],
    targets: Sequence[Argument],
    actors: ActorIndex,
) -> tuple[list[Argument], list[Argument]]:
    """The sources and targets with a named ship before an event noun taken out of the
    sources: a target of that noun's own event, no party to another verb's."""
    if not actors.vessel_names:
        return list(sources), list(targets)
    named = _names_of_the_attacked(sources, actors.vessel_names)
    kept: list[Argument] = []
    moved = list(targets)
    for source in sources:
        noun = named.get(source.mention.end - 1)
        if noun is None:
            kept.append(source)
        elif noun.i == action.token.i and not any(
            t.mention.start == source.mention.start for t in moved
        ):
            moved.append(Argument(source.mention, source.head, SHIP_RELATION, source.via))
    return kept, moved


def _names_of_the_attacked(sources: Sequence[Argument], vessels: frozenset[str]) -> dict[int, Any]:
    """Token index -> event noun for each ship named before an event noun and each name
    conjoined with it there ("the Cheonan and Yeonpyeong attacks": the island is attacked too)."""
    found: dict[int, Any] = {}
    for argument in sources:
        mention = argument.mention
        if mention.text.lower() not in vessels:
            continue
        first = argument.head.doc[mention.end - 1]
        while first.dep_ == "conj" and first.head.i < first.i:  # "the Yeonpyeong and Cheonan"
            first = first.head
        noun = first.head
        if first.dep_ not in MODIFIER_DEPS or noun.i <= first.i:
            continue
        if noun.pos_ not in ("NOUN", "PROPN") and noun.tag_ != "VBG":
            continue
        for name in (first, *first.conjuncts):
            found[name.i] = noun
    return found
