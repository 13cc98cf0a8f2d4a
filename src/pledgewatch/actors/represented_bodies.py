"""A voice "for" a national body speaks for the country the body is of.

"A Defense Ministry spokesman said" in a Seoul dispatch is KORGOV: a national body's voice (a
``national_nouns`` body named first in the agent phrase) speaks for the dateline's country, as
the bare body does ("The National Security Council said" in a Washington dispatch is USAGOV).
Named after the agent noun, through "for" or "of" ("a spokeswoman for the National Security
Council", "a spokesman of the Foreign Ministry"), the body was no part of the agent's own words,
and the voice stayed ---GOV. :func:`speaks_for_national_body` says whether the agent's "for" or
"of" phrase is such a body; :class:`~pledgewatch.actors.group_refs.GroupReferences` then treats
the voice as it treats "a Defense Ministry spokesman".

The voice is often named first and described after a comma ("Caitlin Hayden, a spokeswoman for
the National Security Council, said"): the agent noun is then an apposition of the subject, and
:func:`voiced_subject` hands the national-body rule that subject, as for the agent noun alone.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

__all__ = ["speaks_for_national_body", "voiced_subject"]

#: Prepositions that tie a representative to the body it speaks for.
_REPRESENTING_PREPS = frozenset({"for", "of"})


def voiced_subject(head: Token, subject_deps: Collection[str]) -> Token | None:
    """The subject the agent noun ``head`` stands for: itself as a subject, or the subject it
    describes in apposition ("Hayden, [a spokeswoman] for ..., said"); None otherwise."""
    if head.dep_ in subject_deps:
        return head
    if head.dep_ == "appos" and head.head.dep_ in subject_deps:
        return head.head
    return None


def speaks_for_national_body(head: Token, national_nouns: Collection[str]) -> bool:
    """Is the agent noun ``head`` followed by "for"/"of" and a national body ("a spokeswoman
    [for the National Security Council]")?"""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in _REPRESENTING_PREPS:
            continue
        for body in prep.children:
            if body.dep_ != "pobj":
                continue
            words = [t.lower_ for t in body.subtree if t.i <= body.i and t.dep_ != "det"]
            if " ".join(words) in national_nouns:
                return True
    return False
