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
  whose agenda is X, not of X (stop 18), its strength kept: the consulting is what is promised;
- a meeting "to finalize X" (a thing already decided) is talks with X's topic as a second one
  (:func:`settled_at_a_meeting`, read by the grader when it matches topics).

From the ledger audit of stop 18, a promise that is a reporter's schedule, an agreement signed
on fields of cooperation and a negated act that only chooses a kind of the aid are statements
(:func:`~pledgewatch.commitments.told_acts.told_not_pledged`). From the audit of stop 21, a
refusal that denies a harm of oneself ("will not be a threat") is a promise of restraint
(:mod:`~pledgewatch.commitments.restraint`), and troops offered or sent on a mission are an
offer or a promise, not a threat (:mod:`~pledgewatch.commitments.missions`).

The word lists are in ``data/commitments/second_readings.yaml``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from pledgewatch.commitments.attribution import ReportingCues
from pledgewatch.commitments.clause_analysis import ClauseAnalysis
from pledgewatch.commitments.formality import country_of
from pledgewatch.commitments.issuer_voice import (
    read_in_issuers_voice,
    refused_in_saying,
    threatened_in_saying,
)
from pledgewatch.commitments.joint_parties import (
    joint_parties,
    second_readings_words,
)
from pledgewatch.commitments.missions import read_as_mission
from pledgewatch.commitments.needs import a_need_foretold
from pledgewatch.commitments.no_pledge import statement_reason
from pledgewatch.commitments.parties import PLURAL_PRONOUNS, tells_access
from pledgewatch.commitments.restraint import read_as_restraint
from pledgewatch.commitments.speaking_pairs import speak_for_itself
from pledgewatch.commitments.strength import StrengthCues, strength_without_refusal
from pledgewatch.commitments.told_acts import told_not_pledged
from pledgewatch.commitments.topics import TopicMatch, TopicTaxonomy
from pledgewatch.commitments.trigger_shapes import names_retaliation, undoes_a_freeze
from pledgewatch.events.types import DocContext, EventFinding
from pledgewatch.model import ActorMention, Commitment
from pledgewatch.nlp.dates import resolve_relative_dates


@dataclass(frozen=True, slots=True)
class SecondReadingWords:
    """The word lists of ``second_readings.yaml`` the checks here read."""

    response_nouns: frozenset[str]
    force_adjectives: frozenset[str]
    force_phrases: tuple[str, ...]
    force_phrase_verbs: frozenset[str]
    right_nouns: frozenset[str]
    right_prepositions: frozenset[str]
    rejection_verbs: frozenset[str]
    claim_nouns: frozenset[str]
    executed_intent_words: frozenset[str]
    past_date_words: frozenset[str]
    discussion_verbs: frozenset[str]
    meeting_verbs: frozenset[str]
    talks_topics: frozenset[str]
    consultation_verbs: frozenset[str]
    agenda_prepositions: frozenset[str]
    settling_verbs: frozenset[str]


@functools.lru_cache(maxsize=1)
def second_reading_words() -> SecondReadingWords:
    """The shipped lists."""
    words = second_readings_words
    return SecondReadingWords(
        response_nouns=words("response_nouns"),
        force_adjectives=words("force_adjectives"),
        force_phrases=tuple(sorted(words("force_phrases"))),
        force_phrase_verbs=words("force_phrase_verbs"),
        right_nouns=words("right_nouns"),
        right_prepositions=words("right_prepositions"),
        rejection_verbs=words("rejection_verbs"),
        claim_nouns=words("claim_nouns"),
        executed_intent_words=words("executed_intent_words"),
        past_date_words=words("past_date_words"),
        discussion_verbs=words("discussion_verbs"),
        meeting_verbs=words("meeting_verbs"),
        talks_topics=words("talks_topics"),
        consultation_verbs=words("consultation_verbs"),
        agenda_prepositions=words("agenda_prepositions"),
        settling_verbs=words("settling_verbs"),
    )


def settled_at_a_meeting(
    head: Token, taxonomy: TopicTaxonomy, found: Sequence[TopicMatch]
) -> list[TopicMatch]:
    """The topics of what a meeting is to settle, to follow the meeting's own (``found``):
    "will meet DPRK officials to finalize a package of 240,000 tons of nutritional assistance"
    is talks with food aid as a second topic, since a meeting to finalize the aid is a step of
    the aid already decided. Matched apart, so the meeting's general topic (talks) is not
    dropped for the settled one. Only a subjectless purpose infinitive of a settling verb
    (``settling_verbs``) hung on a meeting verb; "meet to discuss X" is the agenda of talks
    alone (:func:`_agenda_of_a_meeting`)."""
    words = second_reading_words()
    if head.lemma_.lower() not in words.meeting_verbs:
        return []
    settled = [
        t
        for child in head.children
        if child.dep_ in ("advcl", "xcomp")
        and child.lemma_.lower() in words.settling_verbs
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in child.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
        for t in child.subtree
    ]
    if not settled:
        return []
    known = {m.topic for m in found}
    return [m for m in taxonomy.match(settled) if m.topic not in known]


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
    speak_for_itself(commitment, analysis, mentions)  # "the leaders said they would" (grader38)
    own_act_ahead = (
        finding.event.modality == "future" and finding.event.source == commitment.promisor
    )
    undone = undoes_a_freeze(commitment, analysis, strength_cues, own_act_ahead=own_act_ahead)
    if undone:
        commitment.why.append(
            f"refusal: {undone!r} restarts what the {commitment.topic} freeze stops"
        )
        commitment.kind = "refusal"
        commitment.strength = "refused"
    cameo_kind = strength_cues.kind_for_cameo(finding.event.cameo)  # a mentioned act's own
    read_as_restraint(commitment, finding, analysis)  # "will not be a threat to its neighbours"
    read_as_mission(commitment, finding, analysis)  # "has offered to send troops to Haiti"
    # an act read in a statement's own voice is its issuer's, not a verdict on its subject;
    # so is a saying coded as the refusal it declares ("said the accord will be void")
    voiced = (
        read_in_issuers_voice(commitment, finding)
        or refused_in_saying(finding, analysis, strength_cues)
        or threatened_in_saying(finding, analysis)  # "warned that X would lead to war"
    )
    reason = (
        None
        if voiced
        else statement_reason(commitment, analysis, mentions, strength_cues, reporting_cues)
    ) or _no_pledge_after_all(commitment, finding, analysis, ctx, strength_cues)
    # a reporter's schedule, an agreement signed on fields, a kind of the aid chosen
    reason = reason or told_not_pledged(commitment, finding, analysis, cameo_kind)
    reason = reason or a_need_foretold(commitment, analysis)  # "would need weeks to restore"
    if reason:
        commitment.why.append(f"statement: {reason}")
        commitment.kind = "statement"
    if commitment.kind == "statement" and commitment.strength == "refused":
        # no one refused ("threatens to scrap the armistice" is a threat, not the
        # scrapping): the ledger reads a "refused" strength as a retraction
        commitment.strength = strength_without_refusal(commitment)
    _agenda_of_a_meeting(commitment, analysis)
    _agenda_of_a_consultation(commitment, analysis)
    _access_granted(commitment, analysis, strength_cues)


def _bind_joint_parties(
    commitment: Commitment, analysis: ClauseAnalysis, mentions: Sequence[ActorMention]
) -> None:
    subject = analysis.clause.subject
    if subject is not None and subject.lower_ in PLURAL_PRONOUNS:
        # "The leaders said ... that they would": "they" is the pair the speaker's words name
        speaker = analysis.attribution.speaker
        subject = speaker.speaker_token if speaker is not None else subject
    pair = joint_parties(subject, mentions)
    if subject is None or pair is None:
        return
    first, second = pair
    if commitment.promisor and not commitment.promisor.startswith("---"):
        # the event coder gave each party of "the two Koreas agreed" an event of its own:
        # each party's commitment is to the other (grader28)
        own = country_of(commitment.promisor)
        other = second if own == first else first if own == second else None
        # a pair's joint demand ("the two leaders called for inter-Korean dialogue") asks a
        # third party, not either of the two
        if other is not None and not commitment.promisee and commitment.kind != "demand":
            commitment.why.append(f"promisee: {subject.text!r} binds {own} to {other}")
            commitment.promisee = other
        return
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
    phrase = _force_exercised(core, words)
    if phrase:
        return phrase
    if names_retaliation(analysis, cues):
        return "paying back"
    return None


def _force_exercised(core: Sequence[Token], words: SecondReadingWords) -> str | None:
    """A force phrase ("self-defence") that is the object of a verb of using force, bare or as
    the right to it: "exercise its right of self-defence", "invoke its right to self-defense",
    "use self-defence"; None for talks or a study on it ("talks on collective
    self-defense") and an army's name ("Japan's Self-Defense Forces", matched lower case)."""
    if not core:
        return None
    doc = core[0].doc
    own = {t.i for t in core}
    written = doc.text.lower()
    for phrase in words.force_phrases:
        for found in re.finditer(re.escape(phrase), written):
            span = doc.char_span(found.start(), found.end(), alignment_mode="expand")
            if span is None or any(t.i not in own for t in span):
                continue
            if _exercised(span.root, words):
                return phrase
    return None


def _exercised(head: Token, words: SecondReadingWords) -> bool:
    """Is ``head`` (of a force phrase) the object of a verb of using force, or of its right?"""
    if (
        head.dep_ == "pobj"
        and head.head.lower_ in words.right_prepositions
        and head.head.head.lemma_.lower() in words.right_nouns
    ):
        head = head.head.head
    return (
        head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in words.force_phrase_verbs
    )


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
    # the decision word and the verb it decides ("decision to give up ... in 2003": the
    # parser hangs the date on either); not a clause within the content, nor a noun's year
    content = "acl" if decision.pos_ == "NOUN" else "xcomp"
    dated = [decision, *(c for c in decision.children if c.dep_ == content)]
    for word in dated:
        for adverbial in word.children:
            if adverbial.dep_ not in _DATE_ADVERBIALS:
                continue
            past = _past_date(adverbial, ctx.date, words)
            if past:
                return past
    return None


#: The dependents that date a word: "in 2003", "on Monday", "years ago", "last year".
_DATE_ADVERBIALS = ("prep", "npadvmod", "advmod", "tmod")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _past_date(adverbial: Token, story_day: dt.date, words: SecondReadingWords) -> str | None:
    """ "ago", or a date expression with a year (as :mod:`pledgewatch.nlp.dates` reads one:
    the coder's parse carries no entities) before the story's that ``adverbial`` is or opens:
    "in 2003", "in March 2003", "two years ago"; not "by the 1953 armistice"."""
    phrase = adverbial.doc[adverbial.left_edge.i : adverbial.right_edge.i + 1]
    ago = next((t for t in phrase if t.lower_ in words.past_date_words), None)
    if ago is not None:
        return ago.text
    for found in resolve_relative_dates(phrase.text, story_day):
        # the expression opens the adverbial ("in 2003"), it is no noun's year inside it
        opens = phrase.text[: found.start].strip().lower() in ("", adverbial.lower_)
        # a year written out, as before: "in December" of a January story is no past act
        if opens and _YEAR.search(found.text) and found.date.year < story_day.year:
            return found.text.strip()
    return None


def is_agenda_of_a_meeting(head: Token) -> bool:
    """ "will meet next week [to discuss] the food aid": a verb of discussion that is the aim
    of a meeting verb (graded as the talks on its object, :func:`_agenda_of_a_meeting`)."""
    words = second_reading_words()
    return (
        head.lemma_.lower() in words.discussion_verbs
        and head.dep_ in ("advcl", "xcomp")
        and head.head.lemma_.lower() in words.meeting_verbs
    )


def _agenda_of_a_meeting(commitment: Commitment, analysis: ClauseAnalysis) -> None:
    """ "will meet next week to discuss the food aid": the pledge is the talks on the food aid
    (hedged, as any discussion is), not the food aid."""
    words = second_reading_words()
    if commitment.kind not in ("promise", "offer"):
        return
    head = analysis.clause.head
    if not is_agenda_of_a_meeting(head):
        return
    if commitment.topic in words.talks_topics:
        # "to discuss" named the talks itself (grader36): what is discussed is still no topic
        if commitment.other_topics:
            commitment.why.append(
                f"topic talks: {head.text!r} is the agenda of a meeting ({head.head.text!r}),"
                " its object no topic of its own"
            )
            commitment.other_topics = []
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


def _access_granted(commitment: Commitment, analysis: ClauseAnalysis, cues: StrengthCues) -> None:
    """A host bound to let inspectors in (:func:`~pledgewatch.commitments.parties.host_of_access`)
    promises the inspections, whatever site they are to watch: "IAEA inspectors will return to
    confirm the disablement of the 5-MW reactor" is North Korea's pledge on ``iaea_inspections``,
    not on the reactor."""
    promisee = commitment.promisee or ""
    if commitment.topic == "iaea_inspections" or commitment.kind not in ("promise", "offer"):
        return
    if not any(promisee.startswith(b) for b in cues.inspecting_bodies):
        return
    if not commitment.promisor or not tells_access(analysis.clause.head, cues):
        return
    commitment.why.append(
        f"topic iaea_inspections: {commitment.promisor} lets the inspectors in; "
        f"{commitment.topic} is what they watch"
    )
    commitment.topic = "iaea_inspections"
    commitment.topic_text = "inspectors"
    commitment.other_topics = []
