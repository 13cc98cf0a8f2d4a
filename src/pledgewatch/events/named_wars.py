"""A war called by its name ("the Korean War") is a past war named, not an act of the story.

"reunions of families separated by the 1950-53 Korean War", "veterans of the Gulf War": with a
capital and the definite article, "War" heads the proper name of a war that ended long ago (or
the "Cold War", which was none), and the coder took the noun for an act of force (190) by
whatever actor stood near it ("at the Mount Kumgang resort": North Korea; the lead's fifteenth
sample). :func:`named_war` says when a trigger noun of the lexicon's ``@named_war`` (war, wars)
is such a name: written with a capital inside running text, with "the". A war threatened keeps
its reading ("warned of a second Korean War": no "the"), and so does a title-case headline,
where every word has a capital ("North Korea Threatens War").
"""

from __future__ import annotations

from typing import Any

__all__ = ["named_war"]

#: Running text has lower-case words this long; a title-case headline has none ("Threatens").
_RUNNING_WORD_LENGTH = 4


def named_war(noun: Any, names: frozenset[str]) -> bool:
    """Is ``noun`` the head of a war's proper name ("the Korean War", "the 1950-53 Korean War")?"""
    if noun.lemma_.lower() not in names or not noun.text[:1].isupper():
        return False
    if noun.i == noun.sent.start:
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    return any(t.is_alpha and t.is_lower and len(t) >= _RUNNING_WORD_LENGTH for t in noun.sent)
