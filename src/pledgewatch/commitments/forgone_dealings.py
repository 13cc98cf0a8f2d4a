"""An undertaking not to deal with a third party, given to the one who asked: a promise.

"Peru urged Chile to cut its military ties with Bolivia. ... Chile would not buy weapons from
Bolivia": the strength cues read "'not' negates 'buy'" as a refusal and the event coder's target,
the seller, became the one refused. But a refusal refuses something asked of or offered to the
promisor, and Bolivia asked nothing: Peru asked Chile to act on its ties with Bolivia, and the
answer is Chile's undertaking to Peru (as "pledged not to buy" and "would not attack" are
promises). :func:`promise_forgone_dealings` reads such a refusal as a promise of restraint made to
the asker, when:

- the refused act is a dealing verb (``dealing_verbs`` of ``second_readings.yaml``: buy, sell,
  trade, ...) negated with a modal (to come: "did not buy" tells a past fact);
- the party dealt with is named after one of ``dealing_prepositions`` ("from Bolivia");
- an earlier finding of the story (or of the same sentence) is a demand on the promisor's
  country by another state, whose asked act names that same party ("cut its ties with Bolivia").

"Bolivia offered Chile gas. Chile said it would not buy gas from Bolivia" has no such asker: it
stays a refusal of the offer. Read once every finding of a document is graded (grader43).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from pledgewatch.commitments.formality import country_of
from pledgewatch.commitments.joint_parties import second_readings_words
from pledgewatch.commitments.mention_codes import code_at
from pledgewatch.commitments.strength import strength_without_refusal
from pledgewatch.events.types import EventFinding
from pledgewatch.model import ActorMention


def promise_forgone_dealings(
    findings: Sequence[EventFinding], mentions: Sequence[ActorMention]
) -> None:
    """Turn each refusal that forgoes dealing with a party another state asked the promisor to
    act on into a promise of restraint to that state (in place, with its reason in ``why``)."""
    for finding in findings:
        commitment = finding.event.commitment
        if commitment is None or commitment.kind != "refusal" or not commitment.promisor:
            continue
        own = country_of(commitment.promisor)
        dealt = _party_dealt_with(finding.trigger, mentions)
        if own is None or dealt is None or dealt == own:
            continue
        asker = _asker(finding, findings, mentions, own, dealt)
        if asker is None:
            continue
        commitment.kind = "promise"
        commitment.strength = strength_without_refusal(commitment)
        commitment.promisee = asker
        commitment.why.append(
            f"promise of restraint: not to {finding.trigger.lemma_} with {dealt}, "
            f"given to {asker}, who asked about those ties; nothing {dealt} asked is refused"
        )


def _party_dealt_with(verb: Token, mentions: Sequence[ActorMention]) -> str | None:
    """The country after the dealing verb's preposition ("buy weapons from Bolivia"), when the
    verb is negated and has a modal; else None."""
    if verb.lemma_.lower() not in second_readings_words("dealing_verbs"):
        return None
    children = list(verb.children)
    if not any(c.dep_ == "neg" for c in children):
        return None
    if not any(c.dep_ == "aux" and c.tag_ == "MD" for c in children):
        return None
    prepositions = second_readings_words("dealing_prepositions")
    # "buy weapons [from Bolivia]": the parser may hang the phrase on the thing bought
    holders = [verb, *(c for c in children if c.dep_ == "dobj")]
    preps = [c for h in holders for c in h.children if c.dep_ == "prep"]
    for prep in (c for c in preps if c.lower_ in prepositions):
        for noun in (o for o in prep.children if o.dep_ == "pobj"):
            code = code_at(noun, mentions)
            country = country_of(code) if code is not None else None
            if country is not None:
                return country
    return None


def _asker(
    finding: EventFinding,
    findings: Sequence[EventFinding],
    mentions: Sequence[ActorMention],
    own: str,
    dealt: str,
) -> str | None:
    """The demander of the nearest demand before ``finding`` made of the promisor's country by
    another state (not the party dealt with), whose asked act names the party dealt with."""
    asker = None
    for other in findings:
        demand = other.event.commitment
        if other is finding or demand is None or demand.kind != "demand":
            continue
        if other.trigger.i > finding.trigger.i or not demand.promisor:
            continue
        if country_of(demand.promisee) != own:
            continue
        if country_of(demand.promisor) in (None, own, dealt):
            continue
        asked = {t.i for t in other.trigger.subtree}
        if any(
            m.start in asked and country_of(m.code) == dealt and m.start > other.trigger.i
            for m in mentions
        ):
            asker = demand.promisor
    return asker
