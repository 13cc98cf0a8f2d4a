"""The partner of a pair that agrees on an act the two do together: each one's promisee.

"Peru and Chile agreed in Quito this week to resume joint searches for the remains of their
soldiers": the two agree with each other, so each partner's promise (one event per member of
the subject) is made to the other. Talks between a pair get this from the event coder; any
other joint act needs the clause to say it is shared ("joint", "mutual", "each other"):
"Peru and Chile agreed to send troops" is a pledge made side by side, to no one named. Words
in ``data/commitments/pair_agreements.yaml``; the pair verbs are ``pair_verbs`` of
``story_promisees.yaml`` (grader37, seed 62 #17).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from pledgewatch.commitments.attribution import mention_for
from pledgewatch.commitments.clause_analysis import ClauseAnalysis
from pledgewatch.commitments.formality import country_of
from pledgewatch.commitments.joint_parties import STATELESS
from pledgewatch.commitments.lexicon import data_path
from pledgewatch.commitments.meeting_parties import mention_token, named_as_a_place
from pledgewatch.commitments.story_promisees import story_promisee_words
from pledgewatch.model import ActorMention
from pledgewatch.yaml_lists import read_word_yaml, word_list

PAIR_AGREEMENTS_FILE = "pair_agreements.yaml"


@dataclass(frozen=True, slots=True)
class PairAgreementWords:
    """The lists of ``pair_agreements.yaml``, the reciprocal phrases compiled."""

    joint_act_words: frozenset[str]
    reciprocal: re.Pattern[str] | None
    #: prepositions whose object is the act agreed ("agreed on joint patrols")
    act_prepositions: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=1)
def pair_agreement_words() -> PairAgreementWords:
    """The shipped lists."""
    path = data_path(PAIR_AGREEMENTS_FILE)
    data = read_word_yaml(path)
    phrases = word_list(data, "reciprocal_phrases", str(path))
    pattern = (
        re.compile(
            r"\b(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases) + r")\b"
        )
        if phrases
        else None
    )
    return PairAgreementWords(
        frozenset(word_list(data, "joint_act_words", str(path))),
        pattern,
        frozenset(word_list(data, "act_prepositions", str(path))),
    )


def joint_pair_partner(
    analysis: ClauseAnalysis, mentions: Sequence[ActorMention], promisor: str | None
) -> str | None:
    """The other state of the two-member subject of the pair verb of the promise's chain,
    when the promisor is one of them and the promised act is shared; else None."""
    own = country_of(promisor) if promisor else None
    if own is None:
        return None
    pair_verbs = story_promisee_words().pair_verbs
    verb = next((t for t in analysis.clause.chain if t.lemma_.lower() in pair_verbs), None)
    if verb is None:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1:
        return None
    members = [subjects[0], *subjects[0].conjuncts]
    if len(members) != 2 or not _shared(verb):
        return None
    countries = [_state(member, mentions) for member in members]
    if None in countries or own not in countries or countries[0] == countries[1]:
        return None
    other = members[1 - countries.index(own)]
    mention = mention_for(other, mentions)
    return mention.code if mention is not None else None


def _state(token: Token, mentions: Sequence[ActorMention]) -> str | None:
    """The country of the state a subject member names, or None (a place, no state)."""
    mention = mention_for(token, mentions)
    if mention is None or named_as_a_place(mention_token(token.doc, mention)):
        return None
    country = country_of(mention.code)
    return None if country is None or country in STATELESS else country


def _shared(verb: Token) -> bool:
    """The act agreed says it is the pair's together ("joint searches", "a pact to stop
    detaining each other's boats"): read in the promised act only, not in the pair verb's
    adjuncts ("agreed in a joint statement to cut tariffs", "with mutual funding" tell how or
    where they agreed, not what; mend22b)."""
    words = pair_agreement_words()
    scope = [t for act in _agreed_acts(verb) for t in act.subtree]
    if any(t.lower_ in words.joint_act_words for t in scope):
        return True
    text = " ".join(t.lower_ for t in scope)
    return words.reciprocal is not None and words.reciprocal.search(text) is not None


def _agreed_acts(verb: Token) -> list[Token]:
    """What the pair verb agrees on: its clause or infinitive, its object and the infinitive
    the parser hangs beside it ("signed a pact [to stop ...]"), or the object of its "on"/"to"
    ("agreed on joint patrols")."""
    acts = [
        c
        for c in verb.children
        if c.dep_ in ("xcomp", "ccomp", "dobj")
        or (c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
    ]
    prepositions = pair_agreement_words().act_prepositions
    return acts + [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in prepositions
        for g in c.children
        if g.dep_ == "pobj"
    ]
