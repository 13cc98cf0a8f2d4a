"""Second readings of a graded commitment, once its kind is known.

:func:`reread` is what :meth:`CommitmentGrader.grade` does after building a commitment: bind
a joint body's parties (:mod:`~pledgewatch.commitments.joint_parties`), turn a promise that
restarts a frozen activity into a refusal, demote a pledge an analyst would not call one to a
statement (:func:`~pledgewatch.commitments.no_pledge.statement_reason` and the checks here),
and take away a refusal's strength from what is no refusal. The checks added here, each from
the grading samples of stop 16 (benchmarks/RESULTS.md):

- a response in force named by a noun or phrase is a threat ("promised a firm response",
  "would exercise its right of self-defence if the North violated its waters");
- rejecting a claim disputes what is so, it refuses no act ("rejected the explanation");
- a decision dated before the story is a past act ("Libya's decision to give up its nuclear
  program in 2003");
- "discuss X" as the purpose of a meeting is the agenda of talks: the topic is the talks on X,
  hedged, so that no later delivery of X keeps a pledge no one made;
- "consult with Russia about the summit" (consult, confer, talk ABOUT X) is a pledge of talks
  whose agenda is X, not of X (stop 18), its strength kept: the consulting is what is promised.

From the ledger audit of stop 18, a promise that is a reporter's schedule, an agreement signed
on fields of cooperation and a negated act that only chooses a kind of the aid are statements
(:func:`~pledgewatch.commitments.told_acts.told_not_pledged`).

The word lists are in ``data/commitments/second_readings.yaml``.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from pledgewatch.commitments.attribution import ReportingCues
from pledgewatch.commitments.clause_analysis import ClauseAnalysis
from pledgewatch.commitments.joint_parties import SECOND_READINGS_FILE, joint_parties
from pledgewatch.commitments.lexicon import data_path, load_yaml
from pledgewatch.commitments.no_pledge import statement_reason
from pledgewatch.commitments.strength import StrengthCues, strength_without_refusal
from pledgewatch.commitments.told_acts import told_not_pledged
from pledgewatch.commitments.trigger_shapes import names_retaliation, undoes_a_freeze
from pledgewatch.events.types import DocContext, EventFinding
from pledgewatch.model import ActorMention, Commitment


@dataclass(frozen=True, slots=True)
class SecondReadingWords:
    """The word lists of ``second_readings.yaml`` the checks here read."""

    response_nouns: frozenset[str]
    force_adjectives: frozenset[str]
    force_phrases: tuple[str, ...]
    rejection_verbs: frozenset[str]
    claim_nouns: frozenset[str]
    executed_intent_words: frozenset[str]
    past_date_words: frozenset[str]
    discussion_verbs: frozenset[str]
    meeting_verbs: frozenset[str]
    talks_topics: frozenset[str]
    consultation_verbs: frozenset[str]
    agenda_prepositions: frozenset[str]


@functools.lru_cache(maxsize=1)
def second_reading_words() -> SecondReadingWords:
    """The shipped lists."""
    data = load_yaml(str(data_path(SECOND_READINGS_FILE)))

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key) or ())

    return SecondReadingWords(
        response_nouns=words("response_nouns"),
        force_adjectives=words("force_adjectives"),
        force_phrases=tuple(sorted(words("force_phrases"))),
        rejection_verbs=words("rejection_verbs"),
        claim_nouns=words("claim_nouns"),
        executed_intent_words=words("executed_intent_words"),
        past_date_words=words("past_date_words"),
        discussion_verbs=words("discussion_verbs"),
        meeting_verbs=words("meeting_verbs"),
        talks_topics=words("talks_topics"),
        consultation_verbs=words("consultation_verbs"),
        agenda_prepositions=words("agenda_prepositions"),
    )


def reread(
    commitment: Commitment,
    finding: EventFinding,
    analysis: ClauseAnalysis,
    ctx: DocContext,
    mentions: Sequence[ActorMention],
    strength_cues: StrengthCues,
    reporting_cues: ReportingCues,
) -> None:
    """Apply the second readings to ``commitment`` in place, each with its reason in ``why``."""
    _bind_joint_parties(commitment, analysis, mentions)
    undone = undoes_a_freeze(commitment, analysis, strength_cues)
    if undone:
        commitment.why.append(
            f"refusal: {undone!r} restarts what the {commitment.topic} freeze stops"
        )
        commitment.kind = "refusal"
        commitment.strength = "refused"
    reason = statement_reason(
        commitment, analysis, mentions, strength_cues, reporting_cues
    ) or _no_pledge_after_all(commitment, finding, analysis, ctx, strength_cues)
    # a reporter's schedule, an agreement signed on fields, a kind of the aid chosen
    reason = reason or told_not_pledged(commitment, finding, analysis)
    if reason:
        commitment.why.append(f"statement: {reason}")
        commitment.kind = "statement"
    if commitment.kind == "statement" and commitment.strength == "refused":
        # no one refused ("threatens to scrap the armistice" is a threat, not the
        # scrapping): the ledger reads a "refused" strength as a retraction
        commitment.strength = strength_without_refusal(commitment)
    _agenda_of_a_meeting(commitment, analysis)
    _agenda_of_a_consultation(commitment, analysis)


def _bind_joint_parties(
    commitment: Commitment, analysis: ClauseAnalysis, mentions: Sequence[ActorMention]
) -> None:
    if commitment.promisor and not commitment.promisor.startswith("---"):
        return
    subject = analysis.clause.subject
    pair = joint_parties(subject, mentions)
    if subject is None or pair is None:
        return
    first, second = pair
    commitment.why.append(f"promisor: {subject.text!r} acts for both {first} and {second}")
    commitment.promisor = first
    if not commitment.promisee or commitment.promisee.startswith("---"):
        commitment.promisee = second


def _no_pledge_after_all(
    commitment: Commitment,
    finding: EventFinding,
    analysis: ClauseAnalysis,
    ctx: DocContext,
    cues: StrengthCues,
) -> str | None:
    """Why a pledge read so far is a statement after all (the checks of this module)."""
    words = second_reading_words()
    if commitment.kind in ("promise", "offer"):
        negated = finding.event.modality == "negated" or any(
            c.dep_ == "neg" for t in analysis.clause.chain for c in t.children
        )
        threat = None if negated else _response_in_force(analysis, cues, words)
        if threat:
            return f"a response in force ({threat!r}) to come: a threat, no promise"
        dated = _dated_past_decision(finding, ctx, words)
        if dated:
            return f"a decision dated before the story ({dated!r}): a past act, no promise"
    if commitment.kind == "refusal":
        claim = _rejected_claim(finding, words)
        if claim:
            return f"rejecting {claim!r} disputes what is so: no act refused"
    return None


def _response_in_force(
    analysis: ClauseAnalysis, cues: StrengthCues, words: SecondReadingWords
) -> str | None:
    """'a firm response', 'exercise its right of self-defence', or the words of paying back
    (``threat_words``) in a promise's own clause; None for restraint ("will not retaliate")."""
    reading = analysis.reading
    if reading.negated or reading.restraint:
        return None
    core = analysis.clause.core_tokens()
    for token in core:
        if token.pos_ == "NOUN" and token.lemma_.lower() in words.response_nouns:
            manner = [
                c for c in token.children if c.dep_ == "amod" and c.lower_ in words.force_adjectives
            ]
            if manner:
                return f"{manner[0].text} {token.text}"
    # as written: "Japan's Self-Defense Forces will join the drill" names an army, no threat
    text = "".join(t.text_with_ws for t in core)
    phrase = next((p for p in words.force_phrases if p in text), None)
    if phrase:
        return phrase
    if names_retaliation(analysis, cues):
        return "paying back"
    return None


def _rejected_claim(finding: EventFinding, words: SecondReadingWords) -> str | None:
    trigger = finding.trigger
    if trigger.lemma_.lower() not in words.rejection_verbs:
        return None
    for child in trigger.children:
        if child.dep_ in ("dobj", "nsubjpass") and child.lemma_.lower() in words.claim_nouns:
            return child.text
    return None


def _dated_past_decision(
    finding: EventFinding, ctx: DocContext, words: SecondReadingWords
) -> str | None:
    """The date of a decision told as done before the story ("Libya's decision to give up
    its nuclear program in 2003", "decided in 2003 to ..."), or None."""
    trigger = finding.trigger
    decision = next(
        (
            t
            for t in (trigger, trigger.head)
            if t.lemma_.lower() in words.executed_intent_words and t.pos_ in ("NOUN", "VERB")
        ),
        None,
    )
    if decision is None or ctx.date is None:
        return None
    if decision.pos_ == "VERB" and decision.tag_ not in ("VBD", "VBN"):
        return None
    for token in decision.subtree:
        if token.lower_ in words.past_date_words:
            return token.text
        year = int(token.text) if len(token.text) == 4 and token.text.isdigit() else 0
        if 1900 < year < ctx.date.year:
            return token.text
    return None


def _agenda_of_a_meeting(commitment: Commitment, analysis: ClauseAnalysis) -> None:
    """ "will meet next week to discuss the food aid": the pledge is the talks on the food aid
    (hedged, as any discussion is), not the food aid."""
    words = second_reading_words()
    if commitment.kind not in ("promise", "offer") or commitment.topic in words.talks_topics:
        return
    head = analysis.clause.head
    if head.lemma_.lower() not in words.discussion_verbs or head.dep_ not in ("advcl", "xcomp"):
        return
    if head.head.lemma_.lower() not in words.meeting_verbs:
        return
    commitment.why.append(
        f"topic talks: {head.text!r} {commitment.topic_text!r} is the agenda of a meeting "
        f"({head.head.text!r}), not {commitment.topic} promised"
    )
    commitment.topic = "talks"
    commitment.other_topics = []
    if commitment.strength == "firm":
        commitment.strength = "hedged"
        commitment.hedged = True
        commitment.hedges.append(head.text)


def _agenda_of_a_consultation(commitment: Commitment, analysis: ClauseAnalysis) -> None:
    """ "will consult with Russia about the summit": the pledge is talks (with Russia), the
    summit their agenda; what is promised is the consulting, so the strength stays."""
    words = second_reading_words()
    if commitment.kind not in ("promise", "offer") or commitment.topic == "talks":
        return
    head = analysis.clause.head
    if head.pos_ != "VERB" or head.lemma_.lower() not in words.consultation_verbs:
        return
    agenda = next(
        (
            c
            for c in head.children
            if c.dep_ == "prep"
            and c.lower_ in words.agenda_prepositions
            and any(g.dep_ == "pobj" for g in c.children)
        ),
        None,
    )
    if agenda is None:
        return
    commitment.why.append(
        f"topic talks: {head.text!r} {agenda.text} {commitment.topic_text!r} is the agenda "
        f"of a consultation, not {commitment.topic} promised"
    )
    commitment.topic = "talks"
    commitment.other_topics = []
