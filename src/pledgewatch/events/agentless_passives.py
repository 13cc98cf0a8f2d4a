"""Passives with no actor for a "by" agent: a kind named as the agent, a refusal said unsaid.

A passive's "by" phrase may name a kind, not an actor ("peace can be guaranteed only by strong
forces": :func:`generic_agent`, no source); a rejection in the passive with no agent reported
by a speaker ("the proposal was rejected, an official said": :func:`unsaid_refusal`) is the
speaker's side's. Moved out of :mod:`pledgewatch.events.extract` unchanged (2026-11-30); the
modals of both are ``modality.yaml``'s ``generic_modals`` and ``normative_modals`` (2026-12-01).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from pledgewatch.events.actions import Action
from pledgewatch.events.actor_phrases import Argument
from pledgewatch.events.dependency_roles import is_passive
from pledgewatch.events.modality import DEFAULT_CUES
from pledgewatch.yaml_lists import read_word_yaml, word_list

__all__ = ["generic_agent", "passive_modals", "unsaid_refusal"]


@lru_cache(maxsize=1)
def passive_modals() -> tuple[frozenset[str], frozenset[str]]:
    """(generic, normative) modals of ``modality.yaml`` (``generic_modals``; those and
    ``normative_modals``), read once: a statement of a kind ("peace can be guaranteed only by
    strong forces"), and of what may or must be done ("the armistice cannot be scrapped")."""
    data = read_word_yaml(DEFAULT_CUES)
    generic = frozenset(word_list(data, "generic_modals", str(DEFAULT_CUES)))
    return generic, generic | frozenset(word_list(data, "normative_modals", str(DEFAULT_CUES)))


def generic_agent(argument: Argument, verb: Any) -> bool:
    """Is a passive's "by" agent a kind, not an actor: a bare plural with no country (code
    "---"), no article, possessive or number, in a modal clause ("peace can be guaranteed only
    by strong forces", "such crises can be solved only by diplomats")? "was attacked by
    troops" and "can be stopped by Syrian troops" keep their agent."""
    head = argument.head
    if argument.relation != "agent" or not argument.mention.code.startswith("---"):
        return False
    if head.tag_ != "NNS" or any(
        c.dep_ in ("det", "poss", "nummod", "compound", "nmod") for c in head.children
    ):
        return False
    generic, _normative = passive_modals()
    return any(c.dep_ == "aux" and c.lower_ in generic for c in verb.children)


def unsaid_refusal(action: Action, code: str, frame: Action | None) -> bool:
    """Is the act a rejection (12) in the passive with no agent, reported by a speaker ("the
    proposal was rejected, an official said")? Not under a modal of what may or must be done
    ("the U.N. says the armistice cannot be scrapped": a rule stated, no one's refusal)."""
    token = action.token
    _generic, normative = passive_modals()
    return (
        frame is not None
        and frame.family == "say"
        and code.startswith("12")
        and action.pattern.kind == "verb"
        and is_passive(token)
        and not any(c.dep_ == "agent" for c in token.children)
        and not any(c.dep_ == "aux" and c.lower_ in normative for c in token.children)
    )
