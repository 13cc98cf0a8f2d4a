"""Which of a clause's topics an event names first: the one of its own act.

A clause can coordinate two acts, each coded as an event of its own: "North Korea agreed to
suspend uranium enrichment at Yongbyon and to allow IAEA inspectors to monitor the
suspension" gives a freeze event (content "suspend") and an access event (content "allow").
Both are graded on the clause's words, whose topics come in the order of their words, so the
access event was filed under ``enrichment_freeze`` first, the first topic of the clause. The
event's own predicate decides instead (:func:`own_act_first`): the topics its own conjunct
names (with the words the conjuncts share: the subject, the verb they hang on) come first, the
clause's other topics after them. A single act naming two topics ("a moratorium on enrichment
and nuclear tests") keeps the order of its words; no topic is added or dropped, only ordered.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from pledgewatch.commitments.topics import TopicEvent, TopicMatch, TopicTaxonomy

#: Parts of speech of a coordinated act ("to suspend ... and to allow ...").
ACT_POS = frozenset({"VERB", "AUX"})


def _is_act(token: Token) -> bool:
    return token.pos_ in ACT_POS


def own_act_words(act: Token, words: Sequence[Token]) -> list[Token] | None:
    """``words`` without the acts coordinated with ``act`` ("to suspend enrichment" left out
    of the words of "to allow inspectors"), or None when ``act`` is no verb coordinated with
    another."""
    if not _is_act(act):
        return None
    conjuncts = [c for c in act.children if c.dep_ == "conj" and _is_act(c)]
    if not conjuncts and not (act.dep_ == "conj" and _is_act(act.head)):
        return None
    first = act
    while first.dep_ == "conj" and _is_act(first.head) and first.head.i != first.i:
        first = first.head
    coordination = {t.i for t in first.subtree}
    others = {t.i for c in conjuncts for t in c.subtree}
    others |= {c.i for c in act.children if c.dep_ == "cc"}
    own = {t.i for t in act.subtree} - others
    return [t for t in words if t.i not in coordination or t.i in own]


def own_act_first(
    act: Token | None,
    words: Sequence[Token],
    topics: list[TopicMatch],
    taxonomy: TopicTaxonomy,
    *,
    negated: bool,
    event: TopicEvent | None,
) -> list[TopicMatch]:
    """``topics`` (the clause's, in the order of its words) with those the event's own act
    names first, when the clause coordinates several acts and names several topics."""
    if act is None or len(topics) < 2:
        return topics
    own_words = own_act_words(act, words)
    if not own_words:
        return topics
    named = [m.topic for m in taxonomy.match(own_words, negated=negated, event=event)]
    found = {m.topic: m for m in topics}
    first = [found[topic] for topic in named if topic in found]
    if not first or first[0] is topics[0]:
        return topics
    return [*first, *(m for m in topics if m not in first)]
