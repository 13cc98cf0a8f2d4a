"""A statement that is itself a saying speaks in its doer's own voice: a first-party statement.

"Bolivia's envoy denied any involvement", "Peru's foreign minister disputed the figures": the
statement's act is a verb of answering (the ``response`` stance of ``reporting_verbs.yaml``:
deny, dispute, ...), so its subject says it. With no reporting verb above the clause the
reporting chain names no speaker, and the statement read as the reporter's account of the
promisor: speaker None, third party. An envoy, a minister or the state itself speaks for its
state, so :func:`own_saying` makes the subject the speaker and the statement first party (the
lead's sample 12, #11; grader43). A saying reported by another ("Chile said Bolivia's envoy
denied it") keeps its chain's speaker and is left alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from pledgewatch.commitments.attribution import phrase_text
from pledgewatch.commitments.clause_analysis import ClauseAnalysis
from pledgewatch.commitments.formality import country_of
from pledgewatch.commitments.mention_codes import code_at
from pledgewatch.commitments.reporting_cues import ReportingCues
from pledgewatch.events.types import EventFinding
from pledgewatch.model import ActorMention, Commitment

#: The stance of verbs of answering ("deny", "dispute"): sayings, never a level above a promise.
#: Verbs of speech in general ("announce", "describe", "report") are left out: as a statement's
#: own act they mostly tell an event ("state media announced the death"), not a position.
_RESPONSE = "response"
#: Dependencies of a clause the sentence tells as done ("Pyongyang denied any role", "...,
#: and the envoy denied it"); a clause under another ("the North could describe as") is not.
_TOLD_DEPS = ("ROOT", "conj")


def own_saying(
    commitment: Commitment,
    finding: EventFinding,
    analysis: ClauseAnalysis,
    mentions: Sequence[ActorMention],
    cues: ReportingCues,
) -> None:
    """Give a statement whose own verb is a saying its subject as speaker, first party (in
    place, with its reason in ``why``), when no speaker is named above it."""
    if commitment.kind != "statement" or commitment.speaker or not commitment.promisor:
        return
    if any(level.speaker_token is not None for level in analysis.attribution.levels):
        return
    verb = finding.trigger
    if verb.pos_ not in ("VERB", "AUX") or cues.stance(verb) != _RESPONSE:
        return
    if any(c.dep_ == "neg" for c in verb.children) or not _main_clause(verb):
        return
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return
    code = code_at(subject, mentions)
    if (
        code is None
        or country_of(code) in (None, "")
        or (country_of(code) != country_of(commitment.promisor))
    ):
        return
    commitment.speaker = code
    commitment.speaker_text = phrase_text(subject)
    commitment.why = [w for w in commitment.why if not w.startswith("third party:")]
    commitment.why.append(f"first party: {code} says it itself ({verb.text!r})")
    commitment.first_party = True


def _main_clause(verb: Token) -> bool:
    """The verb is the sentence's own clause or conjoined to it, not a clause under another."""
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node.dep_ in _TOLD_DEPS
