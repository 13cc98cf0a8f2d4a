"""Who a refusal answers when the story's lead tells a body's measure against the refuser.

"The Council imposed a fourth round of sanctions on Bolivia over its nuclear program. ...
Bolivia's envoy said his country would not stop enriching uranium": the refusal, with no
party named in its sentence, answers the measure the story is about, so its promisee is the
one who took the measure (the seed-64 grading audit #19, grader40). The measure is read in the
story's lead (``measure_lead_sentences`` of ``second_readings.yaml``): a verb of taking a
measure (``measure_verbs``) whose object is a measure (``measure_nouns``), whose subject is
an actor of another country, and whose phrase names the refuser's country as the one the
measure is on or against (``measure_target_prepositions``: "on Bolivia"), not one it is for
("a measure on debt relief for Bolivia", mend23a).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from pledgewatch.commitments.formality import country_of
from pledgewatch.commitments.joint_parties import second_readings_data, second_readings_words
from pledgewatch.commitments.lexicon import data_path
from pledgewatch.commitments.mention_codes import code_at
from pledgewatch.model import ActorMention, Commitment
from pledgewatch.yaml_lists import whole_number


def address_to_measure_taker(
    commitment: Commitment, trigger: Token, mentions: Sequence[ActorMention]
) -> None:
    """Set the promisee of a refusal with none yet to the taker of the measure against the
    refuser that the story's lead tells (in place, with its reason in ``why``)."""
    refuser = country_of(commitment.promisor)
    if commitment.kind != "refusal" or commitment.promisee or refuser is None:
        return
    reach = whole_number(
        second_readings_data(), "measure_lead_sentences", 2, str(data_path("second_readings.yaml"))
    )
    lead = list(trigger.doc.sents)[:reach]
    if any(s.start == trigger.sent.start for s in lead):
        return  # the lead's own refusal: its parties are its own sentence's
    verbs = second_readings_words("measure_verbs")
    nouns = second_readings_words("measure_nouns")
    for sentence in lead:
        for verb in sentence:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
                continue
            if not any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in verb.children):
                continue
            taker = next(
                (
                    code
                    for c in verb.children
                    if c.dep_ == "nsubj"
                    for t in c.subtree
                    if (code := code_at(t, mentions))
                ),
                None,
            )
            if taker is None or country_of(taker) == refuser:
                continue
            named = {
                country_of(code_at(t, mentions))
                for c in verb.children
                if c.dep_ in ("dobj", "prep", "dative")
                for t in c.subtree
                if _measure_target(t)
            }
            if refuser in named:
                commitment.why.append(
                    f"promisee: {taker} {verb.text} the {_noun(verb)} the refusal answers"
                )
                commitment.promisee = taker
                return


def _measure_target(token: Token) -> bool:
    """``token`` is the object of a preposition naming whom a measure is on ("on Bolivia",
    "against Chad and Bolivia")."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in second_readings_words(
        "measure_target_prepositions"
    )


def _noun(verb: Token) -> str:
    return next((c.text for c in verb.children if c.dep_ == "dobj"), "measure")
