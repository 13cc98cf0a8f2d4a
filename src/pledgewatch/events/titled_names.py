"""The persons a plural title names are the doers, not a country-less body of its sector.

"Presidents Barack Obama and Hu Jintao expressed concern ..." puts one plural title before two
coordinated names. The parser mangles the phrase (here "Barack" a preposition under
"Presidents", "Hu Jintao" a conjunct of "Obama"), and the subject's head, the title, resolves
to a sector with no country (---GOV), so the two presidents were lost. The names are still
found by the actor matcher, inside the subject's span: :func:`names_after_title` reads them
there. A plural agent noun with no country of its own, directly followed by actor names joined
by "and" or commas, all within the noun's phrase, stands for those names (USAGOV, CHNGOV).

A singular one directly followed by a name is that name in apposition: "told the state news
agency IRNA that ..." means IRNA (IRNGOV), not a country-less state agency (---GOV). The parser
seldom hangs such a name on its noun (a second object of the verb, or a stray complement), so
:func:`name_after_title` takes it when it hangs on the noun, on the noun's own head, or below
the noun; a name that is the subject of a clause of its own ("told the agency Iran had
stopped") hangs elsewhere and is left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pledgewatch.events.actor_phrases import ActorIndex
    from pledgewatch.model import ActorMention

__all__ = ["name_after_title", "names_after_title"]

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


def name_after_title(index: ActorIndex, head: Any, mention: ActorMention) -> ActorMention | None:
    """The actor name with a country that directly follows a singular, country-less agent noun
    ``head`` (its mention ``mention``) as its apposition; None when there is none."""
    if not mention.code.startswith(_NO_COUNTRY) or head.tag_ != "NN" or mention.end != head.i + 1:
        return None
    doc = head.doc
    if head.i + 1 >= len(doc):
        return None
    named = index.at(doc[head.i + 1])
    if named is None or named.start != head.i + 1 or named.code.startswith(_NO_COUNTRY):
        return None
    if not doc[named.start].text[:1].isupper():
        return None
    inside = range(named.start, named.end)
    top = next((t for t in doc[named.start : named.end] if t.head.i not in inside), None)
    if top is None or top.i == top.head.i:
        return None
    hangs_on_noun = top.head.i == head.i or head.i in {a.i for a in top.ancestors}
    if hangs_on_noun or top.head.i == head.head.i:
        return named
    return None
