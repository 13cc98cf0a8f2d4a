"""A permission given in the passive is the act of whoever grants it, not of those let act.

"Pyongyang will allow Chinese firms to invest in the Rason zone" is coded, by the house
convention for letting (``allow.v`` and ``permit.v`` are light verbs), as the permitter's act
toward the permitted: PRKGOV -> CHNBUS 061. Said in the passive with no "by" ("Chinese firms
will be allowed to invest in the Rason zone", "Foreign banks will be allowed to open branches
in Havana"), the permitted became the act's source and the place its target, as if the firms
had invested: the easing of a ban was lost. :func:`granted_permission` turns the roles back:
the one let act is the target, and the permitter, unnamed, is the state of the place the act
is let happen in (the place targets the argument finder found: PRK, CUB), as "a missionary was
arrested in North Korea" is the act of that state; with no place, the source stays empty.
Permission verbs are the word class ``@permission_verb``.

Only an "in" phrase on the permitted verb itself, or on its object ("to open branches in
Havana"), names the host: "to compete at the Olympics in Paris" is let by no French state ("in
Paris" tells where the Olympics are). And an act of force
or pressure (roots 14 to 20) that one is let do is left as the doer's act on its target:
"Ukraine will be allowed to use Western missiles to strike targets in Russia" is UKR -> RUS,
not Russia letting Ukraine strike it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pledgewatch.events.actor_phrases import Argument
from pledgewatch.events.dependency_roles import OBJECT_DEPS, is_passive
from pledgewatch.events.lexicon import Lexicon

if TYPE_CHECKING:
    from pledgewatch.events.actions import Action

__all__ = ["granted_permission"]

#: Relations of a passive's subject among the sources.
_PASSIVE_SUBJECT = frozenset({"subj", "subj-passive"})
#: CAMEO roots of protest, force posture, reduced relations, coercion and force (14 to 20):
#: being let do them names no one who lets, only whom they are done to.
_FORCE_AND_PRESSURE_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
#: The relation of a place target found in an "in" phrase ("invest in the Rason zone").
_PLACE_RELATION = "in"
#: Relations of the verb one is let do ("allowed to invest").
_PERMITTED_DEPS = ("xcomp", "ccomp")


def granted_permission(
    action: Action,
    code: str,
    sources: list[Argument],
    targets: list[Argument],
    lexicon: Lexicon,
) -> tuple[list[Argument], list[Argument]] | None:
    """(sources, targets) of a passive permission with no agent ("firms will be allowed to
    invest in X": X's state -> the firms), or None when ``action`` (coded ``code``) is no such
    permission."""
    verb = action.token
    permitted_verbs = [c for c in verb.children if c.dep_ in _PERMITTED_DEPS]
    if (
        action.pattern.kind != "verb"
        or code[:2] in _FORCE_AND_PRESSURE_ROOTS
        or verb.lemma_.lower() not in lexicon.words("@permission_verb")
        or not is_passive(verb)
        or any(c.dep_ == "agent" for c in verb.children)
        or not permitted_verbs
    ):
        return None
    permitted = [s for s in sources if s.relation in _PASSIVE_SUBJECT]
    if not permitted:
        return None
    hosts = [
        t
        for t in targets
        if not any(t.mention is p.mention for p in permitted) and _place_of(t, permitted_verbs)
    ]
    return hosts, permitted


def _place_of(target: Argument, verbs: list[Any]) -> bool:
    """Is ``target`` found in an "in" phrase on one of ``verbs`` ("invest in the zone") or on
    its object ("open branches in Havana"), not deeper ("compete at the Olympics in Paris")?"""
    preposition = target.head.head
    if target.relation != _PLACE_RELATION or preposition.lower_ != _PLACE_RELATION:
        return False
    holder = preposition.head
    if holder.dep_ in OBJECT_DEPS:
        holder = holder.head
    return any(holder.i == v.i for v in verbs)
