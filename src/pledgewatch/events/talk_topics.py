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

from pledgewatch.events.dependency_roles import preps_of
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
    # "met in Vienna for negotiations over the sanctions on Iran"
    talks = [t for t in token.subtree if t.lemma_.lower() in deliberation]
    return frozenset(t.i for prep in preps_of(token, TOPIC_PREPS, talks) for t in prep.subtree)


def talks_about_talks(token: Any, talk_nouns: frozenset[str]) -> frozenset[int]:
    """ "issued a statement about the DPRK-U.S. talks", "a question about the talks with
    Seoul": the tokens of a topic phrase ("about", "on", "regarding", ...) of the trigger or
    its object naming talks (``talk_nouns``: the lexicon's ``@deliberation`` and
    ``@round_of_talks``)."""
    return frozenset(
        t.i
        for prep in preps_of(token, TOPIC_PREPS)
        if any(p.dep_ == "pobj" and p.lemma_.lower() in talk_nouns for p in prep.children)
        for t in prep.subtree
    )
