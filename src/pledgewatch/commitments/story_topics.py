"""The story's topic, for a clause that names its matter only by a word pointing back at it.

Two readings, both for a clause with no topic of its own (the grader asks them through
:func:`~pledgewatch.commitments.story_acts.phrase_named_before`, after the fuller naming of the
same noun failed), with the lists in ``data/commitments/story_topics.yaml``:

- a *referring noun* ("the rules it has already accepted", "Serbia's words", "the council's
  response"): with a determiner or possessive and no words of content, it takes the story's
  dominant topic, the one most of the story's other sentences name (:func:`dominant_topic`);
- an *agreement noun* with no topic in its own words ("signed a three-point accord at the end
  of their fourth round of talks"): it takes the topics of the story's lead when the lead tells
  an agreement ("Bolivia and Chile agree to reopen the border railway"); the talks that ended
  are where it was signed, not what it says.

Each gives the words that named the topic in the story, so the grader matches them with the
clause's own and the topic text is the story's naming.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from pledgewatch.commitments.lexicon import data_path
from pledgewatch.commitments.topics import TopicTaxonomy
from pledgewatch.errors import ConfigError
from pledgewatch.yaml_lists import read_word_yaml

STORY_TOPICS_FILE = "story_topics.yaml"
#: Children that give a noun words of its own content ("the sanctions rules", "the rules of
#: the zone"): such a noun names its matter, it does not point back.
_CONTENT_DEPS = frozenset({"compound", "nmod"})
_CONTENT_PREPOSITIONS = frozenset({"of", "on", "for", "about"})
#: Where a noun stands as what a clause acts on.
_OBJECT_DEPS = frozenset({"dobj", "pobj"})


@dataclass(frozen=True, slots=True)
class StoryTopicWords:
    """The lists of ``story_topics.yaml``."""

    referring_nouns: frozenset[str]
    agreement_nouns: frozenset[str]
    lead_agreement_words: frozenset[str]
    referring_determiners: frozenset[str]
    lead_sentences: int
    dominance_min_sentences: int


@functools.lru_cache(maxsize=1)
def story_topic_words() -> StoryTopicWords:
    """The shipped lists."""
    path = data_path(STORY_TOPICS_FILE)
    data = read_word_yaml(path)

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key) or ())

    try:
        lead_sentences = int(data.get("lead_sentences", 2))
        minimum = int(data.get("dominance_min_sentences", 2))
    except (TypeError, ValueError) as exc:
        raise ConfigError(
            f"lead_sentences and dominance_min_sentences must be whole numbers ({exc})",
            path=str(path),
        ) from exc
    return StoryTopicWords(
        referring_nouns=words("referring_nouns"),
        agreement_nouns=words("agreement_nouns"),
        lead_agreement_words=words("lead_agreement_words"),
        referring_determiners=words("referring_determiners"),
        lead_sentences=lead_sentences,
        dominance_min_sentences=minimum,
    )


def story_matter_words(
    tokens: Sequence[Token], taxonomy: TopicTaxonomy, *, objects_only: bool = False
) -> list[Token]:
    """The story's words for the matter a referring or agreement noun among ``tokens`` points
    back at (see the module docstring), or []. ``objects_only``: only a noun the clause acts
    on, for a clause that has a general topic already."""
    lists = story_topic_words()
    for token in tokens:
        if token.pos_ != "NOUN" or (objects_only and token.dep_ not in _OBJECT_DEPS):
            continue
        lemma = token.lemma_.lower()
        if lemma in lists.agreement_nouns and not taxonomy.match(list(token.subtree)):
            words = _lead_words(token, taxonomy, lists)
        elif lemma in lists.referring_nouns and _points_back(token, lists):
            words = dominant_topic_words(token.sent, taxonomy, lists)
        else:
            continue
        if words:
            return words
    return []


def _points_back(noun: Token, lists: StoryTopicWords) -> bool:
    """A determiner or possessive and no words of content of its own."""
    if not any(
        (c.dep_ == "det" and c.lower_ in lists.referring_determiners) or c.dep_ == "poss"
        for c in noun.children
    ):
        return False
    return not any(
        c.dep_ in _CONTENT_DEPS or (c.dep_ == "prep" and c.lower_ in _CONTENT_PREPOSITIONS)
        for c in noun.children
    )


def _other_sentences(sentence: Span) -> list[Span]:
    return [s for s in sentence.doc.sents if s.start != sentence.start]


def _lead_words(noun: Token, taxonomy: TopicTaxonomy, lists: StoryTopicWords) -> list[Token]:
    """The words of the specific topics the story's lead names, when the lead tells an
    agreement and the noun stands after it."""
    lead = list(noun.doc.sents)[: lists.lead_sentences]
    if any(s.start == noun.sent.start for s in lead):
        return []
    if not any(_forms(t) & lists.lead_agreement_words for s in lead for t in s):
        return []
    words: list[Token] = []
    for sentence in lead:
        words += _topic_words(sentence, taxonomy, specific_only=True)
    return words


def dominant_topic_words(
    sentence: Span, taxonomy: TopicTaxonomy, lists: StoryTopicWords | None = None
) -> list[Token]:
    """The words that first name the story's dominant topic outside ``sentence``: the topic
    the most other sentences name, at least ``dominance_min_sentences`` of them and more than
    any other topic; [] when no topic dominates."""
    lists = lists or story_topic_words()
    topic = dominant_topic(sentence, taxonomy, lists.dominance_min_sentences)
    if topic is None:
        return []
    for other in _other_sentences(sentence):
        words = _topic_words(other, taxonomy, only=topic)
        if words:
            return words
    return []


def dominant_topic(sentence: Span, taxonomy: TopicTaxonomy, minimum: int) -> str | None:
    """The topic most sentences of the story other than ``sentence`` name, or None."""
    counts = Counter(
        topic for other in _other_sentences(sentence) for topic in _sentence_topics(other, taxonomy)
    )
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < minimum:
        return None
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


def _sentence_topics(sentence: Span, taxonomy: TopicTaxonomy) -> list[str]:
    """The topics a sentence names, read once per document (many clauses of one story ask)."""
    cache = _topic_cache(sentence.doc, taxonomy)
    if sentence.start not in cache:
        cache[sentence.start] = [m.topic for m in taxonomy.match(list(sentence))]
    return cache[sentence.start]


def _topic_cache(doc: Doc, taxonomy: TopicTaxonomy) -> dict[int, list[str]]:
    key = f"pledgewatch.story_topics.{id(taxonomy)}"
    cache = doc.user_data.get(key)
    if cache is None:
        cache = doc.user_data[key] = {}
    return cache


def _topic_words(
    sentence: Span,
    taxonomy: TopicTaxonomy,
    *,
    only: str | None = None,
    specific_only: bool = False,
) -> list[Token]:
    """The words by which ``sentence`` names its topics (only ``only``; or only topics that
    are not general)."""
    words: list[Token] = []
    tokens = list(sentence)
    for topic_id in _sentence_topics(sentence, taxonomy):
        topic = taxonomy.topics[topic_id]
        if (only is not None and topic_id != only) or (specific_only and topic.general):
            continue
        groups = topic.match(tokens, False)
        if groups:
            words += [t for group in groups for t in group if t not in words]
    return words


def _forms(token: Token) -> set[str]:
    return {token.lower_, token.lemma_.lower()} if token.lemma_ else {token.lower_}
