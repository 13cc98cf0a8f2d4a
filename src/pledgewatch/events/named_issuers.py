"""A text issued "in the name of" (or "on behalf of") its issuers is theirs: they are its source.

"The statement was issued in the name of the government, the ruling party and other
organizations": the passive has no "by" agent, so the statement had no source, and the parser,
taking the list's later members for appositions of "statement", made "the ruling party" the
target of its issuing. :func:`restore_named_issuers` re-hangs the "of" phrase as the passive's
agent (so the issuers are read as a "by" agent is) and the later list members, set off by a
comma after it, as conjuncts of its object.

Only a finite passive whose subject is a text (word classes ``@document``, ``@speech_noun``),
with no agent of its own, and a name noun of word class ``@issuing_name`` ("name", "behalf") in
an "in"/"on" phrase on the verb: "was issued on behalf of the council"; not "killed in the name
of religion" (no text is issued).
"""

from __future__ import annotations

from typing import Any

from pledgewatch.events.lexicon import Lexicon

__all__ = ["restore_named_issuers"]


def restore_named_issuers(span: Any, lexicon: Lexicon) -> bool:
    """Make "<text> was issued in the name of X, Y and Z" X's, Y's and Z's; True when changed."""
    texts = lexicon.words("@document") | lexicon.words("@speech_noun")
    names = lexicon.words("@issuing_name")
    changed = False
    for verb in span:
        if verb.tag_ != "VBN" or any(c.dep_ == "agent" for c in verb.children):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if len(subjects) != 1 or subjects[0].lemma_.lower() not in texts:
            continue
        of = _issuers_of(verb, names)
        if of is None:
            continue
        issuer = next(c for c in of.children if c.dep_ == "pobj")
        for stray in [c for c in subjects[0].children if c.dep_ == "appos"]:
            # "..., the ruling party and other organizations": the list goes on after the comma
            if stray.i > issuer.i and stray.doc[stray.left_edge.i - 1].text == ",":
                stray.head = issuer
                stray.dep_ = "conj"
        of.head = verb
        of.dep_ = "agent"
        changed = True
    return changed


def _issuers_of(verb: Any, names: frozenset[str]) -> Any | None:
    """The "of" of "in the name of" / "on behalf of" on ``verb``, with an object; or None."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "on"):
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lemma_.lower() not in names:
                continue
            for of in noun.children:
                if (
                    of.dep_ == "prep"
                    and of.lower_ == "of"
                    and any(c.dep_ == "pobj" for c in of.children)
                ):
                    return of
    return None
