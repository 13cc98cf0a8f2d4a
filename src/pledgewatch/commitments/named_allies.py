"""The allies a pledge is made to when it names them only by a possessive: "its allies".

"London said it would defend its allies if necessary" names no party: the event coder finds no
target in "its allies". When the story names those allies nearby ("Britain held drills with its
allies Norway and Denmark"), the pledge is made to them: :func:`named_ally` gives the first one
named, a state other than the promisor's (brief grader39, grading audits seeds 61 and 63). A
story that names no allies in apposition to an ally noun ("after meeting the president in
Seoul") is left alone: where the speaker stood does not say which allies are meant. The words are
those of ``named_allies.yaml``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from pledgewatch.commitments.attribution import mention_for
from pledgewatch.commitments.clause_analysis import ClauseAnalysis
from pledgewatch.commitments.formality import country_of
from pledgewatch.commitments.joint_parties import STATELESS
from pledgewatch.commitments.lexicon import data_path
from pledgewatch.model import ActorMention, Commitment
from pledgewatch.yaml_lists import read_word_yaml, whole_number, word_list

NAMED_ALLIES_FILE = "named_allies.yaml"
#: Where the allies' noun stands as what the pledge acts on or for ("defend its allies",
#: "stand by its allies").
_OBJECT_DEPS = frozenset({"dobj", "pobj", "dative"})


@dataclass(frozen=True, slots=True)
class AllyWords:
    """The lists of ``named_allies.yaml``."""

    ally_nouns: frozenset[str]
    possessive_pronouns: frozenset[str]
    ally_reach: int


@functools.lru_cache(maxsize=1)
def ally_words() -> AllyWords:
    """The shipped lists; a missing or malformed list is a :class:`ConfigError`."""
    path = data_path(NAMED_ALLIES_FILE)
    data = read_word_yaml(path)
    reach = whole_number(data, "ally_reach", 3, str(path))
    return AllyWords(
        ally_nouns=frozenset(word_list(data, "ally_nouns", str(path))),
        possessive_pronouns=frozenset(word_list(data, "possessive_pronouns", str(path))),
        ally_reach=reach,
    )


def named_ally(
    commitment: Commitment,
    analysis: ClauseAnalysis,
    mentions: Sequence[ActorMention],
    own: str,
    *_unused: object,
) -> str | None:
    """The first ally the story names nearby when the pledge is made to "its allies", or None.
    Signature of the readers of
    :func:`~pledgewatch.commitments.story_promisees.read_story_promisees`."""
    if commitment.kind not in ("promise", "offer"):
        return None
    words = ally_words()
    clause = analysis.clause
    doc = clause.trigger.doc
    if not any(_possessed_allies(doc[i], words) for i in sorted(clause.core)):
        return None
    sents = [s for s in doc.sents if s.start <= clause.head.sent.start]
    for sent in reversed(sents[-(words.ally_reach + 1) :]):
        for token in sent:
            if token.lemma_.lower() not in words.ally_nouns or token.i in clause.core:
                continue
            if not _allies_of(token, mentions, own):
                continue
            for named in _named_beside(token):
                code = _other_state(named, mentions, own)
                if code is not None:
                    return code
    return None


def _possessed_allies(token: Token, words: AllyWords) -> bool:
    """ "its allies" as what the pledge acts on, naming no one itself."""
    return (
        token.lemma_.lower() in words.ally_nouns
        and token.dep_ in _OBJECT_DEPS
        and any(c.dep_ == "poss" and c.lower_ in words.possessive_pronouns for c in token.children)
        and not any(c.dep_ == "appos" for c in token.children)
    )


def _allies_of(noun: Token, mentions: Sequence[ActorMention], own: str) -> bool:
    """The ally noun is the promisor's: its possessor names the promisor's state ("Britain's
    allies"), or is a pronoun whose nearest state named before it in the sentence is the
    promisor's ("Britain held drills with its allies"; "Russia ... its ally" is another's)."""
    for child in noun.children:
        if child.dep_ != "poss":
            continue
        mention = mention_for(child, mentions) or _nearest_before(child, mentions)
        return mention is not None and country_of(mention.code) == own
    return False


def _nearest_before(token: Token, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """The last actor named in the token's sentence before it (what a possessive refers to)."""
    start = token.sent.start
    before = [m for m in mentions if start <= m.start and m.end <= token.i and m.code]
    return max(before, key=lambda m: m.start, default=None)


def _named_beside(noun: Token) -> Iterator[Token]:
    """The names in apposition to the ally noun, either way round, and their conjuncts:
    "its allies Norway and Denmark", "Norway and Denmark, Britain's allies"."""
    heads = [c for c in noun.children if c.dep_ == "appos"]
    if noun.dep_ == "appos":
        heads.append(noun.head)
    for head in heads:
        yield head
        yield from (t for t in head.subtree if t.dep_ == "conj")


def _other_state(token: Token, mentions: Sequence[ActorMention], own: str) -> str | None:
    mention = mention_for(token, mentions)
    if mention is None or not mention.code:
        return None
    country = country_of(mention.code)
    if country is None or country in STATELESS or country == own:
        return None
    return mention.code
