"""Grade the commitments the event coder found: kind, strength, attribution, formality, topic.

:class:`CommitmentGrader` is the stage's entry point. For each :class:`EventFinding` it
finds the commitment clause, reads its strength and conditions, walks the reporting chain
above it, grades formality, and maps what is promised onto the topic taxonomy, producing a
:class:`pledgewatch.model.Commitment` (or None for an event that is no promise, offer,
demand, refusal or reported statement). Every decision is written to ``Commitment.why``.

Several topics in one commitment ("a moratorium on nuclear tests and missile launches"):
:meth:`CommitmentGrader.grade` gives the first as the commitment's ``topic`` and the others
in ``other_topics``; one event, one commitment, and the ledger files it under each topic.
:meth:`CommitmentGrader.expand` returns one finding per topic for in-memory comparisons (the
headline check, readout comparison): the first keeps the event id, the others are copies with
ids suffixed ``.2``, ``.3``, ... that are never stored (they would count one event twice).
So too one sentence, one commitment: :meth:`CommitmentGrader.grade_all` keeps a pledge graded
on two events of one sentence once (:mod:`~pledgewatch.commitments.sentence_twins`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Iterable, Sequence
from pathlib import Path

from spacy.tokens import Token

from pledgewatch.commitments.act_kinds import kind_of_the_act
from pledgewatch.commitments.agreement_sides import drop_a_venue
from pledgewatch.commitments.asked_parties import read_asked_parties
from pledgewatch.commitments.attribution import (
    Attribution,
    ReportingCues,
    attribute,
)
from pledgewatch.commitments.borrowed_topics import borrowed_words
from pledgewatch.commitments.broken_off_talks import own_break_off
from pledgewatch.commitments.clause import (
    CommitmentClause,
    committed_in_past,
    find_clause,
)
from pledgewatch.commitments.clause_analysis import ClauseAnalysis
from pledgewatch.commitments.commitment_record import build_commitment, regrade_for_demander
from pledgewatch.commitments.coordinated_acts import address_to_coordinated_act
from pledgewatch.commitments.cue_detector import CueDetector
from pledgewatch.commitments.first_party import decide_first_party
from pledgewatch.commitments.forgone_dealings import promise_forgone_dealings
from pledgewatch.commitments.formality import FormalityCues
from pledgewatch.commitments.graded_reports import demote_reports_of_graded_events
from pledgewatch.commitments.headline_voice import read_headlines_from_body
from pledgewatch.commitments.lexicon import data_path
from pledgewatch.commitments.measures_answered import address_to_measure_taker
from pledgewatch.commitments.meeting_parties import (
    address_to_meeting_party,
    meeting_purpose_unhedged,
)
from pledgewatch.commitments.obligations import (
    settle_who_demands,
)
from pledgewatch.commitments.offers_answered import address_to_offer_maker, offering_triggers
from pledgewatch.commitments.own_campaigns import read_own_campaign
from pledgewatch.commitments.own_sayings import own_saying
from pledgewatch.commitments.own_topics import own_act_first
from pledgewatch.commitments.promised_text import action_text
from pledgewatch.commitments.relation_partners import address_relations_to_partner
from pledgewatch.commitments.relayed_demands import relay_demands_to_asker
from pledgewatch.commitments.relayed_promises import recalled_promise_unhedged
from pledgewatch.commitments.renounced_agreements import address_to_agreement_partner
from pledgewatch.commitments.second_readings import (
    is_agenda_of_a_meeting,
    reread,
    settled_at_a_meeting,
)
from pledgewatch.commitments.sentence_twins import fold_sentence_twins
from pledgewatch.commitments.story_acts import (
    act_kind_named_before,
    topics_named_before,
    words_named_before,
)
from pledgewatch.commitments.story_promisees import read_story_promisees_all
from pledgewatch.commitments.strength import StrengthCues, read_strength
from pledgewatch.commitments.topics import FALLBACK_TOPIC, TopicEvent, TopicTaxonomy
from pledgewatch.commitments.trigger_shapes import (
    aftermath_words,
    aim_of_an_act_to_come,
    purpose_infinitive_words,
    relative_antecedent,
    voiced_clause_head,
)
from pledgewatch.events.types import DocContext, EventFinding
from pledgewatch.model import PLEDGE_KINDS, ActorMention, Commitment

#: Whether the grader consults the learned cue detector by default (see RESULTS.md,
#: "the grader's speakers", for the figures that decided it).
USE_CUE_MODEL = True


class CommitmentGrader:
    """Grades events into commitments, with cue lexicons and topics loaded from data files.

    Args:
        topic_paths: extra topic YAML files (same form as the shipped ``topics.yaml``);
            a topic with an existing id replaces the shipped one.
        strength_path, condition_path, reporting_path, formality_path: replacement lexicon
            files (default: the shipped ones).
        cue_model: let the learned attribution-cue detector
            (:mod:`~pledgewatch.commitments.cue_detector`) give a speaker to a clause the
            reporting rules give none (see
            :func:`~pledgewatch.commitments.attribution.reporting_chain`); False: rules alone.
    """

    def __init__(
        self,
        topic_paths: Iterable[str | Path] = (),
        *,
        strength_path: str | Path | None = None,
        condition_path: str | Path | None = None,
        reporting_path: str | Path | None = None,
        formality_path: str | Path | None = None,
        cue_model: bool = USE_CUE_MODEL,
    ) -> None:
        default_strength = StrengthCues.default() if not (strength_path or condition_path) else None
        self.strength_cues = default_strength or StrengthCues.load(
            Path(strength_path) if strength_path else data_path("strength_cues.yaml"),
            Path(condition_path) if condition_path else data_path("condition_cues.yaml"),
        )
        self.reporting_cues = (
            ReportingCues.load(Path(reporting_path)) if reporting_path else ReportingCues.default()
        )
        self.formality_cues = (
            FormalityCues.load(Path(formality_path)) if formality_path else FormalityCues.default()
        )
        self.taxonomy = TopicTaxonomy(topic_paths)
        self.cue_detector = CueDetector.load() if cue_model else None
        stances = self.reporting_cues.verb_stance.items()
        # a trigger that is a speech verb is graded on what it reports ("said it would ...")
        self._reporting_lemmas = frozenset(
            v for v, s in stances if s in self.reporting_cues.speech_stances and " " not in v
        )
        # "North Korea is said / believed to be ready": the report sits above the clause
        self._raising_lemmas = frozenset(
            v for v, s in stances if s in self.reporting_cues.chain_stances and " " not in v
        )

    # -- the API the pipeline calls -------------------------------------------------------

    def grade(
        self,
        finding: EventFinding,
        ctx: DocContext,
        mentions: Sequence[ActorMention] = (),
        analysis: ClauseAnalysis | None = None,
        offering_acts: Collection[int] = (),
    ) -> Commitment | None:
        """The graded commitment of one event, or None when it is not one (``analysis``: the
        clause reading when the caller has it already; ``offering_acts``: the story's triggers
        coded as offers, see :func:`offering_triggers`)."""
        analysis = analysis or self._analyse(finding, mentions)
        kind = self._kind(finding, analysis, mentions)
        kind = own_break_off(kind, finding, analysis, ctx, self.formality_cues)  # "no more talks"
        if kind is None:
            return None
        commitment, formality = build_commitment(
            finding,
            ctx,
            mentions,
            analysis,
            kind,
            self.strength_cues,
            self.reporting_cues,
            self.formality_cues,
            self.taxonomy,
        )
        graded_for = commitment.promisor
        settled = (
            settle_who_demands(
                commitment,
                finding,
                analysis,
                self.strength_cues,
                formality.author_country,
                mentions,
            )
            if kind == "demand"
            else None
        )
        formality = regrade_for_demander(
            commitment, analysis, ctx, self.formality_cues, graded_for, formality
        )
        # "Seoul's offer"
        address_to_offer_maker(commitment, analysis, mentions, self.taxonomy, offering_acts)
        address_to_measure_taker(commitment, finding.trigger, mentions)  # "imposed sanctions"
        address_to_agreement_partner(commitment, analysis, mentions)  # "its accord with Peru"
        # once the one who asks is settled: first party read once, for the final promisor
        decide_first_party(
            commitment, finding, analysis, formality, settled, mentions, self.reporting_cues
        )
        # a joint body's parties, a restarted freeze, a pledge that is a statement after all
        reread(
            commitment, finding, analysis, ctx, mentions, self.strength_cues, self.reporting_cues
        )
        # a request's one asked, an obliging verb's object, a reason or an own order (no
        # demand), a text's own words, no self-promisee
        read_asked_parties(commitment, finding, analysis, mentions, self.formality_cues)
        # "requested the meeting", "wants a treaty": the joint act's other party; "will meet
        # ... to discuss": the purpose is no hedge
        address_to_meeting_party(commitment, analysis, mentions)
        read_own_campaign(commitment, finding.trigger, mentions)  # "would work for sanctions"
        meeting_purpose_unhedged(commitment, analysis)
        recalled_promise_unhedged(commitment, finding.trigger)  # "would break the promise"
        drop_a_venue(commitment, finding, mentions)  # "used the forum to call for talks"
        own_saying(commitment, finding, analysis, mentions, self.reporting_cues)  # "denied"
        return commitment

    def grade_all(
        self,
        findings: Iterable[EventFinding],
        ctx: DocContext,
        mentions: Sequence[ActorMention] = (),
    ) -> None:
        """Grade every finding and set ``finding.event.commitment`` in place.

        A statement event whose reported clause carries another graded event ("a spokeswoman
        said [North Korea would be ready ...]", coded both as 010 and as 030) stays a
        ``statement`` of its speaker, so a promise or demand is counted once, on the inner event.
        """
        findings = list(findings)
        # each clause is read once: the story passes below read the same clause again
        analyses = {id(f): self._analyse(f, mentions) for f in findings}
        offering = offering_triggers(findings)
        for finding in findings:
            finding.event.commitment = self.grade(
                finding, ctx, mentions, analyses[id(finding)], offering
            )
        demote_reports_of_graded_events(findings, self.clause_of)

        def analysed(finding: EventFinding, seen: Sequence[ActorMention]) -> ClauseAnalysis:
            known = analyses.get(id(finding)) if seen is mentions else None
            return known or self._analyse(finding, seen)

        # once frames are statements: the one told, a condition's party, a seizure's holder
        read_story_promisees_all(findings, ctx, mentions, analysed, self.formality_cues)
        address_to_coordinated_act(findings)  # "begged Chile for talks and offered bribes"
        relay_demands_to_asker(findings)  # "expected to ask Beijing to press Pyongyang to"
        promise_forgone_dealings(findings, mentions)  # "would not buy weapons from" (asked)
        address_relations_to_partner(findings)  # "will take steps to improve relations"
        read_headlines_from_body(findings, ctx)  # the outlet's summary takes its body's voice
        fold_sentence_twins(findings)  # one sentence, one commitment: "meet ... to discuss"

    def topics_for(
        self, finding: EventFinding, mentions: Sequence[ActorMention] = ()
    ) -> list[tuple[str, str]]:
        """Every topic of a finding's commitment as (topic id, words), first = primary."""
        analysis = self._analyse(finding, mentions)
        if not analysis.topics:
            return [(FALLBACK_TOPIC, analysis.action_text)]
        return [(m.topic, m.text or analysis.action_text) for m in analysis.topics]

    def expand(
        self, finding: EventFinding, ctx: DocContext, mentions: Sequence[ActorMention] = ()
    ) -> list[EventFinding]:
        """Grade a finding and split it into one finding per topic.

        The first keeps the event and its id; each further topic gets a copy of the event
        with id ``<id>.<n>`` (n = 2, 3, ...) and its own commitment. A finding that is no
        commitment comes back alone with ``event.commitment = None``.
        """
        commitment = self.grade(finding, ctx, mentions)
        finding.event.commitment = commitment
        return self._split_topics(finding)

    def _split_topics(self, finding: EventFinding) -> list[EventFinding]:
        commitment = finding.event.commitment
        if commitment is None:
            return [finding]
        topics = commitment.all_topics
        out = [finding]
        for n, (topic, text) in enumerate(topics[1:], start=2):
            clone = dataclasses.replace(
                commitment,
                topic=topic,
                topic_text=text,
                conditions=list(commitment.conditions),
                attribution=list(commitment.attribution),
                hedges=list(commitment.hedges),
                why=[*commitment.why, f"topic {n} of {len(topics)} named in the sentence"],
                other_topics=[],
            )
            event = dataclasses.replace(
                finding.event, id=f"{finding.event.id}.{n}", commitment=clone
            )
            out.append(dataclasses.replace(finding, event=event, notes=list(finding.notes)))
        return out

    def expand_all(
        self,
        findings: Iterable[EventFinding],
        ctx: DocContext,
        mentions: Sequence[ActorMention] = (),
    ) -> list[EventFinding]:
        """:meth:`grade_all`, then one finding per topic (see :meth:`expand`), in order."""
        findings = list(findings)
        self.grade_all(findings, ctx, mentions)
        return [out for finding in findings for out in self._split_topics(finding)]

    # -- the steps ------------------------------------------------------------------------

    def _clause(self, finding: EventFinding) -> CommitmentClause:
        return self.clause_of(finding.trigger)

    def clause_of(self, trigger: Token) -> CommitmentClause:
        """The commitment clause of a trigger, as the grader finds it."""
        return find_clause(
            trigger,
            descend_reporting=self._reporting_lemmas,
            raising=self._raising_lemmas,
        )

    def _reports_speech(self, clause: CommitmentClause) -> bool:
        """False for the content clause of a noun that is no speech ("voiced confidence
        that X would ...", "hope that ..."): its "would" is no back-shifted "will"; true
        for that of "a statement that ...", "made the promise that ..." and any other."""
        if not clause.content_clause:
            return True
        return clause.head.head.lemma_.lower() in self.reporting_cues.speech_nouns

    def attribution_of(
        self,
        trigger: Token,
        mentions: Sequence[ActorMention] = (),
        clause: CommitmentClause | None = None,
    ) -> Attribution:
        """Who voiced the promise at ``trigger``: the reporting chain above its clause."""
        clause = clause or self.clause_of(trigger)
        # a speech verb graded on what it reports is quoted when what it reports is:
        # '"We will resume the talks," the envoy said'
        quoted = clause.head if clause.descended else trigger
        return attribute(
            voiced_clause_head(clause.head),
            quoted,
            mentions,
            self.reporting_cues,
            detector=self.cue_detector,
        )

    def _analyse(self, finding: EventFinding, mentions: Sequence[ActorMention]) -> ClauseAnalysis:
        clause = self._clause(finding)
        attribution = self.attribution_of(finding.trigger, mentions, clause)
        cameo_kind = self.strength_cues.kind_for_cameo(finding.event.cameo)
        reading = read_strength(
            clause,
            self.strength_cues,
            reported_in_past=(attribution.reported_in_past and self._reports_speech(clause))
            or committed_in_past(clause),  # "agreed that they would not use force"
            kind=cameo_kind,
        )
        for level in attribution.levels:
            if level.stance == "belief" and level.verb_token is not None:
                reading.hedges.append(level.verb)
                reading.why.append(f"hedge: belief verb above the promise {level.verb!r}")
                if reading.strength in ("firm", "conditional"):
                    reading.strength = "hedged"
        left_behind = aftermath_words(clause.scope_tokens(), self.strength_cues)
        words = [
            t
            for t in clause.scope_tokens()
            if t.i not in reading.condition_tokens and t.i not in left_behind
        ]
        words += relative_antecedent(clause.head)
        event = TopicEvent(finding.event.cameo or "", finding.trigger)
        topics = self.taxonomy.match(words, negated=reading.negated, event=event)
        topics += settled_at_a_meeting(clause.head, self.taxonomy, topics)
        if not topics:
            # "We are not in a situation to discuss the six-party talks": with no topic in
            # its own words, a clause takes one from its infinitive of purpose
            # ... or, for "agreed on the reopening", from the act the story named before
            fallback = [*purpose_infinitive_words(clause.head), *words_named_before(words)]
            words += [t for t in fallback if t.i not in reading.condition_tokens]
            words += borrowed_words(clause.head, words)  # "its nuclear complex", "four steps"
            topics = self.taxonomy.match(words, negated=reading.negated, event=event)
        # "keep its promise not to shut down the complex again": the complex the story
        # named in full before ("the Kaesong industrial complex")
        topics = topics_named_before(
            words, topics, self.taxonomy, reading.negated, event, reading.why
        )
        # "demanded that North Korea not conduct further launches": the story's rocket
        topics += act_kind_named_before(words, self.taxonomy, topics, event=event)
        # "agreed to suspend enrichment and to allow inspectors": each act's topic first
        act = finding.content_trigger or finding.trigger
        topics = own_act_first(
            act, words, topics, self.taxonomy, negated=reading.negated, event=event
        )
        return ClauseAnalysis(
            clause, attribution, reading, topics, action_text(finding, clause, reading)
        )

    def _kind(
        self,
        finding: EventFinding,
        analysis: ClauseAnalysis,
        mentions: Sequence[ActorMention] = (),
    ) -> str | None:
        """The kind of the event's commitment: its own reading (:meth:`_kind_of_the_act`, where
        the aim of a past act is read), then the aim of an act to come, which needs the kind
        the content decided ("will provide supplies [to help] the victims", 070: no kind of
        its own code) and is part of that act's pledge, no pledge of its own."""
        kind = self._kind_of_the_act(finding, analysis, mentions)
        if (
            kind in PLEDGE_KINDS
            and aim_of_an_act_to_come(finding.trigger, finding.role)
            and not is_agenda_of_a_meeting(finding.trigger)  # "meet to discuss": pass 17's talks
        ):
            analysis.reading.why.append(f"{finding.trigger.text!r} is the aim of an act to come")
            return "statement"
        return kind

    def _kind_of_the_act(
        self,
        finding: EventFinding,
        analysis: ClauseAnalysis,
        mentions: Sequence[ActorMention] = (),
    ) -> str | None:
        """The kind of the event's own act (:func:`.act_kinds.kind_of_the_act`)."""
        return kind_of_the_act(self.strength_cues, finding, analysis, mentions)
