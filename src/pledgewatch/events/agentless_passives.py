"""Passives with no actor for a "by" agent: a kind named as the agent, a refusal said unsaid.

A passive's "by" phrase may name a kind, not an actor ("peace can be guaranteed only by strong
forces": :func:`generic_agent`, no source); a rejection in the passive with no agent reported
by a speaker ("the proposal was rejected, an official said": :func:`unsaid_refusal`) is the
speaker's side's. Moved out of :mod:`pledgewatch.events.extract` unchanged (2026-11-30).
"""

from __future__ import annotations

from typing import Any

from pledgewatch.events.actions import Action
from pledgewatch.events.actor_phrases import Argument
from pledgewatch.events.dependency_roles import is_passive

__all__ = ["generic_agent", "unsaid_refusal"]

#: Modals of a generic statement: "peace can be guaranteed only by strong forces".
_GENERIC_MODALS = frozenset({"can", "could", "may", "might", "must"})
#: Modals that make an agentless passive a statement of what may or must be done ("the
#: armistice cannot be scrapped unilaterally"), no report of the speaker's side's act.
_NORMATIVE_MODALS = _GENERIC_MODALS | {"ca", "should"}


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
    return any(c.dep_ == "aux" and c.lower_ in _GENERIC_MODALS for c in verb.children)


def unsaid_refusal(action: Action, code: str, frame: Action | None) -> bool:
    """Is the act a rejection (12) in the passive with no agent, reported by a speaker ("the
    proposal was rejected, an official said")? Not under a modal of what may or must be done
    ("the U.N. says the armistice cannot be scrapped": a rule stated, no one's refusal)."""
    token = action.token
    return (
        frame is not None
        and frame.family == "say"
        and code.startswith("12")
        and action.pattern.kind == "verb"
        and is_passive(token)
        and not any(c.dep_ == "agent" for c in token.children)
        and not any(c.dep_ == "aux" and c.lower_ in _NORMATIVE_MODALS for c in token.children)
    )
