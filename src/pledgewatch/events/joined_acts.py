"""Joining an act is doing it: "China joined the criticism of North Korea".

"repeated its threats", "carried out the attack": the subject of the verb an event noun is the
object of did the act the noun names, unless the verb is an event of its own ("Seoul condemned
the attack"), which the argument finder read from the verb having any coded pattern. "join" now
has one (057, "Finland joined NATO": joining an alliance ratifies its treaty) that needs an
alliance or bloc as object, and that cost "joined the criticism" and "to join the mobilization"
their doers. A verb of joining or keeping up (the lexicon's ``@doing_object``) whose coded
patterns need object words the noun's phrase lacks is no event of its own over the noun.
Other verbs keep the old, stricter reading: "took the threats seriously" or "tested the offer"
must not make their subject the threatener or the offerer.
"""

from __future__ import annotations

from typing import Any

from pledgewatch.events.dependency_roles import OBJECT_DEPS, np_words
from pledgewatch.events.lexicon import ACTOR_OBJECT, ACTOR_PREP_OBJECT, Lexicon, Pattern

__all__ = ["head_patterns", "subject_does_object"]


def subject_does_object(lexicon: Lexicon, noun: Any) -> bool:
    """Is ``noun`` an event noun whose act the subject of the verb it is the direct object of
    did ("repeated its threats", "joined the criticism"): the verb codes nothing of its own, or
    it is a verb of joining none of whose patterns fits this object?"""
    if noun.dep_ not in OBJECT_DEPS or noun.head.pos_ not in ("VERB", "AUX"):
        return False
    lemma = noun.head.lemma_.lower()
    patterns = (
        head_patterns(lexicon, noun)
        if lemma in lexicon.words("@doing_object")
        else lexicon.patterns("verb", lemma)
    )
    return all(p.family == "light" or p.code is None for p in patterns)


def head_patterns(lexicon: Lexicon, noun: Any) -> list[Pattern]:
    """The patterns of the verb ``noun`` is the object of that could code it with ``noun`` as
    its object: those whose every required word group (other than "is an actor") meets the
    noun phrase's words."""
    words = np_words(noun)
    return [
        p
        for p in lexicon.patterns("verb", noun.head.lemma_.lower())
        if all(g in ({ACTOR_OBJECT}, {ACTOR_PREP_OBJECT}) or g & words for g in p.requires)
    ]
