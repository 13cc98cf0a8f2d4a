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
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pledgewatch.events.actor_phrases import Argument
from pledgewatch.events.dependency_roles import is_passive
from pledgewatch.events.lexicon import Lexicon

if TYPE_CHECKING:
    from pledgewatch.events.actions import Action

__all__ = ["granted_permission"]

#: Relations of a passive's subject among the sources.
_PASSIVE_SUBJECT = frozenset({"subj", "subj-passive"})


def granted_permission(
    action: Action, sources: list[Argument], targets: list[Argument], lexicon: Lexicon
) -> tuple[list[Argument], list[Argument]] | None:
    """(sources, targets) of a passive permission with no agent ("firms will be allowed to
    invest in X": X's state -> the firms), or None when ``action`` is no such permission."""
    verb = action.token
    if (
        action.pattern.kind != "verb"
        or verb.lemma_.lower() not in lexicon.words("@permission_verb")
        or not is_passive(verb)
        or any(c.dep_ == "agent" for c in verb.children)
        or not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)
    ):
        return None
    permitted = [s for s in sources if s.relation in _PASSIVE_SUBJECT]
    if not permitted:
        return None
    hosts = [t for t in targets if not any(t.mention is p.mention for p in permitted)]
    return hosts, permitted
