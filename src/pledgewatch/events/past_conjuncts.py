"""A past-tense verb conjoined to a modal verb is the reporting verb's conjunct, not the report's.

"The United States said the planned launch would violate the agreement and called on Pyongyang to
cancel it": the small parser hangs "called" on "violate" as its conjunct, so the call is made by
"the planned launch" (no actor) and reads as future through "would". A verb in the past tense
("called", VBD) cannot share a modal auxiliary ("would called" is no English), so with no subject
of its own it is coordinated with the past-tense verb above the modal clause, the reporting verb:
the United States called on Pyongyang. :func:`restore_past_conjunct` re-hangs it (and the "and"
before it) there. "said it would test a missile and launch a satellite" (a base form, sharing
"would") and "said the launch would violate the deal and Pyongyang ignored it" (a subject of its
own) are left as they are.

The same misreading hangs a speaker's second act on a copula it reported: "The ministry said the
exercise was defensive and urged Pyongyang not to misjudge": "urged" becomes a conjunct of
"was", so "the exercise" urges. A clause of "be" with an adjective or noun predicate tells a
state; a past-tense act of speech coordinated with it (word class ``@speaker_act``: urge,
demand, vow, ...) with no subject of its own is the reporting verb's conjunct.
:func:`restore_speaker_conjunct` re-hangs it there. "said the North had fired and urged" (no
copula), "said the test was a success and the North vowed" (a subject of its own) and "said the
drills were routine and posed no threat" (no act of speech) are left as they are.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

__all__ = ["restore_past_conjunct", "restore_speaker_conjunct"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
#: What makes "be" a copula telling a state: "was defensive", "was a warning".
_PREDICATES = frozenset({"acomp", "attr"})


def restore_past_conjunct(span: Any, modals: frozenset[str]) -> bool:
    """Re-hang a past-tense conjunct of a modal verb in a complement clause on the past-tense
    verb that governs the clause; True when the parse changed. ``modals`` are the modal
    auxiliaries ("would", "will", "should", ...)."""
    changed = False
    for token in span:
        if token.dep_ != "conj" or token.tag_ != "VBD":
            continue
        if any(c.dep_ in _SUBJECTS for c in token.children):
            continue  # a clause of its own: "... and Pyongyang ignored it"
        modal_verb = token.head
        if modal_verb.dep_ != "ccomp" or not any(
            c.dep_ == "aux" and c.lower_ in modals for c in modal_verb.children
        ):
            continue
        governor = modal_verb.head
        if governor is modal_verb or governor.tag_ != "VBD":
            continue
        for child in list(modal_verb.children):
            if child.dep_ == "cc" and modal_verb.i < child.i < token.i:
                child.head = governor
        token.head = governor
        changed = True
    return changed


def restore_speaker_conjunct(
    span: Any, reporting_verbs: Collection[str], speech_acts: frozenset[str]
) -> bool:
    """Re-hang a past-tense act of speech (lemma in ``speech_acts``) conjoined to a copula in a
    clause reported by a past-tense reporting verb (lemma in ``reporting_verbs``) on that
    reporting verb; True when the parse changed."""
    changed = False
    for token in span:
        if token.dep_ != "conj" or token.tag_ != "VBD":
            continue
        if token.lemma_.lower() not in speech_acts:
            continue
        if any(c.dep_ in _SUBJECTS for c in token.children):
            continue  # a clause of its own: "... and the North vowed"
        copula = token.head
        if (
            copula.dep_ != "ccomp"
            or copula.lemma_.lower() != "be"
            or not any(c.dep_ in _PREDICATES for c in copula.children)
        ):
            continue
        governor = copula.head
        if (
            governor is copula
            or governor.tag_ != "VBD"
            or governor.lemma_.lower() not in reporting_verbs
        ):
            continue
        for child in list(copula.children):
            if child.dep_ == "cc" and copula.i < child.i < token.i:
                child.head = governor
        token.head = governor
        changed = True
    return changed
