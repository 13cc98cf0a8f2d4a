"""Participles that work as prepositions of place: "drills surrounding Taiwan".

"China launched drills surrounding Taiwan" says where the drills are, as "drills around Taiwan"
does: the participle is no act of its own (no sourceless 191 "surround" aimed at Taiwan), and
its object is the target of the act it hangs on, at the rank of the preposition it stands for
(:data:`pledgewatch.events.dependency_roles.TARGET_PREPS`). Only a participle on a noun (an
``acl``) with an object counts: "troops surrounded the city" is still an act of its own, and so
is the participle on an agent ("warships encircling Taiwan"): the event coder drops the
participle's own event only on a noun of a located act (``@located_act``).
"""

from __future__ import annotations

from typing import Any

__all__ = ["PARTICIPIAL_PREPOSITIONS", "as_preposition", "participle_objects"]

#: Participles used as prepositions of place, with the preposition each stands for (a closed
#: class of grammar words, like the prepositions themselves).
PARTICIPIAL_PREPOSITIONS: dict[str, str] = {
    "surrounding": "around",
    "encircling": "around",
    "ringing": "around",
    "encompassing": "around",
}


def as_preposition(token: Any, acts: frozenset[str] | None = None) -> bool:
    """Is ``token`` a participle on a noun that stands for a preposition ("drills *surrounding*
    Taiwan")? With ``acts`` (the lexicon's ``@located_act``: drills, patrols, a blockade), only
    on one of those nouns: "warships encircling Taiwan" do encircle it."""
    return (
        token.dep_ == "acl"
        and token.lower_ in PARTICIPIAL_PREPOSITIONS
        and token.head.pos_ in ("NOUN", "PROPN")
        and (acts is None or token.head.lower_ in acts)
        and any(c.dep_ == "dobj" for c in token.children)
    )


def participle_objects(noun: Any) -> list[tuple[Any, str]]:
    """The objects of the prepositional participles on ``noun``, each with the preposition
    its participle stands for: "drills surrounding Taiwan" -> [(Taiwan, "around")]."""
    return [
        (obj, PARTICIPIAL_PREPOSITIONS[child.lower_])
        for child in noun.children
        if as_preposition(child)
        for obj in child.children
        if obj.dep_ == "dobj"
    ]
