"""Who a blamed refusal refused: the one blaming it.

"Lima has blamed Santiago for refusing to resume the tours": the resumption Santiago refuses
is what Lima asks, so the refusal's promisee is Lima, the subject of the blaming verb whose
"for" (or "of": "accused X of refusing") phrase holds the refusal. Words in
``data/commitments/blamed_refusals.yaml`` (grader37, seed 62 #16).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from pledgewatch.commitments.attribution import mention_for
from pledgewatch.commitments.formality import country_of
from pledgewatch.commitments.lexicon import data_path
from pledgewatch.model import ActorMention
from pledgewatch.yaml_lists import read_word_yaml, word_list

BLAMED_REFUSALS_FILE = "blamed_refusals.yaml"
#: How far up from the refusal the blaming verb may stand: "for refusing" (prep, pcomp), and
#: "for its refusal" or "for having refused" one more step
_MAX_STEPS = 3


@dataclass(frozen=True, slots=True)
class BlameWords:
    """The lists of ``blamed_refusals.yaml``."""

    blame_verbs: frozenset[str]
    blame_prepositions: frozenset[str]


@functools.lru_cache(maxsize=1)
def blame_words() -> BlameWords:
    """The shipped lists."""
    path = data_path(BLAMED_REFUSALS_FILE)
    data = read_word_yaml(path)
    return BlameWords(
        frozenset(word_list(data, "blame_verbs", str(path))),
        frozenset(word_list(data, "blame_prepositions", str(path))),
    )


def blamer_of_refusal(
    trigger: Token, mentions: Sequence[ActorMention], promisor: str | None
) -> str | None:
    """The code of the subject of the blaming verb whose "for"/"of" phrase holds the refusal
    at ``trigger``, when it is another state than the promisor's; else None."""
    words = blame_words()
    token = trigger
    for _ in range(_MAX_STEPS):
        head = token.head
        if head is token:
            return None
        if token.dep_ == "prep" and token.lower_ in words.blame_prepositions:
            if head.lemma_.lower() not in words.blame_verbs:
                return None
            return _blamer(head, mentions, promisor)
        token = head
    return None


def _blamer(verb: Token, mentions: Sequence[ActorMention], promisor: str | None) -> str | None:
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    mention = mention_for(subject, mentions) if subject is not None else None
    if mention is None or not mention.code:
        return None
    country = country_of(mention.code)
    if country is None or country == country_of(promisor):
        return None
    return mention.code
