"""The other side of a signed text or a jointly told agreement, and a venue that is no party.

The event coder gives a pledge the target of its own act; three shapes name the other party
only around that act, or name a party that is none (brief grader42, the seed-66 grading audit):

- a renounced text whose signers the story named: "The truce was signed in 1995 by the U.N.
  Command, Peru and Chile. ... Peru has declared the truce invalid": Peru renounces its
  undertaking to the first other signer (:func:`signer_of_the_text`); the signers' own
  promises in the signing sentence are made to each other the same way;
- an agreement told jointly by its two parties: "Peru has agreed to suspend the tests, Chile
  and Peru said": made to Chile (:func:`joint_announcer`);
- a gathering where a call was made, taken for the party asked: "used the forum to call for
  talks", "called at the ASEAN Regional Forum for talks" ask nothing of ASEAN
  (:func:`drop_a_venue`).

The words are those of ``agreement_sides.yaml``.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from pledgewatch.commitments.attribution import mention_for
from pledgewatch.commitments.clause_analysis import ClauseAnalysis
from pledgewatch.commitments.formality import country_of
from pledgewatch.commitments.lexicon import data_path
from pledgewatch.commitments.meeting_parties import mention_token
from pledgewatch.events.types import EventFinding
from pledgewatch.model import ActorMention, Commitment
from pledgewatch.yaml_lists import word_sets

AGREEMENT_SIDES_FILE = "agreement_sides.yaml"
#: Dependencies that tie a name to the noun of the phrase it stands in ("the ASEAN forum",
#: "the forum of ASEAN" through its preposition).
_NAME_DEPS = frozenset({"compound", "poss", "nmod", "amod", "pobj", "prep"})


@dataclass(frozen=True, slots=True)
class SideWords:
    """The lists of ``agreement_sides.yaml`` (lower-case lemmas)."""

    signing_verbs: frozenset[str]
    signed_text_nouns: frozenset[str]
    agreeing_verbs: frozenset[str]
    occasion_verbs: frozenset[str]
    venue_prepositions: frozenset[str]
    gathering_nouns: frozenset[str]


@functools.lru_cache(maxsize=1)
def side_words() -> SideWords:
    """The shipped lists; a missing or malformed list is a :class:`ConfigError`."""
    return word_sets(SideWords, data_path(AGREEMENT_SIDES_FILE))


def _party(token: Token, mentions: Sequence[ActorMention]) -> str | None:
    mention = mention_for(token, mentions)
    if mention is None or mention.code.startswith("---"):
        return None
    return mention.code


def _signers(verb: Token, mentions: Sequence[ActorMention]) -> list[str]:
    """The parties that signed at ``verb``, in order: the agent of "was signed by A, B and
    C", the subject of "A and B signed"."""
    heads = [c for c in verb.children if c.dep_ == "nsubj"]
    heads += [g for c in verb.children if c.dep_ == "agent" for g in c.children]
    codes: list[str] = []
    for head in heads:
        for token in (head, *head.conjuncts):
            code = _party(token, mentions)
            if code and code not in codes:
                codes.append(code)
    return codes


def _signed_text(verb: Token) -> Token | None:
    words = side_words()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words.signing_verbs:
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in ("nsubjpass", "dobj") and c.lemma_.lower() in words.signed_text_nouns
        ),
        None,
    )


def _first_other(signers: list[str], own: str) -> str | None:
    if not any(country_of(code) == own for code in signers):
        return None  # a text the promisor did not sign binds it to no one
    return next((code for code in signers if country_of(code) != own), None)


def signer_of_the_text(
    commitment: Commitment,
    analysis: ClauseAnalysis,
    mentions: Sequence[ActorMention],
    own: str,
    words: object,
    author: str | None,
) -> str | None:
    """The first other signer of the text a refusal renounces, as the story told its signing
    before ("was signed ... by the U.N. Command, Peru and Chile"), or of the text a signing
    sentence tells (the signers' promises); None when the promisor is no signer."""
    head = analysis.clause.head
    if commitment.kind == "promise":
        if _signed_text(head) is None:
            return None
        return _first_other(_signers(head, mentions), own)
    if commitment.kind != "refusal":
        return None
    sides = side_words()
    texts = {
        t.lemma_.lower()
        for t in analysis.clause.scope_tokens()
        if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in sides.signed_text_nouns
    }
    if not texts:
        return None
    for sent in reversed([s for s in head.doc.sents if s.end <= head.sent.start]):
        for verb in sent:
            text = _signed_text(verb)
            if text is not None and text.lemma_.lower() in texts:
                return _first_other(_signers(verb, mentions), own)
    return None


def joint_announcer(
    commitment: Commitment,
    analysis: ClauseAnalysis,
    mentions: Sequence[ActorMention],
    own: str,
    words: object,
    author: str | None,
) -> str | None:
    """ "Peru has agreed to suspend the tests, Chile and Peru said": Chile, the one other
    state among the joint speakers of an agreement that include the promisor."""
    if commitment.kind != "promise":
        return None
    head = analysis.clause.head
    agreeing = side_words().agreeing_verbs
    if not (
        head.lemma_.lower() in agreeing
        or (head.dep_ == "xcomp" and head.head.lemma_.lower() in agreeing)
    ):
        return None
    for level in analysis.attribution.levels:
        speaker = level.speaker_token
        if speaker is None or not speaker.conjuncts:
            continue
        codes = [_party(t, mentions) for t in (speaker, *speaker.conjuncts)]
        countries = {country_of(c) for c in codes if c}
        others = [c for c in codes if c and country_of(c) != own]
        if own in countries and len({country_of(c) for c in others}) == 1:
            return others[0]
    return None


def drop_a_venue(
    commitment: Commitment, finding: EventFinding, mentions: Sequence[ActorMention]
) -> None:
    """Clear a promisee named only as the gathering where the call or pledge was made ("used
    the forum to call for ...", "called at the ASEAN Regional Forum for ...")."""
    code = commitment.promisee
    if not code:
        return
    sent = finding.trigger.sent
    named = [m for m in mentions if m.code == code and sent.start <= m.start < sent.end]
    if not named or not all(_a_venue(mention_token(sent.doc, m), finding.trigger) for m in named):
        return
    commitment.promisee = None
    commitment.why.append(f"promisee: {code} is only the gathering where it was said")


def _a_venue(name: Token, trigger: Token) -> bool:
    words = side_words()
    phrase = name
    # up from the name to the noun of its phrase: "ASEAN" in "the ASEAN forum", "the
    # African Union" in "the meeting of the African Union"
    while phrase.dep_ in _NAME_DEPS and phrase.head.pos_ in ("NOUN", "PROPN", "ADP"):
        if phrase.lemma_.lower() in words.gathering_nouns:
            break
        phrase = phrase.head
    if phrase.lemma_.lower() not in words.gathering_nouns:
        return False
    verb = phrase.head
    if phrase.dep_ == "dobj" and verb.lemma_.lower() in words.occasion_verbs:
        # "used the forum to call for ...": the call is the verb's purpose (the trigger is
        # the call, or the light verb "used" itself coded with it)
        purpose = any(c.dep_ in ("xcomp", "advcl") for c in verb.children)
        return purpose and (trigger.i == verb.i or verb.is_ancestor(trigger))
    if phrase.dep_ == "pobj" and verb.lower_ in words.venue_prepositions:
        # "called at the forum for ...": a place or occasion of the trigger's own verb
        return verb.head.i == trigger.i
    return False
