"""What talks are about is no party to them; talks a statement is about are not its target.

"held talks on a Sudan ceasefire", "held consultations on the launch by North Korea": the
actors of what talks, a meeting or a consultation (CAMEO 04) are about are not those met, so
:func:`talk_topics` gives the tokens of those "on", "about", "over", "regarding" phrases, for the
argument finder to leave out. "issued a statement about the DPRK-U.S. talks": talks a
statement is about name their parties, not whom it is aimed at (:func:`talks_about_talks`).
Split out of :mod:`pledgewatch.events.arguments`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pledgewatch.events.dependency_roles import OBJECT_DEPS
from pledgewatch.events.sentence_roles import TOPIC_PREPS

if TYPE_CHECKING:
    from pledgewatch.events.actions import Action

__all__ = ["talk_topics", "talks_about_talks"]


def talk_topics(
    action: Action, content: Action | None, deliberation: frozenset[str]
) -> frozenset[int]:
    """Token indices of what talks, a meeting or a consultation (CAMEO 04, the trigger's
    own or, for a light verb, its content's: "renewed negotiations on a pullback") are
    about: the "on", "about", "over", "regarding" phrases of the trigger and of its object
    ("held a meeting on the withdrawal") and of a ``deliberation`` noun below it."""
    codes = [action.pattern.code, content.pattern.code if content is not None else None]
    if not any((code or "").startswith("04") for code in codes):
        return frozenset()
    token = action.token
    holders = [token, *(c for c in token.children if c.dep_ in OBJECT_DEPS)]
    # "met in Vienna for negotiations over the sanctions on Iran"
    holders += [t for t in token.subtree if t.lemma_.lower() in deliberation]
    return frozenset(
        t.i
        for holder in holders
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ in TOPIC_PREPS
        for t in prep.subtree
    )


def talks_about_talks(token: Any, meetings: frozenset[str]) -> frozenset[int]:
    """ "issued a statement about the DPRK-U.S. talks", "a question about the talks with
    Seoul": the tokens of an "about" phrase of the trigger or its object naming talks
    (``meetings``, the lexicon's ``@deliberation``, or a "round")."""
    holders = [token, *(c for c in token.children if c.dep_ in OBJECT_DEPS)]
    return frozenset(
        t.i
        for holder in holders
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ in ("about", "regarding", "concerning")
        for pobj in prep.children
        if pobj.dep_ == "pobj" and pobj.lemma_.lower() in meetings | {"round"}
        for t in prep.subtree
    )
