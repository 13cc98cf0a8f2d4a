"""The party asked by a demand that names no one, read from the pledge the story says it withheld.

"Castro did not promise to free the prisoners. Madrid is right to ask for concrete action": the
demand names no one asked, and the sentence before tells what Cuba did not promise; the action
is asked of Cuba. :func:`withholding_party` gives the state whose withheld pledge (a negated verb
of pledging, ``withheld_pledges.yaml``) the nearest of the sentences just before tells, when it
is a state other than the demander's (brief grader39, grading audits seeds 61 #16 and 63 #22).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from pledgewatch.commitments.attribution import mention_for
from pledgewatch.commitments.clause_analysis import ClauseAnalysis
from pledgewatch.commitments.formality import country_of
from pledgewatch.commitments.joint_parties import STATELESS
from pledgewatch.commitments.lexicon import data_path
from pledgewatch.model import ActorMention, Commitment
from pledgewatch.yaml_lists import read_word_yaml, whole_number, word_list

WITHHELD_PLEDGES_FILE = "withheld_pledges.yaml"


@dataclass(frozen=True, slots=True)
class WithheldWords:
    """The lists of ``withheld_pledges.yaml``."""

    withheld_verbs: frozenset[str]
    negation_words: frozenset[str]
    withheld_reach: int


@functools.lru_cache(maxsize=1)
def withheld_words() -> WithheldWords:
    """The shipped lists; a missing or malformed list is a :class:`ConfigError`."""
    path = data_path(WITHHELD_PLEDGES_FILE)
    data = read_word_yaml(path)
    reach = whole_number(data, "withheld_reach", 2, str(path))
    return WithheldWords(
        withheld_verbs=frozenset(word_list(data, "withheld_verbs", str(path))),
        negation_words=frozenset(word_list(data, "negation_words", str(path))),
        withheld_reach=reach,
    )


def withholding_party(
    commitment: Commitment,
    analysis: ClauseAnalysis,
    mentions: Sequence[ActorMention],
    own: str,
    *_unused: object,
) -> str | None:
    """The state a demand naming no one asks, by the withheld pledge told just before, or
    None. Signature of the readers of
    :func:`~pledgewatch.commitments.story_promisees.read_story_promisees`."""
    if commitment.kind != "demand":
        return None
    words = withheld_words()
    head = analysis.clause.head
    before = [s for s in head.doc.sents if s.end <= head.sent.start]
    for sent in reversed(before[max(0, len(before) - words.withheld_reach) :]):
        party = _withheld_in(sent, mentions, words)
        if party is not None:
            country = country_of(party)
            return party if country not in (None, own, *STATELESS) else None
    return None


def _withheld_in(sent: Span, mentions: Sequence[ActorMention], words: WithheldWords) -> str | None:
    """The code of the subject of the sentence's first negated verb of pledging, or None."""
    for verb in sent:
        if verb.lemma_.lower() not in words.withheld_verbs or verb.pos_ not in ("VERB", "AUX"):
            continue
        if not any(c.dep_ == "neg" and c.lower_ in words.negation_words for c in verb.children):
            continue
        subject = _subject(verb)
        mention = mention_for(subject, mentions) if subject is not None else None
        if mention is not None and mention.code:
            return mention.code
    return None


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or that of the verb it is conjoined to ("X did not offer ... and
    did not promise ...")."""
    for token in (verb, verb.head if verb.dep_ == "conj" else verb):
        for child in token.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return child
    return None
