"""Which nominal events stand in a verb's object slot, when the slot holds more than one.

"The ministers condemned the attack on the island and the sinking of the ship" names two past
acts as what is condemned; neither is news of its own (they are "mentioned", as "condemned the
attack" alone is). The parser hangs only the first on the verb ("attack": dobj) and the second
on the first ("sinking": conj), and a gerund that is a noun ("the sinking of the ship", coded
through the verb "sink") is a noun all the same. :meth:`ActionFinder.attach_objects
<pledgewatch.events.actions.ActionFinder.attach_objects>` reads both through these helpers:
:func:`object_slot` gives the token whose relation to the verb counts for a conjunct (the
first of its chain), and :func:`nominal_trigger` says whether an action's trigger is a noun,
whichever kind of pattern it matched.

The same sharing holds for a passive verb coordinated after a clause it has no subject of its
own in: "Cuba said the weapons were obsolete and were being sent to North Korea for repair".
The parser gives "sent" no subject; the subject of the first conjunct ("weapons") is what is
sent (:func:`shared_patient`), so the verb's pattern sees its object words (send + weapons: an
arms transfer) and the weapons are not taken for the sender.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pledgewatch.events.actions import Action

__all__ = ["nominal_trigger", "object_slot", "shared_patient"]

#: Parts of speech of a nominal conjunct's head.
_NOMINALS = frozenset({"NOUN", "PROPN"})
#: Relations that make a gerund a noun phrase of its own ("the sinking", "its shelling").
_DETERMINERS = frozenset({"det", "poss"})
#: The longest chain of conjuncts walked up ("A, B, C and D").
_MAX_CHAIN = 6


def nominal_trigger(action: Action) -> bool:
    """Is the action's trigger a noun: a noun pattern, or a verb pattern matched on a gerund the
    parser reads as a noun phrase of its own, with a determiner or an owner ("the sinking of the
    Cheonan", "Pyongyang's shelling of the island"; not a bare "for mediating", which is the
    act of whoever the verb names)?"""
    if action.pattern.kind == "noun":
        return True
    token = action.token
    return token.pos_ in _NOMINALS and any(c.dep_ in _DETERMINERS for c in token.children)


def object_slot(token: Any) -> Any:
    """The first conjunct of the noun chain ``token`` belongs to ("the attack ... and the
    sinking": "attack"), whose relation to the verb the whole chain shares; ``token`` itself
    when it is no later conjunct of a noun."""
    for _ in range(_MAX_CHAIN):
        if token.dep_ != "conj" or token.head.pos_ not in _NOMINALS:
            return token
        token = token.head
    return token


#: Relations of a clause's subject that a later passive conjunct shares as its patient.
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: Relations that give a verb a subject of its own, or mark it passive.
_OWN_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


def shared_patient(verb: Any) -> Any | None:
    """The subject of the clause a passive verb is coordinated after, when the verb has no
    subject of its own ("the weapons were obsolete and were being sent ...": "weapons"): what
    the passive act is done to. None for any other verb."""
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if any(c.dep_ in _OWN_SUBJECTS for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ in _SUBJECTS), None)
