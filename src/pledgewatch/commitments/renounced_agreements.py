"""A refusal that renounces an agreement "with X" is made to X.

"Bolivia said it was no longer bound by its agreement with Peru to suspend nuclear tests": what
Bolivia refuses is its side of a deal with Peru, so the refusal is addressed to Peru, the other
party the sentence names, though the event coder's act ("bound") has no target (grading audit
seed 67 #16, grader43). The agreement nouns are ``agreement_nouns`` of
``story_promisees.yaml``; the one partner is the state after their "with" ("its accord with Peru
and Chile" names two and gives none).
"""

from __future__ import annotations

from collections.abc import Sequence

from pledgewatch.commitments.clause_analysis import ClauseAnalysis
from pledgewatch.commitments.formality import country_of
from pledgewatch.commitments.mention_codes import code_at
from pledgewatch.commitments.story_promisees import story_promisee_words
from pledgewatch.model import ActorMention, Commitment


def address_to_agreement_partner(
    commitment: Commitment, analysis: ClauseAnalysis, mentions: Sequence[ActorMention]
) -> None:
    """Set a refusal's missing promisee to the one state its renounced agreement is "with"
    (in place, with its reason in ``why``)."""
    if commitment.kind != "refusal" or commitment.promisee or not commitment.promisor:
        return
    own = country_of(commitment.promisor)
    nouns = story_promisee_words().agreement_nouns
    head = analysis.clause.head
    partners: list[str] = []
    for noun in (t for t in head.subtree if t.lower_ in nouns and t.pos_ == "NOUN"):
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"):
            for obj in (o for o in prep.children if o.dep_ == "pobj"):
                for member in (obj, *obj.conjuncts):
                    code = code_at(member, mentions)
                    if code and country_of(code) not in (None, own):
                        partners.append(code)
    if len(set(partners)) != 1:
        return
    commitment.promisee = partners[0]
    commitment.why.append(f"promisee: {partners[0]}, the other party of the agreement renounced")
