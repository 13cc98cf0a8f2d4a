"""A campaign of one's own for a measure is a pledge, not a demand on the forum it is fought in.

"U.S. officials said Washington would work for tougher sanctions at the United Nations": the
event coder codes an appeal to the U.N. (020), so the grader reads a demand on the U.N.; but what
is said is Washington's own undertaking (a pledge of diplomacy), and the ledger should file it
as the U.S.'s pledge on sanctions against the party they would hit (ledger audit 30; grading
audit seed 65 #25; grader41). :func:`read_own_campaign` turns such a demand into a promise whose
promisee is that party: a state the phrase names as the one the measure is on or against
("sanctions against Bolivia"), else the state the story names most. The words are in
``data/commitments/own_campaigns.yaml`` (verbs, prepositions) and ``second_readings.yaml``
(``measure_nouns``, ``measure_target_prepositions``); the verb looks ahead as a deadline's verb
does (:func:`~pledgewatch.commitments.conditions.looks_ahead`, ``deadline_cues.yaml``).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from pledgewatch.commitments.conditions import looks_ahead
from pledgewatch.commitments.deadline_phrases import load_deadline_words
from pledgewatch.commitments.formality import country_of
from pledgewatch.commitments.joint_parties import second_readings_words
from pledgewatch.commitments.lexicon import data_path
from pledgewatch.commitments.meeting_parties import story_party
from pledgewatch.commitments.mention_codes import code_at
from pledgewatch.model import ActorMention, Commitment
from pledgewatch.yaml_lists import word_sets

OWN_CAMPAIGNS_FILE = "own_campaigns.yaml"


@dataclass(frozen=True, slots=True)
class CampaignWords:
    """The lists of ``own_campaigns.yaml`` (lower case; verbs as lemmas)."""

    campaign_verbs: frozenset[str]
    campaign_prepositions: frozenset[str]


@functools.lru_cache(maxsize=1)
def campaign_words() -> CampaignWords:
    """The shipped lists, read once; a missing or malformed list is a :class:`ConfigError`."""
    return word_sets(CampaignWords, data_path(OWN_CAMPAIGNS_FILE))


def read_own_campaign(
    commitment: Commitment, trigger: Token, mentions: Sequence[ActorMention]
) -> None:
    """Make a demand whose act is the promisor's own campaign for a measure ("would work for
    tougher sanctions") a promise to the party the measure would hit (in place, with its reason
    in ``why``)."""
    own = country_of(commitment.promisor)
    if commitment.kind != "demand" or own is None:
        return
    if trigger.lemma_.lower() not in campaign_words().campaign_verbs:
        return
    if not looks_ahead(trigger, load_deadline_words()):
        return  # "pushed for sanctions", "would have worked for sanctions" tell what was done
    subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
    if not any(country_of(code_at(t, mentions)) == own for s in subjects for t in s.subtree):
        return  # the campaigner must be the promisor itself
    measure = _measure_campaigned_for(trigger)
    if measure is None:
        return
    target = _named_target(measure, mentions, own) or story_party(trigger.doc, mentions, own)
    commitment.why.append(
        f"promise: {trigger.text!r} for {measure.text!r} is {commitment.promisor}'s own "
        f"campaign, no demand on {commitment.promisee}"
    )
    commitment.kind = "promise"
    if target:
        commitment.why.append(f"promisee: {target}, whom the {measure.text} would hit")
    commitment.promisee = target


def _measure_campaigned_for(trigger: Token) -> Token | None:
    """The measure noun of the verb's "for" phrase ("work for tougher sanctions"), or None."""
    nouns = second_readings_words("measure_nouns")
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ not in campaign_words().campaign_prepositions:
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.lemma_.lower() in nouns:
                return noun
    return None


def _named_target(measure: Token, mentions: Sequence[ActorMention], own: str) -> str | None:
    """A state of another country the measure's phrase names as the one it is on or against
    ("sanctions against Bolivia")."""
    targets = second_readings_words("measure_target_prepositions")
    for prep in measure.children:
        if prep.dep_ != "prep" or prep.lower_ not in targets:
            continue
        for token in prep.subtree:
            code = code_at(token, mentions)
            if code and country_of(code) not in (None, own):
                return code
    return None
