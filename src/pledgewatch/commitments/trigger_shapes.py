"""What the shape of a trigger's clause says about the kind of commitment it is.

The grader reads a kind from the event's code and the strength cues; these predicates catch
the shapes that change it (RESULTS.md, "grading audit of the demo ledger", has the sentences
that led to them): an act others permit ("will be allowed to invest"), an aim told in the past
("the purpose was to confirm"), a "no comment" ("declined to give details"), a record summed
up ("made many offers"), an offer noun ("made an offer of talks"), a proposal one takes part in
("proposed talks with Seoul"), a participle of its own past ("a businessman detained in the
North"), what is wanted of others ("wants a peace treaty", "wants to be treated as"), an act
that is only speech ("will mention North Korea"), a threat of force ("will respond sternly to
any provocation"); and where a clause's words and voice come from (the antecedent of a
relative clause's object, the clause an infinitive of purpose serves). The word lists are in
``data/commitments/strength_cues.yaml``.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from pledgewatch.commitments.clause import climb_to_clause_head
from pledgewatch.commitments.clause_analysis import ClauseAnalysis, acting_mention
from pledgewatch.commitments.joint_parties import gathering_of_parties
from pledgewatch.commitments.strength import StrengthCues
from pledgewatch.events.dependency_roles import RELATIVE_PRONOUNS
from pledgewatch.model import ActorMention, Commitment


def past_aim(trigger: Token, cues: StrengthCues) -> bool:
    """The trigger is the infinitive complement of a past "be" whose subject is an aim
    noun ("the purpose was to confirm", "their goal was to force talks")."""
    be = trigger.head
    return (
        trigger.dep_ in ("xcomp", "attr", "ccomp")
        and be.lemma_ == "be"
        and be.tag_ == "VBD"
        and any(c.dep_ == "nsubj" and c.lemma_.lower() in cues.aim_nouns for c in be.children)
    )


def aim_of_a_past_act(trigger: Token, role: str) -> bool:
    """The event is the aim of an act already done ("Colonels from the two sides met for two
    days to prepare higher-level defense talks"): an infinitive of purpose (the coder's
    ``consequence`` role) on a past-tense verb tells why something was done, not what anyone
    undertook."""
    done = _purpose_infinitive_head(trigger, role)
    return (
        done is not None
        and done.tag_ == "VBD"
        and not any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in done.children)
    )


def aim_of_an_act_to_come(trigger: Token, role: str) -> bool:
    """The event is the aim of an act still to come ("will provide relief supplies to help
    the flood victims", "said it would launch a satellite to mark the birthday", "plans to
    launch a satellite to mark ..."): an infinitive of purpose (the coder's ``consequence``
    role) on a verb with a modal or under an intent ("to launch") tells what the pledged act
    is for; it is part of that act's pledge (graded on the act's own event), no pledge of its
    own. The grader applies it to pledges only: a demand the act is for ("will travel to
    Beijing to ask China ...") is still asked of someone."""
    done = _purpose_infinitive_head(trigger, role)
    if done is None or done.i == trigger.i or done.tag_ != "VB":
        return False
    return any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in done.children)


def _purpose_infinitive_head(trigger: Token, role: str) -> Token | None:
    """The verb whose aim the event is: the head of an infinitive of purpose ("met ... [to
    prepare]", "will provide ... [to help]") the coder marked ``consequence``; else None."""
    if role != "consequence" or trigger.dep_ not in ("advcl", "xcomp"):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return None
    return trigger.head


def declines_to_speak(trigger: Token, cues: StrengthCues) -> bool:
    """The refusal is one to speak ("declined to comment", "refused to give details")."""
    # the refusal verb's infinitive, or the trigger itself when it is that infinitive
    # ("declined to [comment]" is coded twice: 011 and the negated 010 of "comment")
    spoken = [c for c in trigger.children if c.dep_ == "xcomp"]
    if trigger.dep_ == "xcomp":
        spoken.append(trigger)
    return any(
        token.lemma_.lower() in cues.no_comment_verbs
        or any(c.dep_ == "dobj" and c.lower_ in cues.silence_objects for c in token.children)
        for token in spoken
    )


def generalised(trigger: Token, cues: StrengthCues) -> bool:
    """Whether the trigger's objects are all quantified plurals with no content ("made
    many offers and few lasting commitments")."""
    if trigger.pos_ == "NOUN":
        objects = [trigger]
    else:
        objects = [c for c in trigger.children if c.dep_ == "dobj"]
        objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
    quantifiers = cues.generic_quantifiers
    return bool(objects) and all(
        o.tag_ == "NNS"
        and any(c.dep_ in ("amod", "det") and c.lower_ in quantifiers for c in o.children)
        and not any(c.dep_ in ("prep", "acl", "relcl") for c in o.children)
        for o in objects
    )


def offer_noun(trigger: Token, cues: StrengthCues) -> bool:
    """Whether the trigger's direct object is an offer noun ("made an offer of talks"), not
    one the trigger answers ("accepted the offer": another made it)."""
    if trigger.lemma_.lower() in cues.answer_verbs:
        return False
    objects = {c.i for c in trigger.children if c.dep_ == "dobj"}
    if not objects:
        return False
    found = cues.kinds.find(trigger.sent, allowed=objects)
    return any(match.label == "offer" for match in found)


def permitted(trigger: Token, cues: StrengthCues) -> bool:
    """Whether the trigger is, or is the act under, a passive verb of permission ("will
    be allowed to invest", "was permitted to keep its reactor")."""
    verbs = cues.permission_verbs
    for token in (trigger, trigger.head if trigger.dep_ == "xcomp" else None):
        if (
            token is not None
            and token.lemma_.lower() in verbs
            and any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)
        ):
            return True
    return False


#: Relative pronouns that stand for the noun a relative clause hangs on as its object: the
#: event coder's relative pronouns but the subject "who".
RELATIVE_OBJECTS = RELATIVE_PRONOUNS - {"who"}


def relative_antecedent(head: Token) -> list[Token]:
    """The noun phrase a relative clause's object pronoun stands for ("the food aid [that
    Washington has promised]": what was promised is the food aid), without the clause."""
    if head.dep_ != "relcl" or not any(
        c.dep_ in ("dobj", "nsubjpass") and c.lower_ in RELATIVE_OBJECTS for c in head.children
    ):
        return []
    clause = {t.i for t in head.subtree}
    return sorted((t for t in head.head.subtree if t.i not in clause), key=lambda t: t.i)


def voiced_clause_head(head: Token) -> Token:
    """Where the reporting chain of a clause starts: an infinitive of purpose ("It said the
    United States will take steps [to improve relations]") has no voice of its own and is
    said by whoever says the clause it serves."""
    while (
        head.dep_ == "advcl"
        and head.head.i != head.i
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in head.children)
    ):
        head = climb_to_clause_head(head.head)[-1]
    return head


def proposes_own_part(analysis: ClauseAnalysis) -> bool:
    """Whether the offer verb of the clause ("propose", "offer") proposes something its subject
    takes part in (an object or an infinitive of its own: "proposed talks", "propose to hold
    talks") rather than another's act ("proposed that the South withdraw", "proposed Seoul
    withdraw")."""
    for token in analysis.clause.chain:
        if token.pos_ not in ("VERB", "AUX"):
            continue
        content = [c for c in token.children if c.dep_ in ("ccomp", "xcomp", "dobj")]
        if not content:
            continue
        return not any(
            (c.dep_ == "ccomp" or any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children))
            and not gathering_of_parties(c)
            for c in content
        )
    return False


def reduced_relative(trigger: Token) -> bool:
    """A past participle modifying a noun, with no auxiliary ("a businessman detained in the
    North"): its act is told as done, whatever the clause above it promises."""
    return (
        trigger.dep_ == "acl"
        and trigger.tag_ == "VBN"
        and not any(c.dep_ in ("aux", "auxpass") for c in trigger.children)
    )


def names_retaliation(analysis: ClauseAnalysis, cues: StrengthCues) -> bool:
    """The clause's own words name paying back ("would take retaliatory measures"), or a
    response in force ("will respond sternly to any further provocation")."""
    words = cues.threat_words
    core = analysis.clause.core_tokens()
    return any(t.lower_ in words or t.lemma_.lower() in words for t in core) or any(
        responds_in_force(t, cues) for t in core
    )


def responds_in_force(token: Token, cues: StrengthCues) -> bool:
    """A verb of responding with a manner word of force, a provocation as what it answers or
    force as what it answers with: "react strongly", "respond to any attack", "answer with
    tough measures"; not "respond positively" or "respond with aid"."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in cues.response_verbs:
        return False
    for child in token.children:
        if child.dep_ == "advmod" and child.lower_ in cues.force_manners:
            return True
        if child.dep_ != "prep":
            continue
        pobjs = [o for o in child.children if o.dep_ == "pobj"]
        objects = {o.lemma_.lower() for o in pobjs} | {o.lower_ for o in pobjs}
        if child.lower_ == "to" and objects & cues.provocation_nouns:
            return True
        if child.lower_ == "with" and objects & cues.force_nouns:
            return True  # "we will answer with tough measures, including an all-out war"
    return False


def only_speaks(trigger: Token, cues: StrengthCues) -> bool:
    """An act that is only speech, with no content of its own to grade ("will mention
    North Korea", "will speak at the UN"): a verb of saying that frames no clause."""
    speech = cues.speech_only_verbs
    if trigger.lemma_.lower() not in speech:
        # "is expected to mention": the light verb's infinitive is the act
        trigger = next((c for c in trigger.children if c.dep_ == "xcomp"), trigger)
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in speech:
        return False
    return not any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in trigger.children)


def desires_from_others(trigger: Token, cues: StrengthCues) -> bool:
    """A verb of wanting whose object is a thing to be given ("wants a peace treaty")
    or whose complement is another's act seen ("wants to see North Korea take steps"),
    not an act of the subject's own ("wants to resume the talks")."""
    if trigger.lemma_.lower() not in cues.desire_verbs:
        return False
    complements = [c for c in trigger.children if c.dep_ in ("xcomp", "ccomp")]
    if not complements:
        return any(c.dep_ == "dobj" for c in trigger.children)
    # "wants to see X take steps", or "wants to be treated as a nuclear state": the
    # passive infinitive is another's act on the subject
    return all(
        c.lemma_.lower() in cues.undergone_without_object
        or any(g.dep_ == "auxpass" for g in c.children)
        for c in complements
    )


#: Prepositions of time whose gerund is an act of its own, before or after the promised one.
SEQUENCE_PREPOSITIONS = frozenset({"before", "after", "since"})
#: Prepositions of concession: what the promise stands against is no topic of it ("will keep
#: supplying onions despite its export ban" promises no ban, stop 23).
CONCESSIVE_PREPOSITIONS = frozenset({"despite", "notwithstanding"})


def aftermath_words(tokens: list[Token], cues: StrengthCues) -> set[int]:
    """Indices of the words inside "the results of X", "the outcome of X": what an event left
    behind is studied or discussed, X is no topic of the pledge ("would study the results of
    the summit"). Also the words of an act put before or after the promised one by a
    preposition of time with a gerund ("will hold a national dialogue before setting a date
    for elections": the dialogue is promised, the elections are not, stop 19), and those of
    a concession ("despite its export ban", "in spite of the sanctions", stop 23)."""
    inside: set[int] = set()
    for token in tokens:
        if token.dep_ == "prep" and (
            token.lower_ in CONCESSIVE_PREPOSITIONS
            or (token.lower_ == "in" and any(c.lower_ == "spite" for c in token.children))
        ):
            inside |= {t.i for t in token.subtree}
            continue
        if (
            token.dep_ == "pcomp"
            and token.tag_ == "VBG"
            and token.head.lower_ in SEQUENCE_PREPOSITIONS
        ):
            inside |= {t.i for t in token.head.subtree}
            continue
        if token.lemma_.lower() not in cues.aftermath_nouns:
            continue
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                inside |= {t.i for t in prep.subtree}
    return inside


def undoes_a_freeze(
    commitment: Commitment, analysis: ClauseAnalysis, cues: StrengthCues, *, own_act_ahead: bool
) -> str | None:
    """The verb of a promise that restarts what a freeze or moratorium stops ("the North
    would readjust and restart the enrichment plant", "will resume nuclear tests"), or
    None; "resume the talks on a moratorium" (talks as the object) is no such verb.
    ``own_act_ahead``: the event is the restart itself, told as to come ("said it would
    restart the reactor", coded 150 future), graded a statement by its code; it undoes the
    freeze as a promise to restart does."""
    pledged = commitment.kind == "promise" or (commitment.kind == "statement" and own_act_ahead)
    if not pledged or commitment.topic not in cues.reversed_topics:
        return None
    for token in analysis.clause.core_tokens():
        if token.pos_ != "VERB" or token.lemma_.lower() not in cues.reversal_verbs:
            continue
        objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        if any(o.lemma_.lower() in cues.talk_nouns for o in objects):
            continue
        return token.text
    return None


def purpose_infinitive_words(head: Token) -> list[Token]:
    """The words of the subjectless infinitives hung on a clause's verb as adverbial clauses
    ("not in a situation to discuss the six-party talks"), which the clause's own words
    leave out as nested; also on the infinitive the verb takes ("is expected to press the
    North [to show that it is serious about denuclearization]", pass 22)."""
    verbs = [head]
    while len(verbs) < 4:
        below = next((c for c in verbs[-1].children if c.dep_ == "xcomp"), None)
        if below is None:
            break
        verbs.append(below)
    return [
        t
        for verb in verbs
        for child in verb.children
        if child.dep_ == "advcl"
        and child.tag_ == "VB"
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in child.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
        for t in child.subtree
    ]


def intent_without_content(trigger: Token, cues: StrengthCues) -> bool:
    """A noun of intent with no content of its own ("announced the decision after visiting
    the complex"): the decision was told elsewhere; no "to", "that", "on" or "of" follows.
    A light verb's object is read so too ("made the offer in private meetings")."""
    if trigger.pos_ == "VERB" and trigger.lemma_.lower() in cues.light_intent_verbs:
        objects = [c for c in trigger.children if c.dep_ == "dobj"]
        if len(objects) != 1 or any(c.dep_ in ("xcomp", "ccomp") for c in trigger.children):
            return False
        trigger = objects[0]
    if trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in cues.contentless_intent_nouns:
        return False
    return not any(
        c.dep_ in ("acl", "relcl", "ccomp", "xcomp")
        or (c.dep_ == "prep" and c.lower_ in ("on", "of", "to", "for", "about"))
        for c in trigger.children
    )


def named_in_anothers_act(
    trigger: Token, source: ActorMention | None, mentions: Sequence[ActorMention]
) -> bool:
    """A nominal event named as the object of another actor's verb: "Seoul dismisses the
    North's talks offer", "Seoul rejected Pyongyang's proposal". The verb's refusal (or its
    hedge) is Seoul's and is graded on Seoul's own event; the offer it names is still the
    North's."""
    if trigger.pos_ not in ("NOUN", "PROPN") or source is None:
        return False
    subjects = (
        next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        for verb in trigger.ancestors
        if verb.pos_ in ("VERB", "AUX")
    )
    # the first verb above with a subject ("offer" misread as a verb in a headline has none)
    subject = next((s for s in subjects if s is not None), None)
    if subject is None or subject.i <= trigger.i <= subject.right_edge.i:
        return False  # the nominal is (inside) the verb's own subject
    actor = acting_mention(subject, mentions)
    return actor is not None and actor.code[:3] != source.code[:3]
