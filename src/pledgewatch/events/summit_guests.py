"""Leaders of several states gathered in one capital are not the host's government.

"World leaders", "regional leaders", "European leaders" or "Arab foreign ministers" say outright
that they are of several states. When they meet, gather or assemble in a capital ("European
leaders met in Paris", "World leaders assembled in Brussels"), the capital is the venue of a
summit, not whose leaders they are: :func:`pledgewatch.events.places.located` leaves them
country-less (---GOV) instead of giving them the place's country (FRAGOV, BELGOV).

A bare plural with no such modifier ("Leaders assembled in Brussels", "Ministers gathered in
Brussels", "students staged protests in Jakarta") still takes the place's country, as
``tests/test_events_pass22.py`` and ``tests/test_events_roles.py`` pin it; that "leaders" with no
country are several states' (a country has one head of state) is left to the lead.
"""

from __future__ import annotations

from typing import Any

__all__ = ["of_many_states"]


def of_many_states(noun: Any, modifiers: frozenset[str]) -> bool:
    """Is ``noun`` (the head token of a country-less source) a group of several states' people:
    a noun with a modifier in ``modifiers`` (the lexicon's ``@foreign_body_modifier`` and
    ``@supranational``: world, regional, European, Arab, ...)?"""
    return any(
        child.dep_ in ("amod", "compound", "nmod") and child.lower_ in modifiers
        for child in noun.children
    )
