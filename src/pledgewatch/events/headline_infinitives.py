"""A headline's "X to V" is its future: "Mexico to deploy 10,000 troops to U.S. border".

Headlines drop the "is" of "is to" and the "will": "Mexico to deploy 10,000 troops to U.S.
border, Sheinbaum says" tells an act to come, as the body's "Mexico will deploy ..., Sheinbaum
said" does. The parser reads such a headline as a to-infinitive with a subject of its own: the
root of the sentence, or the clausal complement of a reporting verb that comes after it (the
trailing "Y says"). With no cue of its own the act read as done (asserted) or only reported,
so the grader saw no promise in it; and the reporting verb took the infinitive's subject as
its object, as if Sheinbaum had told Mexico something. Here such an infinitive is future (cue
"to") for :class:`~pledgewatch.events.modality.ModalityReader`, and
:func:`pledgewatch.events.dependency_roles.object_tokens` gives the verb after it no object
("urged Pyongyang to stop" still has one: the clause comes after the verb).
"""

from __future__ import annotations

from typing import Any

#: The clause links by which a headline's infinitive hangs on the reporting verb after it.
REPORTED_LINKS = frozenset({"ccomp", "parataxis"})


def headline_infinitive(verb: Any, reporting_verbs: frozenset[str]) -> bool:
    """Is ``verb`` a to-infinitive with a subject of its own that heads its sentence or is
    reported by a verb after it ("Mexico to deploy troops, Sheinbaum says")?"""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    head = verb.head
    if head.i == verb.i:  # the sentence's root
        return True
    return (
        verb.dep_ in REPORTED_LINKS and head.i > verb.i and head.lemma_.lower() in reporting_verbs
    )
