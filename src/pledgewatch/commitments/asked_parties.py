"""Who a commitment binds to whom, read once more when it is graded, and demands that are none.

The event coder's target is the first actor of the clause's objects, which is not always the
one asked or promised to:

- "At the request of the U.S., the DPRK agreed to ...": the request noun's "of X" asks, and the
  one asked is the subject of the act the phrase hangs on; that act is done for X.
- "It requires states to inspect cargo from North Korea": the object of an obliging verb before
  its infinitive ("states") is the one asked; a country inside the infinitive's own object is
  not. A resolution's (or another written text's) own words are formal.
- No one is its own promisee: a promisee that is the promisor's own country (or the promisor)
  is dropped, whatever the kind ("the North would restart the plant", a refusal, bound PRK to
  PRK).
- "because China's silence encourages the regime": a causal clause gives a reason, it demands
  nothing (unless a demand verb tells a demand in it).
- "Obama ordered a freeze of Syrian government assets", "ordered troops to the border": an
  order given to one's own government is the orderer's own act or measure, no demand of the
  country named inside it.
- "The president ordered a commission to cut ties with Qatar": an order to one's own organ that
  the event coder composed into the orderer's act (``command_own_body``, coded 161, not 10x)
  is graded from that act: no demand, the act's target its promisee (mend23a).

The word lists are in ``second_readings.yaml`` (grader29).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from pledgewatch.commitments.clause_analysis import ClauseAnalysis
from pledgewatch.commitments.formality import FormalityCues, country_of, names_formal_text
from pledgewatch.commitments.joint_parties import second_readings_words
from pledgewatch.commitments.mention_codes import code_at
from pledgewatch.commitments.released_persons import no_promisee_in_the_released
from pledgewatch.events.lexicon import Lexicon
from pledgewatch.events.ordered_bodies import own_organ_ordered
from pledgewatch.events.types import EventFinding
from pledgewatch.model import ActorMention, Commitment

#: Event modalities of an act still to come (as the grader's): an order to come is a pledge.
_FORWARD_MODALITIES = frozenset({"future", "hypothetical"})
#: CAMEO root of a demand: an order still coded as one was not composed into the act.
_DEMAND_PREFIX = "10"
#: Dependencies of the infinitive an obliging verb governs ("requires states to inspect").
_INFINITIVE_DEPS = ("xcomp", "ccomp", "advcl")
#: Pronouns that stand for an actor the mentions may not hold.
_PRONOUNS = frozenset({"it", "they", "them", "he", "she", "him", "her", "us", "we", "you"})


def read_asked_parties(
    commitment: Commitment,
    finding: EventFinding,
    analysis: ClauseAnalysis,
    mentions: Sequence[ActorMention],
    formality_cues: FormalityCues,
) -> None:
    """Apply this module's readings to ``commitment`` in place, each with its reason in
    ``why``."""
    _no_demand_in_a_reason(commitment, finding, analysis)
    _own_order(commitment, finding, mentions)
    _asked_at_request(commitment, finding, mentions)
    _obliged_object(commitment, finding, mentions)
    _text_of_its_own(commitment, analysis, formality_cues)
    no_promisee_in_the_released(commitment, finding)  # "called for the release of prisoners"
    _no_self_promisee(commitment)


def _no_self_promisee(commitment: Commitment) -> None:
    promisor, promisee = commitment.promisor, commitment.promisee
    if not promisor or not promisee:
        return
    if promisee == promisor or promisee == country_of(promisor):
        commitment.why.append(f"promisee: {promisee} is the promisor's own side, no promisee")
        commitment.promisee = None


def _no_demand_in_a_reason(
    commitment: Commitment, finding: EventFinding, analysis: ClauseAnalysis
) -> None:
    if commitment.kind != "demand" or analysis.reading.kind_cue == "demand":
        return
    marks = second_readings_words("causal_marks")
    token: Token | None = finding.trigger
    while token is not None and token.dep_ != "ROOT":
        if token.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in marks for c in token.children
        ):
            mark = next(c for c in token.children if c.dep_ == "mark" and c.lower_ in marks)
            commitment.why.append(f"statement: {mark.text!r} gives a reason, no demand")
            commitment.kind = "statement"
            commitment.promisee = None  # no one is asked
            return
        token = token.head if token.head is not token else None


def _own_order(
    commitment: Commitment, finding: EventFinding, mentions: Sequence[ActorMention]
) -> None:
    trigger = finding.trigger
    if commitment.kind != "demand" or trigger.lemma_.lower() not in second_readings_words(
        "order_verbs"
    ):
        return
    if _own_body_order(commitment, finding):
        return
    own = country_of(commitment.promisor)
    if own is None:
        return
    for obj in (c for c in trigger.children if c.dep_ == "dobj"):
        lemma = obj.lemma_.lower()
        if lemma in second_readings_words("own_measure_nouns"):
            why = f"{trigger.text!r} {obj.text!r}: the orderer's own measure, no demand"
        elif lemma in second_readings_words("own_agent_nouns") and all(
            country_of(m.code) in (own, None)
            for m in mentions
            if obj.left_edge.i <= m.start <= obj.i
        ):
            why = f"{trigger.text!r} its own {obj.text!r}: the orderer's own act, no demand"
        else:
            continue
        commitment.why.append(f"statement: {why}")
        ahead = finding.event.modality in _FORWARD_MODALITIES
        commitment.kind = "promise" if ahead else "statement"
        commitment.promisee = None
        return


def _own_body_order(commitment: Commitment, finding: EventFinding) -> bool:
    """Grade an order to the orderer's own organ, which the event coder composed into the
    orderer's act (its code no demand's), as that act (in place); True when it was one."""
    cameo = finding.event.cameo or ""
    if cameo.startswith(_DEMAND_PREFIX) or not own_organ_ordered(
        finding.trigger, Lexicon.default()
    ):
        return False
    ahead = finding.event.modality in _FORWARD_MODALITIES
    commitment.kind = "promise" if ahead else "statement"
    target = finding.target.code if finding.target else finding.event.target
    own = country_of(commitment.promisor)
    commitment.promisee = target if target and country_of(target) != own else None
    commitment.why.append(
        f"{commitment.kind}: {finding.trigger.text!r} its own organ, composed into the act"
        f" (CAMEO {cameo}), no demand"
    )
    return True


def _request_phrase(trigger: Token) -> tuple[Token, Token] | None:
    """The request noun's "of X" (or possessor) and the verb its phrase hangs on."""
    if trigger.lemma_.lower() not in second_readings_words("request_nouns"):
        return None
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    act = prep.head
    if act.dep_ in ("dobj", "dative") and act.pos_ in ("NOUN", "PROPN"):
        # "granted him an amnesty at Peru's request": the parser hangs the phrase on the thing
        # given; the act done at the request is the verb that gives it (grader43, seed 67 #5)
        act = act.head
    if act.pos_ not in ("VERB", "AUX"):
        return None
    askers = [c for c in trigger.children if c.dep_ == "poss"]
    for of in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of"):
        askers += [o for o in of.children if o.dep_ == "pobj"]
    if not askers:
        return None
    return askers[0], act


def _asked_at_request(
    commitment: Commitment, finding: EventFinding, mentions: Sequence[ActorMention]
) -> None:
    trigger = finding.trigger
    found = _request_phrase(trigger)
    if found is not None and commitment.kind == "demand" and not commitment.promisee:
        asker, act = found
        subjects = [c for c in act.children if c.dep_ in ("nsubj", "nsubjpass")]
        asked = code_at(subjects[0], mentions) if subjects else None
        if asked and country_of(asked) != country_of(commitment.promisor):
            commitment.why.append(
                f"promisee: {asker.text!r} asked {subjects[0].text!r}, who {act.text!r}"
            )
            commitment.promisee = asked
        return
    if commitment.kind not in ("promise", "offer", "refusal") or commitment.promisee:
        return
    # the act done at another's request is done for the one who asked
    for prep in (c for c in trigger.children if c.dep_ == "prep"):
        for noun in (o for o in prep.children if o.dep_ == "pobj"):
            phrase = _request_phrase(noun)
            asker_code = code_at(phrase[0], mentions) if phrase else None
            if asker_code and country_of(asker_code) != country_of(commitment.promisor):
                commitment.why.append(f"promisee: done at the {noun.lower_} of {asker_code}")
                commitment.promisee = asker_code
                return


def _obliged_object(
    commitment: Commitment, finding: EventFinding, mentions: Sequence[ActorMention]
) -> None:
    trigger = finding.trigger
    if commitment.kind != "demand" or not commitment.promisee:
        return
    if trigger.lemma_.lower() not in second_readings_words("obliging_verbs"):
        return
    infinitives = [
        c
        for c in trigger.children
        if c.dep_ in _INFINITIVE_DEPS
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]
    if not infinitives:
        return
    preps = second_readings_words("obliging_prepositions")
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ in preps):
        objects += [o for o in prep.children if o.dep_ == "pobj"]
    objects += [c for inf in infinitives for c in inf.children if c.dep_ == "nsubj"]
    if not objects or objects[0].lower_ in _PRONOUNS:
        return
    obj = objects[0]
    asked = code_at(obj, mentions)
    if asked == commitment.promisee:
        return
    inside = {t.i for inf in infinitives for t in inf.subtree} - {t.i for t in obj.subtree}
    held = [m for m in mentions if m.code == commitment.promisee and m.start in inside]
    if not held:
        return
    commitment.why.append(
        f"promisee: {obj.text!r} is the one asked to {infinitives[0].text!r}, "
        f"not {commitment.promisee} inside what it is asked to do"
    )
    commitment.promisee = asked


def _text_of_its_own(commitment: Commitment, analysis: ClauseAnalysis, cues: FormalityCues) -> None:
    """ "The resolution requires states to ...", "Resolution 2094 targets ... . It requires
    ...": a written text speaking for itself is formal, not the reporter's account."""
    if commitment.kind != "demand" or commitment.formality in ("formal",):
        return
    subject = analysis.clause.subject
    if subject is None or analysis.clause.head.dep_ != "ROOT":
        return
    words = [t for t in subject.subtree if t.i <= subject.i]
    text = names_formal_text(words, cues)
    if text is None and subject.lower_ == "it" and subject.sent.start > 0:
        before = subject.doc[subject.sent.start - 1].sent
        for token in (t for t in before if t.head.dep_ == "ROOT" and t.dep_ == "nsubj"):
            text = names_formal_text([t for t in token.subtree if t.i <= token.i], cues)
            if text:
                break
    if text:
        commitment.why.append(f"formality formal: the text's own words ({text!r})")
        commitment.formality = "formal"
