"""A body's order to its own organ to sanction is the body's sanction.

"The Security Council ... ordered a committee to tighten existing sanctions" was coded as a
demand (100) on no one: "order" composes what it orders as a demand unless the order is of a
show of force or a coercive act (compose.tsv family "command"). But the committee is the
Council's own organ, which acts for it; the Council tightening sanctions is what is reported, as
"the Security Council ordered tighter sanctions" (163) already is. :func:`own_organ_ordered`
says when an order's object is such an organ: a noun of word class ``@subordinate_body``
(committee, panel, ...) with no owner but the orderer ("its", "the", "a") and no capitalised
modifier that may name another country or body ("South Korea's unification ministry", "a U.N.
panel" stays a demand on another). The composer then uses family ``command_own_body``: an order
to reduce relations or to sanction (16x) is that act; anything else is read as "command" reads it.
"""

from __future__ import annotations

from typing import Any

from pledgewatch.events.dependency_roles import OBJECT_DEPS
from pledgewatch.events.lexicon import Lexicon

__all__ = ["own_organ_ordered"]


def own_organ_ordered(verb: Any, lexicon: Lexicon) -> bool:
    """Is the direct object of the order ``verb`` an organ of the orderer's (a
    ``@subordinate_body`` noun owned by nothing but an own possessive, with no capitalised
    modifier)?"""
    organs = lexicon.words("@subordinate_body")
    possessives = lexicon.words("@own_possessive")
    return any(
        obj.dep_ in OBJECT_DEPS and obj.lemma_.lower() in organs and _unowned(obj, possessives)
        for obj in verb.children
    )


def _unowned(noun: Any, possessives: frozenset[str]) -> bool:
    """ "its committee", "a committee", "the sanctions committee": no other owner named."""
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ not in possessives:
            return False
        if child.dep_ in ("amod", "compound", "nmod") and (
            child.pos_ == "PROPN" or child.text[:1].isupper()
        ):
            return False
    return True
