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

from dataclasses import dataclass
from typing import Any

__all__ = ["ManyStatesWords", "of_many_states"]


@dataclass(frozen=True)
class ManyStatesWords:
    """The lexicon's words that say a group is of several states: ``modifiers``
    (@foreign_body_modifier and @supranational: world, regional, European, Arab, ...),
    ``guests`` (@summit_guest: a bare "leaders"), ``places`` (@many_places: "from around the
    world", "the globe") and ``counted`` (@counted_states: "from 40 countries")."""

    modifiers: frozenset[str]
    guests: frozenset[str]
    places: frozenset[str]
    counted: frozenset[str]

    @classmethod
    def of(cls, lexicon: Any) -> ManyStatesWords:
        return cls(
            lexicon.words("@foreign_body_modifier") | lexicon.words("@supranational"),
            lexicon.words("@summit_guest"),
            lexicon.words("@many_places"),
            lexicon.words("@counted_states"),
        )


def of_many_states(noun: Any, words: ManyStatesWords, *, bare_guests: bool = True) -> bool:
    """Is ``noun`` (the head token of a country-less source) a group of several states' people:
    a noun with a modifier in ``words.modifiers``, one with a "from" phrase naming many places,
    or (``bare_guests``) a bare plural in ``words.guests`` ("Leaders assembled ...") with no
    child of its own?"""
    if (
        bare_guests
        and noun.lower_ in words.guests
        and noun.tag_ == "NNS"
        and not any(noun.children)
    ):
        return True
    return any(
        (child.dep_ in ("amod", "compound", "nmod") and child.lower_ in words.modifiers)
        or (child.dep_ == "prep" and child.lower_ == "from" and _many_places(child, words))
        for child in noun.children
    )


def _many_places(prep: Any, words: ManyStatesWords) -> bool:
    """Does a "from" phrase name the world or many states: "from around the world", "from
    across the region", "from 40 countries" (a plural of states counted)?"""
    return any(
        word.lower_ in words.modifiers
        or word.lemma_.lower() in words.places
        or (word.lower_ in words.counted and any(c.dep_ == "nummod" for c in word.children))
        for word in prep.subtree
    )
