"""Leaders of several states gathered in one capital are not the host's government.

"World leaders", "regional leaders", "European leaders" or "Arab foreign ministers" say outright
that they are of several states, as "leaders from around the world" or "from 40 countries" do.
When they meet, gather or assemble in a capital ("European leaders met in Paris", "World leaders
assembled in Brussels"), or act in a place ("Leaders from around the world condemned the
attacks in Christchurch"), the place is the venue, not whose leaders they are:
:func:`pledgewatch.events.places.located` leaves them country-less (---GOV) instead of giving
them the place's country (FRAGOV, BELGOV, NZLGOV).

A bare plural "leaders" with no determiner or modifier at all (word class ``@summit_guest``:
"Leaders assembled in Brussels", "Leaders gathered in Paris") is several states' too: a country
has one head of state, so leaders gathering are a summit. "The leaders" may be two just named
(:mod:`pledgewatch.actors.pairs`) and are left as they are; a bare "ministers" (a country has
many: "Ministers gathered in Brussels", as ``tests/test_events_roles.py`` pins it) or
"students staged protests in Jakarta" still take the place's country.
"""

from __future__ import annotations

from typing import Any

__all__ = ["of_many_states"]


def of_many_states(
    noun: Any, modifiers: frozenset[str], guests: frozenset[str] = frozenset()
) -> bool:
    """Is ``noun`` (the head token of a country-less source) a group of several states' people:
    a noun with a modifier in ``modifiers`` (the lexicon's ``@foreign_body_modifier`` and
    ``@supranational``: world, regional, European, Arab, ...), or a bare plural in ``guests``
    (``@summit_guest``: "Leaders assembled ...") with no child of its own?"""
    if noun.lower_ in guests and noun.tag_ == "NNS" and not any(noun.children):
        return True
    return any(
        (child.dep_ in ("amod", "compound", "nmod") and child.lower_ in modifiers)
        or (child.dep_ == "prep" and child.lower_ == "from" and _many_places(child, modifiers))
        for child in noun.children
    )


def _many_places(prep: Any, modifiers: frozenset[str]) -> bool:
    """Does a "from" phrase name the world or many states: "from around the world", "from
    across the region", "from 40 countries"?"""
    return any(
        word.lower_ in modifiers
        or word.lemma_.lower() in _MANY_PLACES
        or (word.lower_ in _STATES and any(c.dep_ == "nummod" for c in word.children))
        for word in prep.subtree
    )


#: Places a "from" phrase names several states by: "from around the world", "the globe".
_MANY_PLACES = frozenset({"world", "globe", "region", "continent"})
#: Plural nouns of states, several when counted: "from 40 countries", "from dozens of nations".
_STATES = frozenset({"countries", "nations", "states"})
