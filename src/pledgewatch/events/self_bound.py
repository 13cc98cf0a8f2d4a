"""A pronoun bound to the very actor its act is aimed at was bound wrongly.

"President Lee's measures cut most trade with North Korea. They will hurt the North": "they" are
the measures, things, not an actor; the salience reader, which knows only actors, binds it to
the last one it saw, North Korea, and the act reads PRK -> PRK, the North hurting itself. An
actor acting on itself through a pronoun subject is almost always such a misbinding (one's own
acts on oneself are said with "itself", "its own"), so here a source that is a subject pronoun
("it", "they") coded exactly as a target of the same act is dropped: the act keeps its target
and loses its source. A source named in full ("North Korea ... North Korea's army") and a
pronoun whose actor differs from the target ("They" = Iraqi rebels, the target Iraqi soldiers:
IRQREB, IRQMIL) are kept, and so is a pronoun whose target is a person named in full: "North
Korea said it had purged Jang Song Thaek" is a state acting on its own man, who codes as the bare
country once purged (people.yaml), no misbinding (events53).
"""

from __future__ import annotations

from pledgewatch.events.actor_phrases import Argument

__all__ = ["not_bound_to_its_target"]

#: Subject pronouns the salience reader binds to earlier actors.
_PRONOUNS = frozenset({"it", "they"})


def not_bound_to_its_target(sources: list[Argument], targets: list[Argument]) -> list[Argument]:
    """``sources`` less a pronoun bound to the actor of one of ``targets``."""
    aimed = {t.mention.code for t in targets if getattr(t.mention, "kind", None) != "person"}
    return [
        s for s in sources if not (s.mention.text.lower() in _PRONOUNS and s.mention.code in aimed)
    ]
