"""What a demand or an appeal is about is not whom it asks: "demanded an apology over X".

"Seoul demands an apology over the Cheonan", "Ankara demanded an apology over the deaths of
Turkish soldiers": the "over" (or "about") phrase names what the demand is about, and an actor
in it of the demander's own side (its own warship, its own soldiers) is the wronged, never the
one asked. The parse offers it as the only object, so the demand was aimed at the demander's
own navy. :func:`own_topic_targets` drops such targets from a demand, an appeal or a complaint
(the lexicon's ``demand`` and ``appeal`` families, CAMEO roots 02, 10 and 11); the one asked is
then named elsewhere ("an apology from Israel") or nowhere. A complaint (root 11, no asking)
is aimed at whom it is about, of the speaker's own country or not ("complained about the Israeli
Supreme Court"): of a complaint only an actor nested inside the topic noun ("over the deaths *of
Turkish soldiers*") or a named ship of its own ("complained over the Cheonan", the dictionary's
``vessel: true``), the wronged, is dropped. An actor of another side in the topic ("protested
over the U.S. arms sale") is kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pledgewatch.events.actor_phrases import Argument

if TYPE_CHECKING:
    from pledgewatch.events.actions import Action

__all__ = ["TOPIC_RELATIONS", "own_topic_targets"]

#: Prepositions of what a demand or a complaint is about.
TOPIC_RELATIONS = frozenset({"over", "about"})
#: Families and CAMEO roots of asking.
_ASKING_FAMILIES = frozenset({"demand", "appeal"})
_ASKING_ROOTS = frozenset({"02", "10"})
#: The CAMEO root of complaining: aimed at whom it is about, its own side too.
_COMPLAINING_ROOTS = frozenset({"11"})


def own_topic_targets(
    action: Action,
    targets: list[Argument],
    sources: list[Argument],
    vessel_names: frozenset[str] = frozenset(),
) -> list[Argument]:
    """``targets`` less those named only in an "over"/"about" topic of a demand, an appeal or
    a complaint that belong to a source's own country (of a complaint, only the wronged: see
    above); ``vessel_names`` are the dictionary's named ships, lower case."""
    root = (action.pattern.code or "")[:2]
    asking = action.family in _ASKING_FAMILIES or root in _ASKING_ROOTS
    own = {s.mention.code[:3] for s in sources if not s.mention.code.startswith("---")}
    if not (asking or root in _COMPLAINING_ROOTS) or not own:
        return targets
    return [
        t
        for t in targets
        if not (
            t.relation in TOPIC_RELATIONS
            and t.mention.code[:3] in own
            and (asking or _wronged(t, vessel_names))
        )
    ]


def _wronged(target: Argument, vessel_names: frozenset[str]) -> bool:
    """Is ``target`` what befell someone rather than whom a complaint is about: an actor nested
    inside the topic noun ("over the deaths of Turkish soldiers": the role's word, "deaths",
    lies outside the actor's words), or a named ship ("over the Cheonan")?"""
    mention = target.mention
    nested = not mention.start <= target.head.i < mention.end
    return nested or mention.text.lower() in vessel_names
