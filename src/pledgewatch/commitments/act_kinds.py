"""The kind of one event's own act: promise, offer, demand, refusal, statement or none.

:func:`kind_of_the_act` reads an event's commitment kind from its CAMEO code and its clause
(a negated past act commits no one, a reciprocal row's object promised nothing, "urged ...
must" is another voice's demand, what one wants of others is a demand, a hostile act to come
is a threat, ...), each decision written to the reading's ``why``. The grader
(:class:`pledgewatch.commitments.grader.CommitmentGrader`) adds the aim of an act to come on
top. Moved out of ``grader.py`` unchanged (grader41) so that module stays under its size.
"""

from __future__ import annotations

from collections.abc import Sequence

from pledgewatch.commitments.clause import has_future, inside_question
from pledgewatch.commitments.clause_analysis import ClauseAnalysis
from pledgewatch.commitments.obligations import obligation_of_the_speaker, recommended
from pledgewatch.commitments.parties import source_is_an_object
from pledgewatch.commitments.pending_acts import pending_act
from pledgewatch.commitments.strength import StrengthCues, strength_without_refusal
from pledgewatch.commitments.trigger_shapes import (
    aim_of_a_past_act,
    declines_to_speak,
    desires_from_others,
    generalised,
    intent_without_content,
    named_in_anothers_act,
    names_retaliation,
    offer_noun,
    only_speaks,
    past_aim,
    permitted,
    proposes_own_part,
    reduced_relative,
)
from pledgewatch.events.lexicon import Lexicon
from pledgewatch.events.types import EventFinding
from pledgewatch.model import PLEDGE_KINDS, ActorMention
from pledgewatch.nlp.condition_clauses import inside_condition

#: CAMEO prefixes of statement events whose content decides the kind ("said it would ...").
CONTENT_DECIDES = ("01",)
#: ... except comments that are no frame for a promise: declining to comment (011), a
#: pessimistic comment (012: "would call into question"), a denial (016), sympathy (018)
CONTENT_NEVER_DECIDES = ("011", "012", "016", "018")
#: Event modalities that make any event a commitment when its clause has a firm cue.
FORWARD_MODALITIES = frozenset({"future", "hypothetical"})


def kind_of_the_act(
    cues: StrengthCues,
    finding: EventFinding,
    analysis: ClauseAnalysis,
    mentions: Sequence[ActorMention] = (),
) -> str | None:
    reading = analysis.reading
    cameo = finding.event.cameo or ""
    kind = cues.kind_for_cameo(cameo)
    if kind == "skip":
        kind = None
    if kind == "statement" and cameo.startswith("13") and reading.warned_to:
        # "North Korea warned the South to stop the drill" is coded a threat; a warning
        # with an act to do is a demand on the one warned (demand_needs_infinitive); "Kim
        # ordered his forces on standby to strike" stays the threat it is coded
        reading.why.append("a warning with an act to do: a demand")
        kind = "demand"
    if finding.event.modality == "negated" and (reading.past_fact or pending_act(finding)):
        # "Pyongyang never made such a pledge", "Seoul did not promise aid": a past act
        # that did not happen commits no one to anything; nor does one "yet to" happen
        reading.why.append("negated past act: no commitment")
        return None
    if kind == "refusal" and cameo[:2] == "12" and finding.event.modality == "negated":
        # "The military did not rule out an attack": a rejection negated refuses nothing
        reading.why.append("a negated rejection ('did not rule out'): no refusal")
        return "statement"
    if (kind == "refusal" or reading.refused) and named_in_anothers_act(
        finding.trigger, finding.source, mentions
    ):
        # the refusal is the other actor's (graded on its own event); what is named keeps
        # its own kind: "the North's talks offer" is the North's offer, else a statement
        reading.why.append("named in another actor's rejection: the refusal is theirs")
        reading.refusal_cues.clear()
        reading.strength = strength_without_refusal(reading)
        offered = reading.kind_cue == "offer" or offer_noun(finding.trigger, cues)
        return "offer" if offered else "statement"
    if source_is_an_object(finding):
        # "The United States will meet DPRK officials" is coded both ways; only the
        # subject promised to meet, the officials it will meet promised nothing
        reading.why.append("reciprocal event: its source is the verb's object")
        return None
    if (
        recommended(finding, analysis)
        and kind in (None, "statement", "promise", "offer", "refusal")
        and finding.trigger.pos_ not in ("NOUN", "PROPN")  # "the shelling": a past fact
        and not obligation_of_the_speaker(finding, analysis, mentions)
    ):
        # "the Ministry said the North must first take responsibility": another voice puts
        # the obligation on the actor; the actor promised nothing
        reading.why.append("recommended by another voice: a demand, not a promise")
        return "demand"
    if (
        finding.trigger.lemma_.lower() in cues.promise_verbs
        and kind in (None, "statement")
        and not cameo.startswith("13")  # "vowed retaliation": a threat vowed is a threat
    ):
        kind = "promise"  # "Kim promises a moratorium", whatever code the event got
        reading.why.append(f"promise verb {finding.trigger.text!r}")
    content_decides = kind is None or (
        kind == "statement"
        and cameo.startswith(CONTENT_DECIDES)
        and not cameo.startswith(CONTENT_NEVER_DECIDES)
    )
    if inside_question(finding.trigger):
        # "wanted to see whether North Korea was ready to take steps": asked, not promised
        reading.why.append(f"{finding.trigger.text!r} is inside an indirect question")
        return None if kind is None or kind in PLEDGE_KINDS else kind
    if inside_condition(finding.trigger):
        # "... would face consequences if it conducted a test", "if Pyongyang refuses
        # the monitors, ...": the act is the condition of someone else's warning or
        # promise, not a commitment of the actor's; a statement or demand stays one
        reading.why.append(f"{finding.trigger.text!r} is inside an if-clause")
        return None if kind is None or kind in PLEDGE_KINDS else kind
    if kind in (None, "statement", "promise") and desires_from_others(finding.trigger, cues):
        # "North Korea wants a peace treaty and an end to sanctions": what one wants to
        # be given is asked of others, no promise of one's own; "a regime that wants
        # attention" describes the regime, it asks nothing
        if finding.trigger.dep_ == "relcl":
            reading.why.append(f"{finding.trigger.text!r} describes, in a relative clause")
            return "statement"
        reading.why.append(f"{finding.trigger.text!r} wants something of others: a demand")
        return "demand"
    if kind in (None, "statement", *PLEDGE_KINDS) and past_aim(finding.trigger, cues):
        # "The government's purpose was to confirm the North's attitude": an aim told
        reading.why.append("a past aim explained ('X's purpose was to ...'): no promise")
        return "statement"
    if kind in (None, "statement", *PLEDGE_KINDS) and aim_of_a_past_act(
        finding.trigger, finding.role
    ):
        reading.why.append(f"{finding.trigger.text!r} is the aim of a past act: no promise")
        return "statement"
    if (kind == "refusal" or reading.refused) and declines_to_speak(finding.trigger, cues):
        # "declined to comment", "He declined to give details": no comment, nothing refused
        reading.why.append(f"{finding.trigger.text!r} declines to speak: no refusal")
        reading.refusal_cues.clear()
        reading.strength = "firm"
        return "statement"
    if kind in (*PLEDGE_KINDS, "demand") and intent_without_content(finding.trigger, cues):
        reading.why.append(f"{finding.trigger.text!r} is named without its content here")
        return "statement"
    if kind in ("promise", "offer") and generalised(finding.trigger, cues):
        # "North Korea has made many offers and few lasting commitments": a summary of
        # a record, no one promise
        reading.why.append("a quantified plural of promises with no content: a summary")
        return "statement"
    if kind in (None, "statement", "promise", "offer") and permitted(finding.trigger, cues):
        # "U.S. companies will be allowed to invest": the act is granted by someone else,
        # the companies promised nothing
        reading.why.append(f"{finding.trigger.text!r} is permitted by others, not promised")
        return "statement"
    # "Obama is expected to mention North Korea in his speech", "says it will judge North
    # Korea by actions": what one will say or judge promises nothing done ("will not
    # comment": nor does keeping quiet)
    speaker_act = analysis.clause.head if analysis.clause.descended else finding.trigger
    ahead = finding.event.modality in (*FORWARD_MODALITIES, "negated") or (
        analysis.clause.descended and has_future(analysis.clause)
    )
    if content_decides and ahead and not reading.refused and only_speaks(speaker_act, cues):
        reading.why.append(f"{speaker_act.text!r} only speaks or judges: nothing promised")
        return "statement"
    if content_decides and reduced_relative(finding.trigger):
        # "will raise the case of a businessman detained in the North": the participle
        # tells a past of its own (as the event's modality says), no one's commitment
        reading.why.append(f"{finding.trigger.text!r} is a participle of its own past")
        return None
    if content_decides:
        if reading.warning:  # "would not tolerate any provocation"
            return "statement"
        if reading.refused:
            return "refusal"
        if reading.kind_cue:
            return reading.kind_cue
        forward = bool(reading.firm_cues) or finding.event.modality in FORWARD_MODALITIES
        nominal = finding.trigger.pos_ in ("NOUN", "PROPN")  # "the North's attack"
        if forward and not nominal and (kind is None or has_future(analysis.clause)):
            # a threat needs a doer: "a launch would violate resolutions" threatens no one
            hostile = _announced_is_a_threat(cameo) or names_retaliation(analysis, cues)
            if hostile and finding.event.source is None:
                # "They (the measures) will hurt the North": a harm with no actor doing it
                reading.why.append(f"a harm to come (CAMEO {cameo}) with no doer: no promise")
                return "statement"
            if (
                hostile
                and finding.event.source
                and not (reading.restraint or finding.event.modality == "negated")
            ):
                # "We will carry out a nuclear test of a higher level": an intent to do
                # something hostile is a threat (CAMEO 13x), no promise to anyone
                reading.why.append(f"threat: a hostile act to come (CAMEO {cameo})")
                return "statement"
            return "promise"
        return kind
    if kind == "refusal" or (kind in ("promise", "offer") and reading.refused):
        return "refusal"
    if kind == "promise" and reading.kind_cue == "offer":
        return "offer"
    if kind == "promise" and offer_noun(finding.trigger, cues):
        # "North Korea made several offers of talks": the light verb's noun names an offer
        reading.why.append("offer noun as the object")
        return "offer"
    if kind == "demand" and finding.trigger.lemma_.lower() in cues.invitation_verbs:
        # "The United States has invited Kim Kye Gwan to New York for talks": the
        # inviter offers to host; what the invited does is up to them
        reading.why.append("offer: an invitation")
        return "offer"
    if kind == "demand" and reading.kind_cue == "offer" and proposes_own_part(analysis):
        # "Pyongyang proposed talks with Seoul", "We propose to hold talks": a proposal
        # the proposer takes part in is an offer; "proposed that the South withdraw" is a
        # demand on the South
        reading.why.append("offer: a proposal the proposer takes part in")
        return "offer"
    return kind


def _announced_is_a_threat(cameo: str) -> bool:
    """Is the announcement of an act of this code a threat, as the event lexicon composes an
    intent to do it (compose.tsv: intent + 14..20, protest to mass violence, = threaten)?"""
    return (Lexicon.default().compose("intent", cameo) or "").startswith("13")
