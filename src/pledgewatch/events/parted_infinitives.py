"""The infinitive a verb of intent or threat governs when a phrase parts them.

"North Korea's military vowed on Monday to reduce Lee Myung-bak's government to ashes": with a
time or place phrase between the verb and its "to" infinitive, the parser hangs the infinitive
on the verb as an adverbial clause (advcl) instead of its complement (xcomp), so the vow was
coded as a plain intent (030) and the destruction as an act done (190, asserted), where the
vow of force is a threat of it (138). A verb of intent or threat with no object of its own
takes such an infinitive, when it has no subject of its own, as what is vowed or threatened;
with an object the infinitive stays a purpose ("promised aid to help the victims").
"""

from __future__ import annotations

from typing import Any

from pledgewatch.events.dependency_roles import OBJECT_DEPS, is_to_complement

__all__ = ["parted_infinitives"]

#: Lexicon families whose verb's "to" infinitive is what is intended or threatened.
_INTENDING_FAMILIES = frozenset({"intent", "threaten"})
#: Dependencies of a subject of the infinitive's own ("vowed ... for Seoul to pay").
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})


def parted_infinitives(verb: Any, family: str | None) -> list[Any]:
    """The "to" infinitives parsed as adverbial clauses of ``verb`` that are its content."""
    if family not in _INTENDING_FAMILIES:
        return []
    if any(c.dep_ in OBJECT_DEPS or c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return []
    return [
        clause
        for clause in verb.children
        if clause.dep_ == "advcl"
        and clause.i > verb.i
        and is_to_complement(clause)
        and not any(g.dep_ in _SUBJECT_DEPS for g in clause.children)
    ]
