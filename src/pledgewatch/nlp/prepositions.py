"""Prepositions of place, read by both the actor resolver and the event coder.

An object of one of them is where an act happens, not someone it is done to ("talks in Cairo",
"shelled positions near the border"): the event coder does not take it for a target (see
:mod:`pledgewatch.events.places`), and the actor resolver does not take it for the other party
of a threat (:mod:`pledgewatch.actors.condition_pronouns`). Kept here, below both stages, so
that the one list is shared.
"""

from __future__ import annotations

__all__ = ["LOCATIVE_RELATIONS"]

#: Prepositions that make their object the place of the act, not someone it is done to.
LOCATIVE_RELATIONS = frozenset(
    {"in", "inside", "outside", "near", "throughout", "across", "within"}
)
