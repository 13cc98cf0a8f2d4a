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

One act is read from the other: a verification act with no topic of its own ("it should
announce a moratorium and invite monitors") verifies the act it is coordinated with, and takes
that act's topics (:func:`verified_act_topics`, grader36): the monitors watch the moratorium.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from pledgewatch.commitments.lexicon import token_forms
from pledgewatch.commitments.story_topics import story_matter_words, story_topic_words
from pledgewatch.commitments.topics import TopicEvent, TopicMatch, TopicTaxonomy

#: Parts of speech of a coordinated act ("to suspend ... and to allow ...").
ACT_POS = frozenset({"VERB", "AUX"})
#: Children of an act that two coordinated acts share, or that condition them: not the
#: words of the act itself ("If Peru wants credit, it should announce one").
_SHARED_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "advcl", "mark", "cc", "punct"})


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
    names first, when the clause coordinates several acts and names several topics; with no
    topic at all, those of the act a verification act verifies (:func:`verified_act_topics`)."""
    if act is not None and not topics:
        return verified_act_topics(act, words, taxonomy)
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


def verified_act_topics(
    act: Token, words: Sequence[Token], taxonomy: TopicTaxonomy
) -> list[TopicMatch]:
    """The topics of the act ``act`` verifies ("invite monitors" after "announce a
    moratorium"): when ``words`` name a verification (``verification_words`` of
    ``story_topics.yaml``) and ``act`` is coordinated with another act, that act's own words'
    topics, or those of the story noun they point back at ("announce one"); else []."""
    stems = story_topic_words().verification_words
    if not stems or not any(f.startswith(tuple(stems)) for t in words for f in token_forms(t)):
        return []
    if not _is_act(act) or act.dep_ != "conj" or not _is_act(act.head):
        return []
    sibling = act.head
    # the sibling's own act: not the verifying act, nor the subject and conditions they share
    left_out = {t.i for t in act.subtree}
    left_out |= {t.i for c in sibling.children if c.dep_ in _SHARED_DEPS for t in c.subtree}
    sibling_words = [t for t in sibling.subtree if t.i not in left_out and not t.is_punct]
    found = taxonomy.match(sibling_words)
    if found:
        return found
    story = story_matter_words(sibling_words, taxonomy)
    return taxonomy.match([*sibling_words, *story]) if story else []
