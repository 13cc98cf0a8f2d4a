"""First party or not, decided once per commitment, after its promisor is final.

A promise is first party when the promisor states it itself
(:func:`pledgewatch.commitments.parties.is_first_party`). A demand's one who asks is settled
only after the commitment is built (:func:`pledgewatch.commitments.obligations.
settle_who_demands`: the speaker of a "must" on another, the sayer of a 10x demand, the voice
that asks a saying of another), so its first party is read here, after that, by the rule the
settling names, and the why gets one line for it. It used to be read for the obliged actor
first and its why line rewritten once the demander was known: two modules coupled through the
prefix of a string.
"""

from __future__ import annotations

from collections.abc import Sequence

from pledgewatch.commitments.attribution import ReportLevel
from pledgewatch.commitments.clause_analysis import ClauseAnalysis
from pledgewatch.commitments.formality import FormalityReading, country_of
from pledgewatch.commitments.obligations import SettledDemander
from pledgewatch.commitments.parties import is_first_party
from pledgewatch.commitments.reporting_cues import ReportingCues
from pledgewatch.commitments.voice_sides import opposed_sides
from pledgewatch.events.types import EventFinding
from pledgewatch.model import ActorMention, Commitment


def decide_first_party(
    commitment: Commitment,
    finding: EventFinding,
    analysis: ClauseAnalysis,
    formality: FormalityReading,
    settled: SettledDemander | None,
    mentions: Sequence[ActorMention] = (),
    reporting_cues: ReportingCues | None = None,
) -> None:
    """Set ``commitment.first_party`` and add its one why line. ``settled`` is how a demand's
    demander was settled (None: a promise, offer, refusal or statement, or a demand whose
    demander is the event's own source, read as a promise is)."""
    if settled is None:
        commitment.first_party = is_first_party(
            commitment.promisor,
            analysis.attribution,
            formality,
            commitment.why,
            subject=analysis.clause.subject,
            mentions=mentions,
            reporting_cues=reporting_cues,
        )
    elif settled.rule == "sayer":
        commitment.first_party = settled.voice is not None and not commitment.anonymous
        asker = commitment.promisor or "the report"
        commitment.why.append(
            f"first party: {asker} asks it in its own voice"
            if commitment.first_party
            else f"third party: {asker} asks it, in no named voice of its own"
        )
    elif settled.rule == "author":
        # the statement's author asks it in its own text (obligations.the_authors_demand)
        commitment.first_party = True
        commitment.why.append(f"first party: the demander's own statement ({commitment.promisor})")
    else:
        commitment.first_party = demander_states_it(commitment, finding, analysis)


def demander_states_it(
    commitment: Commitment, finding: EventFinding, analysis: ClauseAnalysis
) -> bool:
    """Whether the one who asks states the demand itself. '"North Korea must change," Obama
    told a news conference' is Obama's own words; "Chinese state media said Seoul had insisted
    that North Korea apologise" is Seoul's demand in China's account: third party. Every named
    voice must be the demander's side, as :func:`~pledgewatch.commitments.parties.
    is_first_party` asks of a promise's voices. Adds the reading's why line."""
    named = [lvl for lvl in analysis.attribution.levels if lvl.speaker_token is not None]
    outsider = next(
        (lvl for lvl in reversed(named) if not _demanders_voice(lvl, commitment, finding)), None
    )
    states_it = (
        commitment.promisor is not None
        and not commitment.anonymous
        and bool(named)
        and outsider is None
    )
    if states_it:
        commitment.why.append(f"first party: the demander {commitment.promisor} says it")
    elif outsider is not None:
        voice = outsider.speaker_code or outsider.speaker_text
        commitment.why.append(f"third party: {voice} reports {commitment.promisor}'s demand")
    else:
        commitment.why.append("third party: no named voice of the demander's own")
    return states_it


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
