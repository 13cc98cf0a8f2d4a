"""Who a refusal or an acceptance of another's offer is addressed to: the offer's maker.

"Seoul dismisses North's talks offer", "Tokyo rejected the proposal from Beijing": the one
refused is the maker of the offer, named as the offer noun's possessor or by its "from" or
"by", though the event coder gives the refusal no target. The offer nouns are
``offer_nouns`` of ``second_readings.yaml``.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from pledgewatch.commitments.clause_analysis import ClauseAnalysis
from pledgewatch.commitments.formality import country_of
from pledgewatch.commitments.joint_parties import second_readings_words
from pledgewatch.model import ActorMention, Commitment

#: Prepositions of an offer noun that name its maker ("the proposal from Beijing").
_MAKER_PREPOSITIONS = ("from", "by")


def address_to_offer_maker(
    commitment: Commitment, analysis: ClauseAnalysis, mentions: Sequence[ActorMention]
) -> None:
    """Set the promisee of a refusal of another's offer, with no promisee yet, to the offer's
    maker (in place, with its reason in ``why``)."""
    if commitment.kind != "refusal" or commitment.promisee:
        return
    offers = second_readings_words("offer_nouns")
    for obj in (c for c in analysis.clause.head.children if c.dep_ == "dobj"):
        if obj.lemma_.lower() not in offers:
            continue
        for maker in _makers(obj):
            code = _code_of(maker, mentions)
            if code and country_of(code) != country_of(commitment.promisor):
                commitment.why.append(f"promisee: {maker.text!r} made the {obj.lower_} refused")
                commitment.promisee = code
                return


def _makers(offer: Token) -> list[Token]:
    """The words that may name the offer's maker: its possessor (or its compound's), its
    "from" or "by"."""
    # "North's talks offer": the parser hangs the possessor on the compound noun before
    found = [
        c
        for n in (offer, *(c for c in offer.children if c.dep_ == "compound"))
        for c in n.children
        if c.dep_ == "poss"
    ]
    for prep in offer.children:
        if prep.dep_ == "prep" and prep.lower_ in _MAKER_PREPOSITIONS:
            found += [o for o in prep.children if o.dep_ == "pobj"]
    return found


def _code_of(token: Token, mentions: Sequence[ActorMention]) -> str | None:
    """The actor code of the mention that holds ``token``."""
    for mention in mentions:
        if mention.start <= token.i < mention.end:
            return mention.code
    return None
