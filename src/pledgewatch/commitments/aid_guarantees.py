"""Who is asked for guarantees about aid when the demand names no one: the aid's recipient.

"Officials want guarantees that the food will reach hungry people rather than the military",
in a story of a team sent "to assess North Korea's need for food aid", asks the guarantees of
North Korea: the one who receives the aid answers for where it goes. A demand of the aid
topics (``aid_topics``) whose own words ask a guarantee (``guarantee_nouns``) and name no one
asked takes as promisee the one state the story names as receiving the aid ("food aid to
Paraguay") or needing it ("Paraguay's need for food aid"), in the demand's sentence or those
before it; two such states, or none, leave it without one. Word lists in
``data/commitments/aid_guarantees.yaml`` (grader44, the seed-68 grading audit #5).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from pledgewatch.commitments.clause_analysis import ClauseAnalysis
from pledgewatch.commitments.formality import country_of
from pledgewatch.commitments.lexicon import data_path
from pledgewatch.commitments.mention_codes import code_at
from pledgewatch.model import ActorMention
from pledgewatch.yaml_lists import word_sets

AID_GUARANTEES_FILE = "aid_guarantees.yaml"


@dataclass(frozen=True, slots=True)
class AidGuaranteeWords:
    """The lists of ``aid_guarantees.yaml`` (lower-case lemmas)."""

    guarantee_nouns: frozenset[str]
    aid_topics: frozenset[str]
    aid_nouns: frozenset[str]
    recipient_prepositions: frozenset[str]
    need_nouns: frozenset[str]


@functools.lru_cache(maxsize=1)
def aid_guarantee_words() -> AidGuaranteeWords:
    """The shipped lists; a missing or malformed list is a :class:`ConfigError`."""
    return word_sets(AidGuaranteeWords, data_path(AID_GUARANTEES_FILE))


def guarantor_of_aid(analysis: ClauseAnalysis, mentions: Sequence[ActorMention]) -> str | None:
    """The aid's one recipient the story names, for a demand of guarantees about aid (see the
    module docstring); else None."""
    lists = aid_guarantee_words()
    if not any(m.topic in lists.aid_topics for m in analysis.topics):
        return None
    words = analysis.clause.scope_tokens()
    if not any(t.lemma_.lower() in lists.guarantee_nouns for t in words):
        return None
    sentence = analysis.clause.head.sent
    recipients: set[str] = set()
    for token in sentence.doc[: sentence.end]:
        if token.lemma_.lower() in lists.aid_nouns:
            recipients.update(_recipients(token, mentions, lists))
    return recipients.pop() if len(recipients) == 1 else None


def _recipients(
    aid: Token, mentions: Sequence[ActorMention], lists: AidGuaranteeWords
) -> list[str]:
    """The states an aid noun is for: "food aid to Paraguay", "Paraguay's need for food aid"."""
    # "resume food aid to Paraguay": the recipient may hang on the verb the aid is object of
    on_verb = list(aid.head.children) if aid.dep_ == "dobj" else []
    found: list[Token] = [
        state
        for c in [*aid.children, *on_verb]
        if c.dep_ in ("prep", "dative") and c.lower_ in lists.recipient_prepositions
        for g in c.children
        if g.dep_ == "pobj"
        for state in (g, *g.conjuncts)  # "to Bolivia and Peru": two recipients
    ]
    prep = aid.head
    if aid.dep_ == "pobj" and prep.lower_ == "for" and prep.head.lemma_.lower() in lists.need_nouns:
        found += [c for c in prep.head.children if c.dep_ == "poss"]
    codes = (code_at(t, mentions) for t in found)
    return [code for code in codes if code and country_of(code) is not None]
