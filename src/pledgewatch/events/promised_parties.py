"""Going back on a promise is aimed at the one the promise was made to.

"President Ruto has reneged on his commitment to the Kenyan people": the rejection (120) is
aimed at the Kenyan people, to whom the commitment was made, though they are of the speaker's
own country. The coder's deep-target search keeps to other countries ("an own-country target
found deep in the phrase" was measured and dropped), so a government breaking its word to its
own citizens, the core of a pledge tracker, had no target. :func:`promised_parties` gives the
"to" objects of a promise noun (word class ``@pledge_noun``: promise, pledge, commitment, vow
...) that the trigger verb takes as its object, directly or through its preposition ("reneged
on", "went back on", "abandoned"). Used only when no other target is found.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

__all__ = ["promised_parties"]

_OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass"})


def promised_parties(verb: Any, pledge_nouns: Collection[str]) -> list[tuple[Any, str]]:
    """(token, relation) of whoever a promise that ``verb`` acts on was made to."""
    nouns = [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
    nouns += [
        g
        for c in verb.children
        if c.dep_ in ("prep", "prt")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    parties: list[tuple[Any, str]] = []
    for noun in nouns:
        if noun.lemma_.lower() not in pledge_nouns:
            continue
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "to":
                parties.extend((g, "to") for g in prep.children if g.dep_ == "pobj")
    return parties
