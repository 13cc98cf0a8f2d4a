"""A speaker described by a participle after the quote keeps the participle as background.

"The rebels attacked the town, a member of the Nigerian team trying to broker a deal said": a
news report names its speaker after the content, and often describes the speaker with a
participle ("trying to broker", "working for", "monitoring"). The small parser then reads the
speaker noun as the subject of the participle, as though "a member ... trying" were a clause,
and leaves the reporting verb with no subject: the speaker's mediation becomes a main event of
the sentence ("NGA 045", a spurious event a user sees), the report loses its speaker, and
where the participle took the quote as its own content, the quoted act takes the speaker as
its source ("Kenya has called for calm, a spokesman for the team trying to mediate said"
codes the call as the spokesman's).

:func:`restore_speaker_participle` re-hangs such a parse, as the parser does when the speaker
comes first ("A spokesman for the team trying to mediate said ..."): the noun becomes the
subject of the reporting verb, the participle a modifier (``acl``) of the noun, and what stood
before the speaker the reporting verb's content. Only a bare "-ing" form (no auxiliary: "is
trying" is a clause), after a comma, with a reporting verb after it that has no subject.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

__all__ = ["restore_speaker_participle"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
_AUXILIARIES = frozenset({"aux", "auxpass"})
# where the parser hangs the participle: the content of the reporting verb, or a clause of
# the quoted verb ("attacked the town, a member ... trying to broker")
_PARTICIPLE_LINKS = frozenset({"ccomp", "advcl", "conj", "parataxis", "xcomp"})


def restore_speaker_participle(span: Any, reporting_verbs: Collection[str]) -> bool:
    """Make "..., a member of the team trying to X said" a speaker with a participle; True when
    the parse changed."""
    changed = False
    for participle in list(span):
        if _reattach(participle, span, reporting_verbs):
            changed = True
    return changed


def _reattach(participle: Any, span: Any, reporting_verbs: Collection[str]) -> bool:
    if participle.tag_ != "VBG" or participle.dep_ not in _PARTICIPLE_LINKS:
        return False
    children = list(participle.children)
    if any(c.dep_ in _AUXILIARIES for c in children):
        return False  # "is trying": a clause of its own
    subject = next((c for c in children if c.dep_ == "nsubj" and c.i < participle.i), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return False
    start = subject.left_edge.i
    if start == span.start or participle.doc[start - 1].text != ",":
        return False  # the speaker comes after the quote, set off by a comma
    report = _reporting_verb_after(participle, span, reporting_verbs)
    if report is None:
        return False
    if participle.head != report and not report.is_ancestor(participle):
        return False
    content = [c for c in children if c.i < start]
    subject.head = report
    subject.dep_ = "nsubj"
    for child in content:
        child.head = report  # the quote and its comma are the report's
    participle.head = subject
    participle.dep_ = "acl"
    return True


def _reporting_verb_after(participle: Any, span: Any, reporting_verbs: Collection[str]) -> Any:
    """The sentence's root when it is a reporting verb after the participle with no subject."""
    root = next((t for t in span if t.dep_ == "ROOT"), None)
    if root is None or root.i <= participle.i or root.lemma_.lower() not in reporting_verbs:
        return None
    if any(c.dep_ in _SUBJECTS for c in root.children):
        return None
    return root
