"""Who a "must" or "should" binds: the one who says it (an obligation taken on, graded like a
promise) or another actor (the speaker's demand on that actor).

"We must resume the six-party talks," the foreign ministry said: the ministry's own
obligation. "The Ministry said the North must first take responsibility", "Washington should
not return to the talks", '"North Korea's words must be followed by actions," Crowley said':
demands, the speaker (or the report's own voice) asking it of the actor. Once a commitment is
a demand, :func:`settle_who_demands` decides who asks and who is asked, and says by which rule
its first party is then read (:class:`SettledDemander`, read once by
:func:`pledgewatch.commitments.first_party.decide_first_party`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from pledgewatch.commitments.attribution import ReportLevel
from pledgewatch.commitments.clause_analysis import ClauseAnalysis, acting_mention
from pledgewatch.commitments.demanded_things import one_asked_for_the_thing
from pledgewatch.commitments.formality import country_of
from pledgewatch.commitments.strength import StrengthCues, strength_without_refusal
from pledgewatch.events.modality import ModalityCues
from pledgewatch.events.types import EventFinding
from pledgewatch.model import ActorMention, Commitment

#: Subjects with which a "must"/"should" binds the speaker itself ("we must resume talks").
FIRST_PERSON_SUBJECTS = frozenset({"we", "i", "us"})


@dataclass(frozen=True, slots=True)
class SettledDemander:
    """How the one who asks was settled, so its first party is read once, by the right rule:
    ``"voices"``: every named voice must be the demander's side ('"North Korea must change,"
    Obama told a news conference' is Obama's own demand); ``"sayer"``: a saying only advised
    ("Washington should insist that ..."), asked by ``voice`` (the next named voice out, None:
    the report's own); ``"author"``: a demand in no named voice in a state's own statement,
    the statement's author asking it in its own text (:func:`the_authors_demand`)."""

    rule: Literal["voices", "sayer", "author"]
    voice: ReportLevel | None = None


def obligation_of_the_speaker(
    finding: EventFinding, analysis: ClauseAnalysis, mentions: Sequence[ActorMention] = ()
) -> bool:
    """Whether a "must"/"should" binds the one who says it (an obligation taken on, graded
    like a promise) rather than another actor (a demand on that actor)."""
    subject = analysis.clause.subject
    if subject is not None and subject.lower_ in FIRST_PERSON_SUBJECTS:
        return True
    speaker = analysis.attribution.speaker
    if speaker is None:
        return False  # the report's own voice: "North Korea must stop its provocations"
    actor = country_of(finding.event.source)
    if analysis.clause.descended:
        # a speech verb's own source is the speaker: the obliged is what it reports on
        obliged = acting_mention(subject, mentions) if subject is not None else None
        actor = country_of(obliged.code) if obliged is not None else None
        if actor is None and subject is not None and subject.pos_ == "PROPN":
            return False  # a name the dictionaries do not place ("say North must change")
    if actor is None:
        return True  # an obliged we cannot place: not known to be another's
    if speaker.speaker_code is None:
        # a voice we cannot place: "he must", "they must" may be the speaker itself; a named
        # actor ("the forum concluded that the United States must allocate more") is another
        return subject is None or subject.pos_ == "PRON"
    return country_of(speaker.speaker_code) == actor


def recommended(finding: EventFinding, analysis: ClauseAnalysis) -> bool:
    """An act someone should or must do, or should not do ("Washington should not return to
    the talks"): the event's modality says so, or a "should" or "must" on the clause's own
    verbs does where the event's modality cannot (a negation outranks it; a speech verb
    graded on what it reports)."""
    modality = finding.event.modality
    if modality == "recommended":
        return True
    if modality != "negated" and not analysis.clause.descended:
        return False
    # a negation outranks the event's "should"; a speech verb graded on what it reports
    # ('"North Korea's words must be followed by actions," Crowley said') has the
    # modality of the saying, not of what is said
    modals = ModalityCues.load().recommended_aux
    return any(
        c.dep_ == "aux" and c.lower_ in modals
        for token in analysis.clause.chain
        for c in token.children
    )


def make_speakers_demand(commitment: Commitment) -> None:
    """Turn an obligation another voice put on an actor into that voice's demand, in the shape
    of a CAMEO 10 demand: the one who demands is the promisor, the obliged actor the promisee."""
    obliged = commitment.promisor
    commitment.promisor = commitment.speaker
    commitment.promisee = obliged
    commitment.why.append(
        f"demand: {commitment.speaker or 'the report'} puts the obligation on {obliged}"
    )


def advised_saying(level: ReportLevel | None) -> bool:
    """A reporting level whose verb is itself only advised: "Washington should insist that
    ...", "it must tell Pyongyang that ...". Nobody has said it yet."""
    if level is None or level.verb_token is None:
        return False
    modals = ModalityCues.load().recommended_aux
    return any(c.dep_ == "aux" and c.lower_ in modals for c in level.verb_token.children)


def ask_the_sayer(
    commitment: Commitment, finding: EventFinding, analysis: ClauseAnalysis
) -> SettledDemander:
    """ "Washington should insist that IAEA inspectors return": the "should" is on the saying,
    so nobody has insisted yet; the voice above (the report, or whoever says it should)
    demands that the sayer insist, as with "Washington should ask Moscow ...". The sayer is
    the promisee; the demander is the next named voice out, else the report itself. The
    event is the saying itself, or (``analysis.clause.descended`` false) what it would say.
    The voice that asks is returned with the rule its first party is read by."""
    levels = analysis.attribution.levels
    if analysis.clause.descended:
        sayer, outer = finding.event.source, levels[1:]
    else:
        inner = analysis.attribution.speaker
        sayer = inner.speaker_code if inner is not None else None
        outer = levels[levels.index(inner) + 1 :] if inner is not None else []
    voice = next((lvl for lvl in outer if lvl.speaker_token is not None), None)
    commitment.promisor = voice.speaker_code if voice is not None else None
    commitment.promisee = sayer
    commitment.speaker = commitment.promisor
    commitment.why.append(
        f"demand: {commitment.promisor or 'the report'} asks {sayer} to say it "
        f"({finding.trigger.text!r} is recommended)"
    )
    return SettledDemander("sayer", voice)


def no_demand_on_oneself(commitment: Commitment) -> None:
    """ "The United States would be well advised to choose ...", "Seoul was urged to show
    restraint": read from the passive subject, the one asked came out as the one who asks.
    Nobody demands a thing of itself; the asker is the speaker if there is one, else the
    report's own voice."""
    if not commitment.promisor or commitment.promisor != commitment.promisee:
        return
    commitment.why.append(f"demand: {commitment.promisee} is the one asked, not the one who asks")
    speaker = commitment.speaker
    commitment.promisor = speaker if speaker != commitment.promisee else None


def the_authors_demand(
    commitment: Commitment, analysis: ClauseAnalysis, author_country: str | None
) -> SettledDemander | None:
    """ "The South Korean side must withdraw its personnel within 72 hours", in no named voice
    of a statement KCNA publishes: the report's own voice is the statement's author, so the
    author asks it, in its own text (grader26). A news report's own voice (no author country:
    ``FormalityReading.author_country``) stays nobody's; a demand on the author itself is
    none of this ("We must ..." is an obligation taken on, graded before)."""
    named = [lvl for lvl in analysis.attribution.levels if lvl.speaker_token is not None]
    if (
        commitment.promisor is not None
        or named
        or commitment.anonymous
        or author_country is None
        or country_of(commitment.promisee) == author_country
    ):
        return None
    commitment.promisor = author_country
    commitment.why.append(f"demand: the statement's author {author_country} asks it")
    return SettledDemander("author")


def settle_who_demands(
    commitment: Commitment,
    finding: EventFinding,
    analysis: ClauseAnalysis,
    cues: StrengthCues,
    author_country: str | None = None,
    mentions: Sequence[ActorMention] = (),
) -> SettledDemander | None:
    """Who asks and who is asked, once a commitment is known to be a demand: the sayer of a
    demand coded on the speech verb, the voice that puts a "must" on another, the one a
    recommended saying is asked of; and never the one asked itself. Returns the rule the
    demand's first party is read by (None: as a promise's, the demander being the event's
    own source). ``author_country``: the country of the document's author when a state
    publishes it, who asks a demand told in no named voice (:func:`the_authors_demand`).
    ``mentions``: the sentence's actors, where the one asked for a thing demanded in a
    relative clause is found (:mod:`~pledgewatch.commitments.demanded_things`)."""
    settled: SettledDemander | None = None
    if (analysis.clause.descended and finding.event.modality == "recommended") or (
        not analysis.clause.descended and advised_saying(analysis.attribution.speaker)
    ):
        # "Washington should insist that ...": the saying itself is what is asked for
        settled = ask_the_sayer(commitment, finding, analysis)
    elif analysis.clause.descended and (
        cues.kind_for_cameo(finding.event.cameo) == "demand"
        or analysis.reading.kind_cue == "demand"  # "Seoul insisted that North Korea apologise"
    ):
        # "Seoul said Pyongyang must apologise", coded as Seoul's demand (10x) on the
        # speech verb: the speaker demands, the one obliged is the promisee
        obliged = commitment.promisor
        commitment.promisor = finding.event.source
        commitment.promisee = finding.event.target or obliged
        commitment.why.append(f"demand: {finding.event.source} asks it of {obliged}")
        settled = SettledDemander("voices")
    elif recommended(finding, analysis):
        make_speakers_demand(commitment)
        if analysis.clause.descended and finding.event.source:
            # "U.S., Japan, South Korea say North must change": each sayer demands
            commitment.promisor = finding.event.source
            commitment.why[-1] = (
                f"demand: {finding.event.source} puts the obligation on {commitment.promisee}"
            )
        settled = SettledDemander("voices")
        if commitment.strength == "refused":
            # "Washington should not return to the talks": a demand not to act is
            # as firm as its wording, the "not" is what is demanded
            reading = analysis.reading
            commitment.strength = strength_without_refusal(reading)
    if commitment.promisee is None:
        # "the apology that Seoul demands": the one asked stands outside the relative clause
        asked = one_asked_for_the_thing(finding.trigger, mentions)
        if asked is not None and asked[0] != commitment.promisor:
            commitment.promisee = asked[0]
            commitment.why.append(f"demand: {asked[0]} is the one asked ({asked[1]})")
    no_demand_on_oneself(commitment)
    return the_authors_demand(commitment, analysis, author_country) or settled
