"""A demand for the release of one's own is aimed at whoever holds them, not at the released.

"North Korea demanded the release of its ship and crew": the crew are the North's own, held by
Panama; the demand (1053) is made on the holder, and the released are no target of it. Likewise
"Britain demanded the release of its sailors held by Iran" is aimed at Iran. Here, for a demand
or an appeal (families "demand", "appeal") whose complement is a release (084x), a target that
is the source's own -- owned by a possessive pronoun ("its crew", "their sailors", also a
conjunct of such a noun: "its ship and crew") or of the source's own country -- is dropped, and
the agent of a participle on the released ("held by Iran", "detained by the rebels") is offered
as the holder. With no holder named the demand is left with no target rather than aimed at the
released. "demanded the release of the Japanese hostages" (another's people) keeps its target.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pledgewatch.events.actor_phrases import Argument

if TYPE_CHECKING:
    from pledgewatch.events.actions import Action

__all__ = ["holders_of_released", "released_own"]

#: Code prefix of a release of persons or property (0841, 0842), what a demand 1053 asks for.
_RELEASE_PREFIX = "084"
_ASKING_FAMILIES = frozenset({"demand", "appeal"})


def _asks_for_release(action: Action, content: Action | None) -> bool:
    return (
        action.family in _ASKING_FAMILIES
        and content is not None
        and (content.pattern.code or "").startswith(_RELEASE_PREFIX)
    )


def _owned(noun: Any, possessives: frozenset[str]) -> bool:
    """ "its crew", or "crew" of "its ship and crew": owned by a possessive pronoun."""
    for holder in (noun, noun.head if noun.dep_ == "conj" else None):
        if holder is not None and any(
            c.dep_ == "poss" and c.lower_ in possessives for c in holder.children
        ):
            return True
    return False


def released_own(
    action: Action,
    content: Action | None,
    targets: list[Argument],
    sources: list[Argument],
    possessives: frozenset[str],
) -> list[Argument]:
    """``targets`` less the source's own people or things whose release it asks for (owned by
    one of ``possessives``, the lexicon's ``@own_possessive``, or of the source's country)."""
    if not sources or not _asks_for_release(action, content):
        return targets
    own = {s.mention.code[:3] for s in sources if not s.mention.code.startswith("---")}
    return [
        t
        for t in targets
        if not (
            _owned(t.head, possessives)
            or _owned(_mention_root(t), possessives)
            or (t.mention.code[:3] in own and t.relation != "agent")
        )
    ]


def _mention_root(target: Argument) -> Any:
    """The last token of the target's mention ("crew" of "release of its ship and crew")."""
    doc = target.head.doc
    end = min(max(target.mention.end, 1), len(doc))
    return doc[end - 1]


def holders_of_released(action: Action, content: Action | None) -> list[tuple[Any, str]]:
    """(token, "agent") of the by-agent of a participle on what a demand asks to be released
    ("its sailors held by Iran": Iran), for the argument finder to resolve."""
    if content is None or not _asks_for_release(action, content):
        return []
    found: list[tuple[Any, str]] = []
    for released in content.token.subtree:
        for participle in released.children:
            if participle.dep_ not in ("acl", "relcl"):
                continue
            for by in participle.children:
                if by.dep_ == "agent":
                    found.extend((p, "agent") for p in by.children if p.dep_ == "pobj")
    return found
