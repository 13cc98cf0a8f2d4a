"""Who a refusal or an acceptance of another's offer is addressed to: the offer's maker.

"Seoul dismisses North's talks offer", "Tokyo rejected the proposal from Beijing": the one
refused is the maker of the offer, named as the offer noun's possessor or by its "from" or
"by", though the event coder gives the refusal no target. An offer named as one told before
("We cannot accept this offer") with no maker of its own is the offer the story told last with
its maker ("South Korea dismissed North Korea's offer of talks"). The offer nouns are
``offer_nouns``, the determiners ``told_before_determiners`` of ``second_readings.yaml``.

An acceptance (a promise whose verb is one of ``accepting_verbs``) is read the same way
(grader40). An offer told before that the story told as an act, not by the noun ("The United
States will provide relief supplies ... The government has accepted the offer"), is the
nearest earlier act of offering (``offering_verbs``) by another party: its subject made the
offer, and its objects give the offer's topic when the answer has none of its own. The act
must be one the event coder coded as an offer or a provision (a code under
``offering_act_codes``: "extended its sanctions", "sent two warships" offer nothing), in one
of the ``offering_act_sentences`` sentences before the answer's (mend23a): an act told far
back in the story is no longer "the offer".
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from spacy.tokens import Token

from pledgewatch.commitments.clause_analysis import ClauseAnalysis
from pledgewatch.commitments.formality import country_of
from pledgewatch.commitments.joint_parties import second_readings_data, second_readings_words
from pledgewatch.commitments.lexicon import data_path
from pledgewatch.commitments.mention_codes import code_at
from pledgewatch.commitments.topics import FALLBACK_TOPIC, TopicTaxonomy
from pledgewatch.events.types import EventFinding
from pledgewatch.model import ActorMention, Commitment
from pledgewatch.yaml_lists import whole_number

#: Prepositions of an offer noun that name its maker ("the proposal from Beijing").
_MAKER_PREPOSITIONS = ("from", "by")


def address_to_offer_maker(
    commitment: Commitment,
    analysis: ClauseAnalysis,
    mentions: Sequence[ActorMention],
    taxonomy: TopicTaxonomy | None = None,
    offering_acts: Collection[int] = (),
) -> None:
    """Set the promisee of a refusal or an acceptance of another's offer, with no promisee
    yet, to the offer's maker (in place, with its reason in ``why``); an acceptance of an
    offer told as an act takes that act's topic too, when it has none (``taxonomy``).
    ``offering_acts``: the token indices of the story's triggers coded as offers or
    provisions (:func:`offering_triggers`), the only acts an offer told before can be."""
    if commitment.promisee:
        return
    head = analysis.clause.head
    if commitment.kind == "refusal":
        answer = "refused"
    elif commitment.kind == "promise" and (
        head.lemma_.lower() in second_readings_words("accepting_verbs")
    ):
        answer = "accepted"
    else:
        return
    offers = second_readings_words("offer_nouns")
    for obj in (c for c in head.children if c.dep_ == "dobj"):
        if obj.lemma_.lower() not in offers:
            continue
        for maker in _makers(obj) or _makers_told_before(obj):
            code = code_at(maker, mentions)
            if code and country_of(code) != country_of(commitment.promisor):
                commitment.why.append(f"promisee: {maker.text!r} made the {obj.lower_} {answer}")
                commitment.promisee = code
                return
        if answer == "accepted":
            _answer_offering_told_before(commitment, obj, mentions, taxonomy, offering_acts)
            return


def _answer_offering_told_before(
    commitment: Commitment,
    offer: Token,
    mentions: Sequence[ActorMention],
    taxonomy: TopicTaxonomy | None,
    offering_acts: Collection[int],
) -> None:
    """The maker (and topic) of the nearest earlier act of offering by another party, for an
    offer named as one told before with no earlier noun naming its maker."""
    marks = second_readings_words("told_before_determiners")
    if not any(c.dep_ == "det" and c.lower_ in marks for c in offer.children):
        return
    verbs = second_readings_words("offering_verbs")
    reach = whole_number(
        second_readings_data(), "offering_act_sentences", 5, str(data_path("second_readings.yaml"))
    )
    before = [s for s in offer.doc.sents if s.start < offer.sent.start][-reach:] if reach else []
    start = before[0].start if before else offer.sent.start
    for token in reversed(offer.doc[start : offer.sent.start]):
        if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in verbs:
            continue
        if token.i not in offering_acts:
            continue  # "extended its sanctions", "sent warships": no offer the coder saw
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        code = next((c for s in subjects if (c := code_at(s, mentions))), None)
        if not code or country_of(code) == country_of(commitment.promisor):
            continue
        commitment.why.append(f"promisee: {code} offered it ({token.text!r}), the {offer.lower_}")
        commitment.promisee = code
        if taxonomy is not None and commitment.topic == FALLBACK_TOPIC:
            objects = [t for c in token.children if c.dep_ == "dobj" for t in c.subtree]
            found = taxonomy.match(objects)
            if found:
                commitment.topic, commitment.topic_text = found[0].topic, found[0].text
                commitment.why.append(f"topic {found[0].topic}: the {offer.lower_} accepted")
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


def _makers_told_before(offer: Token) -> list[Token]:
    """The makers of the same offer noun in the story's last earlier sentence that names
    them, when ``offer`` is named as one told before ("this offer", "the proposal")."""
    marks = second_readings_words("told_before_determiners")
    if not any(c.dep_ == "det" and c.lower_ in marks for c in offer.children):
        return []
    earlier = [t for t in offer.doc[: offer.sent.start] if t.lemma_.lower() == offer.lemma_.lower()]
    for told in reversed(earlier):
        makers = _makers(told)
        if makers:
            return makers
    return []


def offering_triggers(findings: Sequence[EventFinding]) -> frozenset[int]:
    """The token indices of the triggers of ``findings`` (one story) coded as an offer or a
    provision: a CAMEO code under one of ``offering_act_codes``."""
    prefixes = tuple(second_readings_words("offering_act_codes"))
    return frozenset(
        f.trigger.i for f in findings if prefixes and f.event.cameo.startswith(prefixes)
    )
