"""Who a "must" or "should" binds: the one who says it (an obligation taken on, graded like a
promise) or another actor (the speaker's demand on that actor).

"We must resume the six-party talks," the foreign ministry said: the ministry's own
obligation. "The Ministry said the North must first take responsibility", "Washington should
not return to the talks", '"North Korea's words must be followed by actions," Crowley said':
demands, the speaker (or the report's own voice) asking it of the actor. Once a commitment is
a demand, :func:`settle_who_demands` decides who asks and who is asked.
"""

from __future__ import annotations

from collections.abc import Sequence

from pledgewatch.commitments.attribution import ReportLevel
from pledgewatch.commitments.clause_analysis import ClauseAnalysis, acting_mention
from pledgewatch.commitments.formality import country_of
from pledgewatch.commitments.strength import StrengthCues, strength_without_refusal
from pledgewatch.commitments.voice_sides import opposed_sides
from pledgewatch.events.modality import ModalityCues
from pledgewatch.events.types import EventFinding
from pledgewatch.model import ActorMention, Commitment

#: Subjects with which a "must"/"should" binds the speaker itself ("we must resume talks").
FIRST_PERSON_SUBJECTS = frozenset({"we", "i", "us"})


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
    commitment.first_party = commitment.speaker is not None and not commitment.anonymous
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


def ask_the_sayer(commitment: Commitment, finding: EventFinding, analysis: ClauseAnalysis) -> None:
    """ "Washington should insist that IAEA inspectors return": the "should" is on the saying,
    so nobody has insisted yet; the voice above (the report, or whoever says it should)
    demands that the sayer insist, as with "Washington should ask Moscow ...". The sayer is
    the promisee; the demander is the next named voice out, else the report itself. The
    event is the saying itself, or (``analysis.clause.descended`` false) what it would say."""
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
    commitment.first_party = voice is not None and not commitment.anonymous
    commitment.why.append(
        f"demand: {commitment.promisor or 'the report'} asks {sayer} to say it "
        f"({finding.trigger.text!r} is recommended)"
    )


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


def the_demander_speaks(
    commitment: Commitment, finding: EventFinding, analysis: ClauseAnalysis
) -> None:
    """First party or not, once the one who asks is known. '"North Korea must change," Obama
    told a news conference' was graded third party while the obliged North Korea stood as
    promisor: the demand is Obama's own words. "Chinese state media said Seoul had insisted that
    North Korea apologise" is Seoul's demand in China's account: third party. Every named voice
    must be the demander's side, as :func:`pledgewatch.commitments.parties.is_first_party`
    asks of a promise's voices; the why keeps only the final reading."""
    named = [lvl for lvl in analysis.attribution.levels if lvl.speaker_token is not None]
    outsider = next(
        (lvl for lvl in reversed(named) if not _demanders_voice(lvl, commitment, finding)), None
    )
    commitment.first_party = (
        commitment.promisor is not None
        and not commitment.anonymous
        and bool(named)
        and outsider is None
    )
    commitment.why[:] = [
        w for w in commitment.why if not w.startswith(("third party:", "first party:"))
    ]
    if commitment.first_party:
        commitment.why.append(f"first party: the demander {commitment.promisor} says it")
    elif outsider is not None:
        voice = outsider.speaker_code or outsider.speaker_text
        commitment.why.append(f"third party: {voice} reports {commitment.promisor}'s demand")
    else:
        commitment.why.append("third party: no named voice of the demander's own")


def _demanders_voice(level: ReportLevel, commitment: Commitment, finding: EventFinding) -> bool:
    """A reporting voice on the demander's side: of its country, the very same actor ("the
    spokesman", of no country), or a joint voice the demander is part of ("the foreign
    ministers of the United States, Japan and South Korea said")."""
    demander = commitment.promisor
    if opposed_sides(level.speaker_code, demander):
        # "Lukashenko said Poland must close its border, a Belarusian opposition leader
        # said": the opposition tells the government's demand (as parties.is_first_party)
        return False
    if level.speaker_code == demander:
        return True
    country = country_of(demander)
    if country is not None and country_of(level.speaker_code) == country:
        return True
    token, source = level.speaker_token, finding.source
    return (
        token is not None
        and source is not None
        and source.code == demander
        and any(t.i == source.start for t in token.subtree)
    )


def settle_who_demands(
    commitment: Commitment, finding: EventFinding, analysis: ClauseAnalysis, cues: StrengthCues
) -> None:
    """Who asks and who is asked, once a commitment is known to be a demand: the sayer of a
    demand coded on the speech verb, the voice that puts a "must" on another, the one a
    recommended saying is asked of; and never the one asked itself."""
    if (analysis.clause.descended and finding.event.modality == "recommended") or (
        not analysis.clause.descended and advised_saying(analysis.attribution.speaker)
    ):
        # "Washington should insist that ...": the saying itself is what is asked for
        ask_the_sayer(commitment, finding, analysis)
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
        the_demander_speaks(commitment, finding, analysis)
    elif recommended(finding, analysis):
        make_speakers_demand(commitment)
        if analysis.clause.descended and finding.event.source:
            # "U.S., Japan, South Korea say North must change": each sayer demands
            commitment.promisor = finding.event.source
            commitment.why[-1] = (
                f"demand: {finding.event.source} puts the obligation on {commitment.promisee}"
            )
        the_demander_speaks(commitment, finding, analysis)
        if commitment.strength == "refused":
            # "Washington should not return to the talks": a demand not to act is
            # as firm as its wording, the "not" is what is demanded
            reading = analysis.reading
            commitment.strength = strength_without_refusal(reading)
    no_demand_on_oneself(commitment)
