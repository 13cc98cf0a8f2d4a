"""How far below an event trigger its target may lie: the nouns a breadth-first walk reaches.

When a trigger's own arguments name no country, the target is sought deeper in its phrase
("fired shells at positions in X"); this module says which dependency steps that walk may take
and returns the nouns it reaches, nearest first. Moved out of
:mod:`pledgewatch.events.dependency_roles` unchanged, to keep that module under its size.
"""

from __future__ import annotations

from typing import Any

from pledgewatch.events.dependency_roles import TARGET_PREPS, is_to_complement

__all__ = ["DEEP_TARGET_DEPS", "DEEP_TARGET_DEPTH", "deep_target_tokens"]

#: Dependencies a deep-target search follows down from an event trigger: into its objects,
#: the phrases that hang on them and its to-complements, never into another clause's subject
#: or into relative, adverbial or reported clauses ("fired shells at positions in X", "mobilized
#: reservists for a war against X", "denounced as a crime X's detention of ..."); a purpose
#: clause and a noun's infinitive are followed ("rejected a plan to send troops to X").
DEEP_TARGET_DEPS = frozenset(
    {
        "dobj", "obj", "dative", "prep", "pobj", "pcomp", "attr", "oprd", "appos", "conj",
        "xcomp",
        "nsubjpass",  # a passive's subject is its object: "a camp for X refugees was attacked"
    }
)  # fmt: skip
#: How many dependency steps a deep target may lie below its trigger.
DEEP_TARGET_DEPTH = 6


def deep_target_tokens(trigger: Any, skip: frozenset[int] = frozenset()) -> list[tuple[Any, int]]:
    """Noun tokens below ``trigger`` that may name whom the act is done to, with their depth,
    nearest first (breadth first, left to right within a depth).

    Used only when the trigger's own arguments name no country (see
    :meth:`pledgewatch.events.arguments.ArgumentFinder.arguments`). ``skip``: token indices not
    to enter (the sources). A coordinated verb ("attacked X and seized Y") is its own event, so
    only nominal conjuncts are followed.
    """
    found: list[tuple[Any, int]] = []
    frontier = [trigger]
    for depth in range(1, DEEP_TARGET_DEPTH + 1):
        following = []
        for token in frontier:
            for child in token.children:
                if child.i in skip or not _deep_step(child):
                    continue
                following.append(child)
                if child.pos_ in ("NOUN", "PROPN", "PRON"):
                    found.append((child, depth))
        frontier = following
    return found


def _complex_preposition(prep: Any) -> bool:
    return not any(c.dep_ in ("pobj", "pcomp") for c in prep.children) and any(
        c.dep_ == "prep" for c in prep.children
    )


def _deep_step(child: Any) -> bool:
    dep = child.dep_
    if dep == "conj":
        return child.pos_ in ("NOUN", "PROPN")
    if dep == "prep":
        return (
            child.lower_ in TARGET_PREPS
            or child.lower_ in ("of", "as", "for")
            or _complex_preposition(child)
        )
    if dep == "advcl":
        return is_to_complement(child)  # a purpose clause ("opened fire to disperse X")
    if dep in ("acl", "relcl") and child.head.pos_ in ("NOUN", "PROPN"):
        # a noun's infinitive says what it is about ("rejected a plan to send troops to X")
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
    return dep in DEEP_TARGET_DEPS
