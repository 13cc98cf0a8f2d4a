"""The persons a plural title names are the doers, not a country-less body of its sector.

"Presidents Barack Obama and Hu Jintao expressed concern ..." puts one plural title before two
coordinated names. The parser mangles the phrase (here "Barack" a preposition under
"Presidents", "Hu Jintao" a conjunct of "Obama"), and the subject's head, the title, resolves
to a sector with no country (---GOV), so the two presidents were lost. The names are still
found by the actor matcher, inside the subject's span: :func:`names_after_title` reads them
there. A plural agent noun with no country of its own, directly followed by actor names joined
by "and" or commas, all within the noun's phrase, stands for those names (USAGOV, CHNGOV).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pledgewatch.events.actor_phrases import ActorIndex
    from pledgewatch.model import ActorMention

__all__ = ["names_after_title"]

#: The code prefix of an actor with no country ("officials": ---GOV).
_NO_COUNTRY = "---"
#: Words that join the names of a list ("Obama and Hu", "Lee, Obama and Hu").
_JOINERS = frozenset({"and", ","})


def names_after_title(index: ActorIndex, head: Any, mention: ActorMention) -> list[ActorMention]:
    """The actor names that a plural, country-less title ``head`` (its mention ``mention``)
    stands before, joined into one list inside its phrase; empty when there are none."""
    if not mention.code.startswith(_NO_COUNTRY) or head.tag_ != "NNS" or mention.end != head.i + 1:
        return []
    span = {t.i for t in head.subtree}
    doc = head.doc
    names: list[ActorMention] = []
    i = mention.end
    while i < len(doc) and i in span:
        named = index.at(doc[i])
        if named is not None and named.start == i and not named.code.startswith(_NO_COUNTRY):
            names.append(named)
            i = named.end
        elif names and doc[i].lower_ in _JOINERS and i + 1 < len(doc) and i + 1 in span:
            i += 1
        else:
            break
    return names
