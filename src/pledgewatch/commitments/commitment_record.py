"""Build the :class:`~pledgewatch.model.Commitment` record of an event whose kind is decided.

:meth:`pledgewatch.commitments.grader.CommitmentGrader.grade` decides the kind; this module
fills in the rest from the clause analysis: promisor and promisee (a speech verb's reported
act, an inspection's host; the one a relayed promise was made to, the one blaming a refusal, a
joint act's partner: grader37; the state recalling a promise, the body whose text is refused:
grader38; the subject a passive report raises: grader39), formality, speaker (the one
relaying a promise made to them), topic, attribution chain and strength. Its first party is
left unread: a demand's asker is settled afterwards
(:mod:`~pledgewatch.commitments.obligations`), and the first party is read once after that
(:mod:`~pledgewatch.commitments.first_party`). Moved out of grader.py whole (grader26).
"""

from __future__ import annotations

from collections.abc import Sequence

from pledgewatch.commitments.aid_guarantees import guarantor_of_aid
from pledgewatch.commitments.attribution import ReportingCues
from pledgewatch.commitments.blamed_refusals import blamer_of_refusal
from pledgewatch.commitments.clause_analysis import ClauseAnalysis
from pledgewatch.commitments.formality import (
    FormalityCues,
    FormalityReading,
    country_of,
    grade_formality,
)
from pledgewatch.commitments.generic_keys import generic_key
from pledgewatch.commitments.named_bodies import (
    body_of_the_text,
    pronoun_speaker_named_before,
    speaker_named_before,
)
from pledgewatch.commitments.pair_agreements import joint_pair_partner
from pledgewatch.commitments.parties import (
    host_of_access,
    promisee_object,
    promisor_of,
    target_taken_for_doer,
)
from pledgewatch.commitments.promised_text import verb_group
from pledgewatch.commitments.raised_subjects import raised_promisor
from pledgewatch.commitments.relayed_promises import (
    hearer_promisee,
    party_made_to,
    recaller_promisee,
    relayed_speaker,
)
from pledgewatch.commitments.strength import StrengthCues
from pledgewatch.commitments.topics import FALLBACK_TOPIC, TopicTaxonomy
from pledgewatch.events.types import DocContext, EventFinding
from pledgewatch.model import ActorMention, Commitment


def build_commitment(
    finding: EventFinding,
    ctx: DocContext,
    mentions: Sequence[ActorMention],
    analysis: ClauseAnalysis,
    kind: str,
    strength_cues: StrengthCues,
    reporting_cues: ReportingCues,
    formality_cues: FormalityCues,
    taxonomy: TopicTaxonomy | None = None,
) -> tuple[Commitment, FormalityReading]:
    """The commitment, its first party unread (:meth:`CommitmentGrader.grade` reads it once the
    promisor is final), and the formality read. ``taxonomy`` is the grader's, for the site an
    inspection names (the shipped one when None)."""
    reading, attribution = analysis.reading, analysis.attribution
    why = [f"kind {kind} (CAMEO {finding.event.cameo})", *reading.why]
    promisor, promisor_text = promisor_of(
        finding, analysis, mentions, why, strength_cues, reporting_cues
    )
    raised = raised_promisor(finding.trigger, analysis, reporting_cues)
    if not raised and target_taken_for_doer(finding, analysis, promisor):
        why.append(f"promisor: {promisor_text!r} is {promisor}, the act's target, no doer")
        promisor, promisor_text = None, ""
    promisee = finding.target.code if finding.target else finding.event.target
    if raised and promisee is not None and promisee == promisor:
        # "Egypt is reported to have promised ...": the report's target is who promised
        why.append(f"promisor: {promisor_text!r} is {promisor}, raised from what is reported")
        promisee = None
    if analysis.clause.descended:
        # a speech verb graded on what it reports: its target is who heard it ("told
        # reporters"), the promisee is the one the reported act is aimed at
        promisee = promisee_object(analysis.clause, mentions)
        if promisee is None:
            # "Ruiz said Bolivia had promised her it would ...": made to Ruiz (grader37)
            promisee = hearer_promisee(attribution, promisor, mentions)
            if promisee is not None:
                why.append(f"promisee: {promisee}, the one the promise was made to")
    host = host_of_access(promisor, promisee, analysis, strength_cues, mentions, taxonomy)
    if host is not None:
        why.append(f"inspectors' access is the host's to grant: {host} is bound")
        promisor, promisee, promisor_text = host, promisor, ""
    if promisee is None and kind == "refusal":
        # "Lima has blamed Santiago for refusing to resume ...": Lima is refused (grader37)
        promisee = blamer_of_refusal(finding.trigger, mentions, promisor)
        if promisee is not None:
            why.append(f"promisee: {promisee}, who blames the refusal")
    if promisee is None and kind == "demand":
        # "Officials want guarantees that the food will reach ...": the aid's recipient (grader44)
        promisee = guarantor_of_aid(analysis, mentions)
        if promisee is not None and country_of(promisee) == country_of(promisor):
            promisee = None
        if promisee is not None:
            why.append(f"promisee: {promisee}, the aid's recipient the story names")
    if promisee is None and kind == "promise":
        # "Peru and Chile agreed to resume joint searches": made to each other (grader37)
        promisee = joint_pair_partner(analysis, mentions, promisor)
        if promisee is not None:
            why.append(f"promisee: {promisee}, its partner in a joint act agreed")
    if promisee is None and kind in ("refusal", "promise"):
        # "Bolivia has rejected all council resolutions": the Council's (grader38)
        promisee = body_of_the_text(finding.trigger, mentions, promisor)
        if promisee is not None:
            why.append(f"promisee: {promisee}, the body named before whose text it is")
    if promisee is None and kind == "promise":
        # '"Peru must keep its promise ...," a Chilean official said': made to Chile (grader38)
        promisee = recaller_promisee(finding.trigger, attribution, promisor)
        if promisee is not None:
            why.append(f"promisee: {promisee}, who holds the promisor to its promise")
    if promisee is None and kind == "promise":
        # "could violate the pledge La Paz made to Peru": the party it was made to (grader45)
        promisee = party_made_to(finding.trigger, mentions, promisor)
        if promisee is not None:
            why.append(f"promisee: {promisee}, the one the recalled promise was made to")
    # "Ruiz said Bolivia had promised ...": Ruiz's words, not Bolivia's (grader37)
    speaker = relayed_speaker(attribution, promisor)
    speaker_code = speaker.speaker_code if speaker else None
    if speaker is not None and speaker_code is None:
        # "According to the commission": the commission the story named before (grader40)
        speaker_code = speaker_named_before(speaker.speaker_token, mentions)
        if speaker_code is not None:
            why.append(f"speaker: {speaker_code}, the {speaker.speaker_text} named before")
    if speaker is not None:
        # "He said Seoul still wanted dialogue": the spokesman named before (grader44)
        named = pronoun_speaker_named_before(speaker.speaker_token, speaker_code, mentions)
        if named is not None:
            why.append(f"speaker: {named}, the person {speaker.speaker_text!r} stands for")
            speaker_code = named
            # the voice is the named person's: its formality and first party are read
            # for that person, as for "ministry spokesman Kim said" (grader45)
            speaker.speaker_code = named
    formality = grade_formality(
        attribution, ctx, promisor, formality_cues, clause_head=analysis.clause.head
    )
    why.append(f"formality {formality.formality}: {formality.why}")
    topic_key: str | None = None
    if analysis.topics:
        topic, topic_text = analysis.topics[0].topic, analysis.topics[0].text
        why.append("topics: " + ", ".join(m.topic for m in analysis.topics))
    else:
        topic, topic_text = FALLBACK_TOPIC, analysis.action_text
        why.append("topic: no taxonomy trigger matched; fallback 'other'")
        trigger, clause = finding.trigger, analysis.clause
        topic_key = generic_key(trigger if trigger.i in clause.scope else clause.head, mentions)
    if attribution.quotation:
        why.append("quotation: the promise stands inside quotation marks")
    chain = [level.describe() for level in reversed(attribution.levels)]
    chain.append(f"{promisor or '(unknown)'} ({promisor_text}) {verb_group(analysis.clause)}")
    commitment = Commitment(
        kind=kind,  # type: ignore[arg-type]
        # a refusal is refused whatever its wording ("vetoed the resolution" has no "not")
        strength="refused" if kind == "refusal" else reading.strength,  # type: ignore[arg-type]
        promisor=promisor,
        promisee=promisee,
        topic=topic,
        topic_text=topic_text or analysis.action_text,
        conditions=list(reading.conditions),
        speaker=speaker_code,
        speaker_text=speaker.speaker_text if speaker else None,
        reporting_verb=attribution.levels[0].verb if attribution.levels else None,
        attribution=chain,
        first_party=False,  # decided once the promisor is final (decide_first_party)
        anonymous=attribution.anonymous,
        quotation=attribution.quotation,
        formality=formality.formality,  # type: ignore[arg-type]
        deadline=reading.deadline,
        in_headline=finding.sent.start_char < ctx.headline_end,
        why=why,
        hedged=reading.hedged,
        conditional=reading.conditional,
        hedges=list(reading.hedges),
        other_topics=[
            {"topic": m.topic, "topic_text": m.text or analysis.action_text}
            for m in analysis.topics[1:]
        ],
        topic_key=topic_key,
    )
    return commitment, formality


def regrade_for_demander(
    commitment: Commitment,
    analysis: ClauseAnalysis,
    ctx: DocContext,
    formality_cues: FormalityCues,
    graded_for: str | None,
    formality: FormalityReading,
) -> FormalityReading:
    """The formality read again once a demand's asker is settled, when the asker is not the
    party it was first read for: "Nuland said the North must stop enriching" is graded with
    the North, the one obliged, as its promisor, so the State Department's spokeswoman is no
    voice of the promisor's side and her remarks read as a mere account; they are her
    government's own demand (official). The first reading stands when the asker is unchanged
    or unknown (a demand of one on itself, left with no asker, is no other voice's)."""
    if commitment.promisor is None or commitment.promisor == graded_for:
        return formality
    again = grade_formality(
        analysis.attribution,
        ctx,
        commitment.promisor,
        formality_cues,
        clause_head=analysis.clause.head,
    )
    if again.formality == formality.formality:
        return formality
    old = f"formality {formality.formality}: {formality.why}"
    new = f"formality {again.formality}: {again.why} (read for the demander)"
    commitment.why = [new if line == old else line for line in commitment.why]
    commitment.formality = again.formality  # type: ignore[assignment]
    return again
