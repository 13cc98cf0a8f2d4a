"""Patterns that do not hold when the verb's object is the subject's own people.

"Venezuela ordered the Colombian workers to leave" is an expulsion (verbs.tsv order.v+leave,
174); "Britain ordered its nationals to leave Libya" is no expulsion but an evacuation, which
the departure rows code as the nationals' withdrawal (leave.v+site, 166). A verb pattern with
the flag ``not_own`` therefore gives way to the verb's next best pattern when a direct object
is owned by an own possessive (word class ``@own_possessive``: "its", "their", "his").
"""

from __future__ import annotations

from typing import Any

from pledgewatch.events.lexicon import Lexicon, Pattern

__all__ = ["NOT_OWN_FLAG", "own_people_pattern"]

#: The verbs.tsv flag of a pattern that does not hold for the subject's own people.
NOT_OWN_FLAG = "not_own"


def own_people_pattern(
    lexicon: Lexicon,
    verb: Any,
    pattern: Pattern | None,
    lemmas: list[str],
    children: set[str],
    words: set[str],
    is_actor: bool,
) -> Pattern | None:
    """``pattern``, or the best pattern without the flag when the verb's object is its
    subject's own ("ordered its nationals to leave")."""
    if pattern is None or NOT_OWN_FLAG not in pattern.flags:
        return pattern
    own = lexicon.words("@own_possessive")
    owned = any(
        c.dep_ == "dobj" and any(g.dep_ == "poss" and g.lower_ in own for g in c.children)
        for c in verb.children
    )
    if not owned:
        return pattern
    return lexicon.best_pattern(
        "verb", lemmas, children, words, is_actor, accept=lambda p: NOT_OWN_FLAG not in p.flags
    )
