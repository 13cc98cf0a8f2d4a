"""A bare "visiting" right after a host's verb modifies the guest: "met visiting envoy X".

"Kim Jong Un met visiting Chinese Communist Party official Li Jianguo" has no determiner before
"visiting", and the small parser then reads "visiting ... Li Jianguo" as a clause of its own
(``advcl``/``xcomp`` of "met", with Li as its object and Kim as its understood subject). The
coder then found Kim visiting Li (PRKGOV → CHNGOV, 042) and a meeting with no one (040 →
?), where the story is Li's visit to Kim. With a determiner ("met the visiting official") the
parser reads "visiting" as an adjective (``amod``) of the guest, and
:mod:`pledgewatch.events.visiting_guests` codes the guest's visit to the host.

:func:`restore_guest_participle` re-hangs the misread parse the same way: when the participle
"visiting" (``VBG``) directly follows a verb of receiving a guest (``@guest_receiving_verb``:
meet, receive, host, ...) that has no object of its own, and "visiting" has an object and no
subject or auxiliary of its own, the object becomes the host verb's object and "visiting" its
modifier; what followed the guest ("in Pyongyang on Friday") goes back to the host's verb.
"Kim spent the day visiting factories" is untouched (no receiving verb); "met, visiting the
plant later" is too (a comma: a clause of its own).
"""

from __future__ import annotations

from typing import Any

from pledgewatch.events.lexicon import Lexicon

__all__ = ["restore_guest_participle"]

_VISIT_LEMMA = "visit"
_PARTICIPLE_LINKS = frozenset({"advcl", "xcomp", "ccomp", "conj"})
_OWN_CLAUSE = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "mark"})
_OBJECTS = frozenset({"dobj", "obj"})


def restore_guest_participle(span: Any, lexicon: Lexicon) -> bool:
    """Make "met visiting envoy X" a meeting with a visiting envoy; True when the parse changed."""
    hosts = lexicon.words("@guest_receiving_verb")
    changed = False
    for participle in list(span):
        if _reattach(participle, hosts):
            changed = True
    return changed


def _reattach(participle: Any, hosts: frozenset[str]) -> bool:
    if participle.tag_ != "VBG" or participle.lemma_.lower() != _VISIT_LEMMA:
        return False
    host_verb = participle.head
    if participle.dep_ not in _PARTICIPLE_LINKS or host_verb.i != participle.i - 1:
        return False  # right after the host's verb, no comma or words between
    if host_verb.pos_ not in ("VERB", "AUX") or host_verb.lemma_.lower() not in hosts:
        return False
    if any(c.dep_ in _OBJECTS for c in host_verb.children):
        return False  # the host already has its guest
    children = list(participle.children)
    if any(c.dep_ in _OWN_CLAUSE for c in children):
        return False
    guest = next((c for c in children if c.dep_ in _OBJECTS), None)
    if guest is None:
        return False
    guest.head = host_verb
    guest.dep_ = "dobj"
    for child in children:
        if child is not guest and child.i > guest.i:
            child.head = host_verb  # "in Pyongyang on Friday": where and when the host met
    participle.head = guest
    participle.dep_ = "amod"
    return True
