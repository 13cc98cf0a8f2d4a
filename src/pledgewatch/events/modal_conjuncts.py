"""A finite verb with a modal of its own is no conjunct of the infinitive before it.

"The North should allow IAEA inspectors to return to Yongbyon and should declare a moratorium on
tests": the small parser hangs "declare" on "return" as its conjunct, so the moratorium is
declared by the inspectors (the subject of "return"). A verb with a modal auxiliary of its own
("should", "will", "must") is finite: it cannot be coordinated with a to-infinitive, only with
the finite verb above it. :func:`restore_modal_conjunct` re-hangs such a conjunct (and the "and"
before it) on the verb that governs the infinitive, so it shares that verb's subject: the North
declares the moratorium. "agreed to return and to declare ..." (no modal) and "wants the
inspectors to return and report" are left as they are.
"""

from __future__ import annotations

from typing import Any

__all__ = ["restore_modal_conjunct"]

_COMPLEMENTS = frozenset({"ccomp", "xcomp"})


def restore_modal_conjunct(span: Any, modals: frozenset[str]) -> bool:
    """Re-hang a modal verb conjoined to an infinitive on the infinitive's governor; True when
    the parse changed. ``modals`` are the modal auxiliaries that make a verb finite (the
    modality cues' ``future_aux``, ``hypothetical_aux`` and ``recommended_aux``)."""
    changed = False
    for token in span:
        if token.dep_ != "conj" or token.pos_ not in ("VERB", "AUX"):
            continue
        if not any(c.dep_ == "aux" and c.lower_ in modals for c in token.children):
            continue
        infinitive = token.head
        if infinitive.dep_ not in _COMPLEMENTS or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children
        ):
            continue
        governor = infinitive.head
        if governor is infinitive or not any(
            c.dep_ == "aux" and c.lower_ in modals for c in governor.children
        ):
            continue  # "wants them to return and ..." : only a modal list of the governor's
        for child in list(infinitive.children):
            if child.dep_ == "cc" and child.i < token.i and child.i > infinitive.i:
                child.head = governor
        token.head = governor
        changed = True
    return changed
