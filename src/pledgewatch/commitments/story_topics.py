"""The story's topic, for a clause that names its matter only by a word pointing back at it.

Readings for a clause with no topic of its own, or only a general one (the grader asks them through
:func:`~pledgewatch.commitments.story_acts.phrase_named_before`, after the fuller naming of the
same noun failed), with the lists in ``data/commitments/story_topics.yaml``:

- a *referring noun* ("the rules it has already accepted", "Serbia's words", "the council's
  response"): with a determiner or possessive and no words of content, it takes the story's
  dominant topic, the one most of the story's other sentences name (:func:`dominant_topic`);
- an *agreement noun* with no topic in its own words ("signed a three-point accord at the end
  of their fourth round of talks"): it takes the topics of the story's lead when the lead tells
  an agreement ("Bolivia and Chile agree to reopen the border railway"); the talks that ended
  are where it was signed, not what it says.

- a *substitute pronoun* ("If Peru wants credit for a ceasefire, it should announce one"):
  "one" stands for the nearest indefinite noun before it ("a ceasefire"), and takes that
  noun's topic; a noun with no topic in its own words ("a moratorium") takes that of its
  nearest fuller naming earlier in the story ("a moratorium on nuclear tests", grader36).

- a *noun named again* (grader40): an indefinite noun with no words of its own under a frame
  noun ("resolve the question of a moratorium", ``named_again_frames``; mend23a: a bare "host a
  meeting" is a new one) takes the topic of its fuller naming in its sentence or the few
  before (``named_again_sentences``); an act of carrying out with no object ("called for full
  implementation", ``carried_out_nouns``) takes the story's dominant topic.

Each gives the words that named the topic in the story, so the grader matches them with the
clause's own and the topic text is the story's naming; ``anchors`` records the clause's noun
each stands for, so a general topic coordinated with that noun is kept beside it.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from pledgewatch.commitments.lexicon import data_path, token_forms
from pledgewatch.commitments.topics import TopicTaxonomy
from pledgewatch.yaml_lists import read_word_yaml, whole_number, word_list

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
    substitute_pronouns: frozenset[str] = frozenset()
    antecedent_determiners: frozenset[str] = frozenset()
    antecedent_sentences: int = 1
    verification_words: tuple[str, ...] = ()
    named_again_sentences: int = 0
    carried_out_nouns: frozenset[str] = frozenset()
    named_again_frames: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=1)
def story_topic_words() -> StoryTopicWords:
    """The shipped lists."""
    path = data_path(STORY_TOPICS_FILE)
    data = read_word_yaml(path)

    def words(key: str) -> frozenset[str]:
        return frozenset(word_list(data, key, str(path)))

    # counts through whole_number: a boolean ("lead_sentences: yes") or a negative is refused
    lead_sentences = whole_number(data, "lead_sentences", 2, str(path))
    minimum = whole_number(data, "dominance_min_sentences", 2, str(path))
    antecedent_sentences = whole_number(data, "antecedent_sentences", 1, str(path))
    named_again_sentences = whole_number(data, "named_again_sentences", 0, str(path))
    return StoryTopicWords(
        referring_nouns=words("referring_nouns"),
        agreement_nouns=words("agreement_nouns"),
        lead_agreement_words=words("lead_agreement_words"),
        referring_determiners=words("referring_determiners"),
        lead_sentences=lead_sentences,
        dominance_min_sentences=minimum,
        substitute_pronouns=words("substitute_pronouns"),
        antecedent_determiners=words("antecedent_determiners"),
        antecedent_sentences=antecedent_sentences,
        verification_words=tuple(sorted(words("verification_words"))),
        named_again_sentences=named_again_sentences,
        carried_out_nouns=words("carried_out_nouns"),
        named_again_frames=words("named_again_frames"),
    )


def story_matter_words(
    tokens: Sequence[Token],
    taxonomy: TopicTaxonomy,
    *,
    objects_only: bool = False,
    anchors: dict[Token, Token] | None = None,
) -> list[Token]:
    """The story's words for the matter a referring or agreement noun among ``tokens`` points
    back at (see the module docstring), or []. ``objects_only``: only a noun the clause acts
    on, for a clause that has a general topic already. ``anchors`` (filled when given): each
    story word with the clause's noun that stands for it."""
    lists = story_topic_words()
    for token in tokens:
        if objects_only and token.dep_ not in _OBJECT_DEPS:
            continue
        words = _matter_of(token, taxonomy, lists)
        if words:
            if anchors is not None:
                anchors.update((t, token) for t in words)
            return words
    return []


def _matter_of(token: Token, taxonomy: TopicTaxonomy, lists: StoryTopicWords) -> list[Token]:
    """The story's words for what ``token`` points back at, or []."""
    if token.lower_ in lists.substitute_pronouns and _stands_alone(token):
        return _antecedent_words(token, taxonomy, lists)
    if token.pos_ != "NOUN":
        return []
    lemma = token.lemma_.lower()
    if lemma in lists.agreement_nouns and not taxonomy.match(list(token.subtree)):
        return _lead_words(token, taxonomy, lists)
    if (lemma in lists.referring_nouns or token.lower_ in lists.referring_nouns) and (
        _points_back(token, lists)
    ):  # "goods" is listed as written: its lemma "good" is another noun
        return dominant_topic_words(token.sent, taxonomy, lists)
    if lemma in lists.carried_out_nouns and not _has_content(token):
        # "called for full implementation": of what the story is about (grader40)
        return dominant_topic_words(token.sent, taxonomy, lists)
    if _indefinite(token, lists) and not _has_content(token) and _framed(token, lists):
        # "resolve the question of a moratorium" two sentences after "a moratorium on
        # nuclear tests" (grader40); a bare "would host a meeting" is a new one (mend23a)
        return _fuller_naming(token, taxonomy, sentences=lists.named_again_sentences)
    return []


def _framed(noun: Token, lists: StoryTopicWords) -> bool:
    """``noun`` is the "of" object of a frame noun ("the question of a moratorium"), which
    names a matter already under discussion."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head is not prep
        and prep.head.lemma_.lower() in lists.named_again_frames
    )


def _indefinite(noun: Token, lists: StoryTopicWords) -> bool:
    return any(c.dep_ == "det" and c.lower_ in lists.antecedent_determiners for c in noun.children)


def _has_content(noun: Token) -> bool:
    """Words of content of its own: a compound, or an "of"/"on" phrase."""
    return any(
        c.dep_ in _CONTENT_DEPS or (c.dep_ == "prep" and c.lower_ in _CONTENT_PREPOSITIONS)
        for c in noun.children
    )


#: Where a substitute pronoun stands for a noun phrase ("announce one", "one was signed").
_NOMINAL_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "attr"})
#: Children of an antecedent noun that give it the words of its matter ("the test-ban
#: moratorium"), with its phrases of content (``_CONTENT_PREPOSITIONS``: "on nuclear tests").
_MATTER_DEPS = frozenset({"compound", "amod", "nmod"})
#: Longest phrase read after a noun in a sentence the coder did not parse.
_UNPARSED_PHRASE = 5


def _stands_alone(token: Token) -> bool:
    """ "one" standing for a noun phrase ("announce one"), not a number ("one day"), nor a
    part ("one of the reactors")."""
    return token.dep_ in _NOMINAL_DEPS and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in token.children
    )


def _antecedent_words(
    pronoun: Token, taxonomy: TopicTaxonomy, lists: StoryTopicWords
) -> list[Token]:
    """The words of the topic of the indefinite noun "one" stands for, or []."""
    antecedent = _antecedent(pronoun, lists)
    if antecedent is None:
        return []
    own = [t for t in antecedent.subtree if not t.is_punct]
    if taxonomy.match(own):
        return own
    return _fuller_naming(antecedent, taxonomy)


def _antecedent(pronoun: Token, lists: StoryTopicWords) -> Token | None:
    """The nearest singular noun with an indefinite article before ``pronoun``, in its
    sentence or the ``antecedent_sentences`` before it."""
    doc = pronoun.doc
    sentences = [s for s in doc.sents if s.start <= pronoun.sent.start]
    start = sentences[-(lists.antecedent_sentences + 1) :][0].start
    for token in reversed(doc[start : pronoun.i]):
        if (
            token.pos_ == "NOUN"
            and token.tag_ == "NN"
            and any(
                c.dep_ == "det" and c.lower_ in lists.antecedent_determiners for c in token.children
            )
        ):
            return token
    return None


def _fuller_naming(noun: Token, taxonomy: TopicTaxonomy, *, sentences: int = -1) -> list[Token]:
    """The nearest earlier naming of ``noun`` in the story with words of its own that name a
    topic: its modifiers and phrases of content when parsed ("a moratorium on nuclear tests",
    not "a moratorium in public"), the words after it to a punctuation mark when not.
    ``sentences``: only in so many sentences before the noun's own (-1: the whole story)."""
    doc = noun.doc
    forms = set(token_forms(noun))
    start = 0
    if sentences >= 0:
        before = [s for s in doc.sents if s.start <= noun.sent.start]
        start = before[-(sentences + 1) :][0].start
    for token in reversed(doc[start : noun.i]):
        if not set(token_forms(token)) & forms:
            continue
        if not token.pos_:
            words = [token]
            for word in doc[token.i + 1 : min(token.sent.end, token.i + 1 + _UNPARSED_PHRASE)]:
                if word.is_punct:
                    break
                words.append(word)
        else:
            own = [
                c
                for c in token.children
                if c.dep_ in _MATTER_DEPS
                or (c.dep_ == "prep" and c.lower_ in _CONTENT_PREPOSITIONS)
            ]
            words = sorted(
                {token, *(t for c in own for t in c.subtree if not t.is_punct)},
                key=lambda t: t.i,
            )
        if len(words) > 1 and taxonomy.match(words):
            return words
    return []


def _points_back(noun: Token, lists: StoryTopicWords) -> bool:
    """A determiner or possessive and no words of content of its own."""
    if not any(
        (c.dep_ == "det" and c.lower_ in lists.referring_determiners) or c.dep_ == "poss"
        for c in noun.children
    ):
        return False
    return not _has_content(noun)


def _other_sentences(sentence: Span) -> list[Span]:
    return [s for s in sentence.doc.sents if s.start != sentence.start]


def _lead_words(noun: Token, taxonomy: TopicTaxonomy, lists: StoryTopicWords) -> list[Token]:
    """The words of the specific topics the story's lead names, when the lead tells an
    agreement and the noun stands after it."""
    lead = list(noun.doc.sents)[: lists.lead_sentences]
    if any(s.start == noun.sent.start for s in lead):
        return []
    if not any(set(token_forms(t)) & lists.lead_agreement_words for s in lead for t in s):
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
