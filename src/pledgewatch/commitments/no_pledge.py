"""Why a clause read as a promise, offer or refusal is none: a statement after all.

The grader first reads a kind from the event's code and the clause's cues; these checks then
catch the readings an analyst would not call anyone's pledge, each with the reason written to
``Commitment.why`` (RESULTS.md, "grading audit of the demo ledger", has the examples that
led to them):

- what the subject undergoes rather than does ("North Korea will pay a price", "we will see");
- another voice's belief or hope about an actor ("Seoul hopes North Korea will return");
- speculation and verdicts ("analysts said the North could test", "it would be hard to",
  "that would be a positive first step", the report's own "could"; not a modal of keeping
  or breaking a promise recalled, "could violate the pledge La Paz made": grader45);
- another voice's account of what follows if the actor acts ("if Kim decided to launch, he
  would be choosing to ignore the world");
- a clause whose subject is a thing ("a launch would be a provocation");
- an interpreter's reading ("analysts said Pyongyang would not give up its weapons") and an
  inference from evidence ("the deal showed that Pyongyang will sign a moratorium");
- another voice's description of an actor ("Lee said North Korea would be the biggest
  loser") and agreeing on a view ("we agreed that the situation is grave").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from pledgewatch.commitments.attribution import ReportingCues
from pledgewatch.commitments.clause_analysis import ClauseAnalysis, acting_mention
from pledgewatch.commitments.formality import country_of
from pledgewatch.commitments.obligations import FIRST_PERSON_SUBJECTS
from pledgewatch.commitments.relayed_promises import holds_recalled_promise
from pledgewatch.commitments.strength import StrengthCues
from pledgewatch.commitments.voice_sides import opposed_sides
from pledgewatch.model import PLEDGE_KINDS, ActorMention, Commitment


def statement_reason(
    commitment: Commitment,
    analysis: ClauseAnalysis,
    mentions: Sequence[ActorMention],
    cues: StrengthCues,
    reporting_cues: ReportingCues,
) -> str | None:
    """Why ``commitment``, read as a pledge, is a statement; None when it stands."""
    if commitment.kind not in PLEDGE_KINDS:
        return None
    if analysis.reading.undergone:
        return (
            f"the subject undergoes {analysis.reading.undergone!r} rather than commits to it "
            "(another voice's threat or a prediction)"
        )
    interpreter = interpreters_reading(analysis, cues)
    if interpreter:
        return f"{interpreter!r} read what the actor would do: a prediction, no pledge"
    evidence = evidence_reading(analysis, cues)
    if evidence:
        return f"an inference ({evidence!r} that ...), no one's account of a pledge"
    believer = anothers_belief(commitment, analysis)
    if believer:
        return f"{believer}'s belief or hope about another actor, no one's pledge"
    reason = (
        verdict(commitment, analysis, cues)
        or agreed_view(analysis, mentions, cues)
        or self_conditioned(commitment, analysis, mentions, cues)
    )
    if reason:
        return reason
    if nobody_commits(commitment, analysis, reporting_cues, mentions):
        return (
            f"no actor is the subject of {commitment.kind} {analysis.action_text!r} "
            "(a prediction or a verdict on a thing)"
        )
    return None


def interpreters_reading(analysis: ClauseAnalysis, cues: StrengthCues) -> str | None:
    """The words of an interpreter anywhere in the reporting chain ("Analysts said the
    comments signaled that ..."), or None."""
    for level in analysis.attribution.levels:
        token = level.speaker_token
        if token is not None and token.lemma_.lower() in cues.interpreter_nouns:
            return token.text
    # a verb the chain does not read as reporting ("signaled") still has them above it
    for verb in analysis.clause.head.ancestors:
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            if subject.lemma_.lower() in cues.interpreter_nouns:
                return subject.text
    return None


def evidence_reading(analysis: ClauseAnalysis, cues: StrengthCues) -> str | None:
    """The evidential verb of a reporting level ("it showed that Pyongyang will sign a
    moratorium"): an inference from evidence, no one's account of a pledge; or None."""
    for level in analysis.attribution.levels:
        verb = level.verb_token
        if verb is not None and verb.lemma_.lower() in cues.evidential_verbs:
            return f"{level.speaker_text or 'the evidence'} {verb.text}"
    return None


def verdict(commitment: Commitment, analysis: ClauseAnalysis, cues: StrengthCues) -> str | None:
    """Why a clause read as a pledge is another voice's speculation or verdict ("analysts
    said the North could test", "the UN said North Korea could not scrap the
    armistice", "it would be hard to move forward"), or None."""
    clause = analysis.clause
    subject = clause.subject
    head = clause.head
    judged = next(
        (c for c in head.children if c.dep_ == "acomp" and c.lower_ in cues.verdict_adjectives),
        None,
    )
    if subject is not None and subject.lower_ == "it" and head.lemma_ == "be" and judged:
        return f"an extraposed verdict ('it ... {judged.text} to ...'), no one's promise"
    if (
        subject is not None
        and subject.lower_ in DEMONSTRATIVES
        and head.lemma_ == "be"
        and any(c.dep_ in ("attr", "acomp") for c in head.children)
    ):
        # '"If North Korea takes steps, that would be a positive first step"'
        return f"a verdict on {subject.text!r} (a copula), no one's promise"
    described = _described_by_another(commitment, analysis)
    if described:
        return described
    modal = next(
        (
            c
            for token in clause.chain
            for c in token.children
            if c.dep_ == "aux"
            and c.lower_ in cues.speculation_modals
            # "could violate the pledge": the breach is speculated, the pledge was made
            and not holds_recalled_promise(token)
        ),
        None,
    )
    if modal is None:
        return None
    attribution = analysis.attribution
    if attribution.anonymous:
        return f"{modal.text!r} in an unnamed source's words: speculation"
    speaker = attribution.speaker
    if (
        speaker is None
        and not attribution.levels
        and (subject is None or subject.lower_ not in FIRST_PERSON_SUBJECTS)
        and commitment.kind != "refusal"
    ):
        # "The North has used visitors to send signals that it can later deny": the
        # report's own voice on what an actor might do
        return f"{modal.text!r} in the report's own voice: speculation"
    if commitment.kind != "refusal" or speaker is None or not speaker.speaker_code:
        return None
    speaker_country = country_of(speaker.speaker_code)
    if speaker_country and speaker_country != country_of(commitment.promisor):
        return (
            f"'{modal.text} not' in {speaker.speaker_code}'s words: a verdict on the actor, "
            "not its refusal"
        )
    return None


def _described_by_another(commitment: Commitment, analysis: ClauseAnalysis) -> str | None:
    """ "Lee said North Korea would be the biggest loser": a copula with a predicate noun
    in a voice not the actor's own describes the actor, it pledges nothing. In the actor's
    own words ("we will be a responsible state") it may be a pledge, and is left alone."""
    head = analysis.clause.head
    predicate = next((c for c in head.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    if head.lemma_ != "be" or predicate is None or commitment.kind == "refusal":
        return None
    speaker = analysis.attribution.speaker
    if speaker is None:
        return None
    speaker_country = country_of(speaker.speaker_code)
    promisor_country = country_of(commitment.promisor)
    if speaker_country is None or promisor_country is None or speaker_country == promisor_country:
        return None
    return (
        f"a description of the actor ('be ... {predicate.text}') in {speaker.speaker_code}'s "
        "words, no pledge"
    )


def agreed_view(
    analysis: ClauseAnalysis, mentions: Sequence[ActorMention], cues: StrengthCues
) -> str | None:
    """ "We agreed that the situation is grave", "agreed that the program cannot be
    tolerated": agreeing on a view of a thing (a that-clause whose subject is no actor and
    no pronoun) promises nothing; "agreed that we will hold talks" does."""
    head = analysis.clause.head
    if head.lemma_.lower() not in cues.view_agreement_verbs:
        return None
    for clause in (c for c in head.children if c.dep_ == "ccomp"):
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.pos_ in ("PRON", "PROPN"):
            continue
        if not any(m.start <= subject.i < m.end for m in mentions):
            # "North Korea's possession of nuclear weapons": an actor's thing is no actor
            return f"{head.text!r} a view of {subject.text!r}, no act promised"
    return None


#: Subjects that point at a situation, not an actor: "that would be a positive step".
DEMONSTRATIVES = frozenset({"that", "this"})


#: spaCy entity types that name someone who can promise, though no dictionary knows them.
NAMED_ACTOR_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def nobody_commits(
    commitment: Commitment,
    analysis: ClauseAnalysis,
    cues: ReportingCues,
    mentions: Sequence[ActorMention] = (),
) -> bool:
    """A clause read as a promise or refusal whose subject is a thing, not an actor: "said a
    launch would be a provocation", "the talks would resume soon", "these measures are not
    aimed at the people", and "a North Korean moratorium would be welcome", whose actor
    only qualifies the thing. A pronoun, a name or a group noun ("said it would ...",
    "Ruritania will ...", "the allies would not ...") may stand for an actor the
    dictionaries do not know, so it keeps its kind; so does a noun an actor mention covers
    ("the envoy would be ready")."""
    if commitment.kind not in PLEDGE_KINDS:
        return False
    subject = analysis.clause.subject
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_ in NAMED_ACTOR_ENTITIES:
        return False
    if subject.lemma_.lower() in cues.group_nouns:
        return False
    if not commitment.promisor:
        return True
    # an actor of the subject phrase that is not its head: "a North Korean moratorium",
    # "the North's program"; only a verdict on the thing (a copula) is judged so, "the
    # North's envoy will attend" has a head no dictionary may know
    head = analysis.clause.head
    copula = head.lemma_ == "be" and any(c.dep_ in ("acomp", "attr") for c in head.children)
    covered = any(m.start <= subject.i < m.end for m in mentions)
    return copula and not covered


def self_conditioned(
    commitment: Commitment,
    analysis: ClauseAnalysis,
    mentions: Sequence[ActorMention],
    cues: StrengthCues,
) -> str | None:
    """Why another voice's "if X does A, X would B" is no pledge of X's: the consequence of
    X's own act as that voice sees it ("Kerry said that if Kim Jong Un decided to launch a
    missile, he would be choosing to ignore the world"; "Seoul said that if Pyongyang resumed
    the talks, it would receive aid"; in the report's own voice, "If Pyongyang is serious, it
    would repeat the offer"). "X said it would return if the United States lifted
    sanctions" is conditioned on another's act and stays a pledge; so does "would allow
    inspectors back if it received fuel oil" (what X receives, :attr:`StrengthCues.
    receiving_verbs`); "if it is attacked" (a passive subject) is what is done to X."""
    speaker = analysis.attribution.speaker
    promisor = country_of(commitment.promisor)
    subject = analysis.clause.subject
    if promisor is None and subject is not None:
        # "it would receive aid": X is the subject even when it is the act's target, no doer
        acting = acting_mention(subject, mentions)
        promisor = country_of(acting.code) if acting is not None else None
    if promisor is None:
        return None
    if speaker is None and analysis.attribution.levels:
        return None  # a voice the chain names but cannot place
    if speaker is not None and (
        not speaker.speaker_code or country_of(speaker.speaker_code) == promisor
    ):
        return None
    voice = speaker.speaker_code if speaker is not None else "the report"
    doc = analysis.clause.trigger.doc
    for i in sorted(analysis.reading.condition_tokens):
        token = doc[i]
        if token.dep_ != "nsubj" or token.head.i not in analysis.reading.condition_tokens:
            continue
        if token.head.lemma_.lower() in cues.receiving_verbs:
            continue
        if token.lower_ == "they" and _singular(analysis.clause.subject):
            continue  # "North Korea is ready to meet anyone if they ...": not North Korea
        mention = next((m for m in mentions if m.start <= i < m.end and m.code), None)
        if mention is None or country_of(mention.code) != promisor:
            continue
        if opposed_sides(mention.code, commitment.promisor):
            continue  # "the ELN will extend the truce if the government ...": another's act
        return f"{voice}'s account of what follows if {mention.text} acts, no pledge of its own"
    return None


def _singular(subject: Token | None) -> bool:
    """A singular noun subject ("North Korea", "the government"), which "they" cannot be."""
    return subject is not None and subject.tag_ in ("NN", "NNP")


def anothers_belief(commitment: Commitment, analysis: ClauseAnalysis) -> str | None:
    """The speaker code when a belief verb of another country's voice is the nearest level
    above the pledge ("Seoul hopes North Korea will return to the talks", "Richardson
    believes the North will allow inspectors"): an expectation, not a report of a promise.
    The promisor's own hope ("North Korea hopes to return") stays its hedged promise."""
    levels = analysis.attribution.levels
    if not levels or levels[0].stance != "belief" or not levels[0].speaker_code:
        return None
    speaker = levels[0].speaker_code
    if country_of(speaker) == country_of(commitment.promisor):
        return None
    return speaker
