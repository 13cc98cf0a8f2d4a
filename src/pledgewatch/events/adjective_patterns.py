"""Which adjective pattern a predicative adjective, or a stative participle, stands for.

An adjective pattern (verbs.tsv flag ``adj``: "ready", "willing", "skeptical") is looked up on
a predicate adjective ("Seoul is ready to talk", a headline's "North Korea ready to ..."). Like
a verb pattern it may name a preposition in its child column and words of that preposition's
object in its object column: "open.a+to" needs talks, dialogue, a proposal ... after "to", so
"Washington is open to talks" states an intent and "the border is open to traders" nothing.

A pattern of a speech-act family (intent, reject: "ready", "unwilling") needs what one is
ready for: an infinitive, or an event noun after "for" or after the pattern's own preposition
("ready for talks", "open to dialogue"); that noun is the complement it composes with
(:meth:`pledgewatch.events.actions.ActionFinder.nest`). A pattern of no family ("skeptical")
stands alone.

A past participle after "be" that says a state of its subject ("is no longer bound by the
agreement", "is committed to the accord") is read as the adjective of that form when a pattern
with its preposition fits (verbs.tsv bound.a+by): its subject holds the state, it is no
passive of an act done to the subject by the agreement.
"""

from __future__ import annotations

from typing import Any

from pledgewatch.events.dependency_roles import np_words, prep_objects
from pledgewatch.events.lexicon import Lexicon, Pattern

__all__ = ["adjective_pattern", "stative_participle_pattern"]

#: The preposition of what one is ready for, whatever the adjective ("ready for talks").
_READY_FOR = "for"


def adjective_pattern(lexicon: Lexicon, token: Any) -> Pattern | None:
    """The pattern of a predicative adjective, or None."""
    if not (
        token.dep_ in ("acomp", "xcomp", "oprd")
        # a headline's copula-less clause: "Kremlin says North Korea ready to ..."
        or (
            token.dep_ in ("ROOT", "ccomp", "conj")
            # "Kim was prepared to meet": "was" misparsed as the adjective's passive
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
        )
    ):
        return None
    return _fitting_pattern(lexicon, token, token.lemma_.lower())


def stative_participle_pattern(lexicon: Lexicon, token: Any) -> Pattern | None:
    """The adjective pattern of a passive participle with its preposition ("was bound by the
    accord"), or None; a pattern without a preposition is not enough ("the crime was
    committed" is no commitment)."""
    if token.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in token.children):
        return None
    if not any(c.dep_ == "nsubjpass" for c in token.children):
        return None
    pattern = _fitting_pattern(lexicon, token, token.lower_)
    return pattern if pattern is not None and pattern.child else None


def _fitting_pattern(lexicon: Lexicon, token: Any, lemma: str) -> Pattern | None:
    if not lexicon.has("adj", lemma):
        return None
    preps = [c for c in token.children if c.dep_ in ("prep", "agent")]
    words: set[str] = set()
    for prep in preps:
        for pobj in prep_objects(prep):
            words |= np_words(pobj)
    pattern = lexicon.best_pattern("adj", [lemma], {p.lower_ for p in preps}, words)
    if pattern is None or not pattern.family:
        return pattern
    # "ready", "willing", "open" need what one is ready for; "skeptical" stands alone
    if any(c.dep_ == "xcomp" for c in token.children) or (pattern.child and pattern.requires):
        return pattern  # an infinitive, or the pattern's own preposition with its words
    wanted = {_READY_FOR, pattern.child} if pattern.child else {_READY_FOR}
    if any(p.lower_ in wanted and _names_event(lexicon, p) for p in preps):
        return pattern
    return None


def _names_event(lexicon: Lexicon, prep: Any) -> bool:
    """Is an object of ``prep`` an event noun ("for talks", "to a summit with X")?"""
    return any(
        g.dep_ == "pobj" and any(lexicon.has("noun", w) for w in (g.lower_, g.lemma_.lower()))
        for g in prep.children
    )
