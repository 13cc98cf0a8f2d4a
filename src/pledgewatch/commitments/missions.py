"""Troops offered, or sent on a mission, are a pledge to the host, not a threat.

The event coder codes a deployment as a show of force (CAMEO 15x) or a threat of force (13x),
and the grader reads an intent to do something hostile as a threat, a statement. But "Kenya
will lead a multinational force to Haiti and send 1,000 police officers" is Kenya's pledge to
a mission the host asked for, and "Benin has offered to send 2,000 troops to Haiti" is an offer
(the verb says so). :func:`read_as_mission` turns such a statement back into a promise or an
offer: an offer verb over the deployment, or a mission named where the troops go or what they
join (``mission_words`` in ``data/commitments/second_readings.yaml``: mission, peacekeeping,
multinational ...). From the audit "promises from everywhere, a second set" (stop 21,
benchmarks/RESULTS.md). "Russia will send troops to the border" stays a threat, and so do
"deploy warships to shadow the multinational naval exercise" (the aim) and "... after the UN
peacekeeping mission leaves" (a condition; review 19).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

from spacy.tokens import Token

from pledgewatch.commitments.clause_analysis import ClauseAnalysis
from pledgewatch.commitments.joint_parties import second_readings_data
from pledgewatch.events.types import EventFinding
from pledgewatch.model import Commitment

#: CAMEO roots of a deployment read as hostile: threaten (13), military posture (15).
DEPLOYMENT_CAMEO = ("13", "15")
#: Event modalities of an act to come.
AHEAD = frozenset({"future", "hypothetical"})


@functools.lru_cache(maxsize=1)
def mission_words() -> frozenset[str]:
    """The shipped list (``second_readings.yaml``: ``mission_words``)."""
    return frozenset(str(w).lower() for w in second_readings_data().get("mission_words") or ())


def mission_reading(
    commitment: Commitment, finding: EventFinding, analysis: ClauseAnalysis
) -> tuple[str, str] | None:
    """The kind and the reason when a statement read from a hostile code is a deployment
    offered or sent on a mission, else None."""
    if commitment.kind != "statement" or not commitment.promisor:
        return None
    if not (finding.event.cameo or "").startswith(DEPLOYMENT_CAMEO):
        return None
    told_otherwise = any(w.startswith("statement:") for w in commitment.why)
    if finding.event.modality == "negated" or told_otherwise:
        return None
    if analysis.reading.kind_cue == "offer":
        return "offer", "an offer to deploy: an offer to the host, no threat"
    if finding.event.modality not in AHEAD:
        return None
    # the mission may be named by a verb conjoined ("will lead a multinational force ... and
    # send") or by the aim ("send troops to join the peacekeeping mission")
    verb = analysis.clause.head
    while verb.dep_ == "conj":
        verb = verb.head
    conditions = analysis.reading.condition_tokens
    named = next(
        (
            t
            for phrase in _destinations(verb)
            for t in phrase.subtree
            if t.i not in conditions and _names_a_mission(t)
        ),
        None,
    )
    if named is None:
        return None
    return "promise", f"a deployment on a mission ({named.text!r}): a pledge to the host"


def _destinations(verb: Token) -> Iterator[Token]:
    """The phrases a deployment is sent to or joins: a preposition of the verb or of its
    object ("send troops to the mission"), the object of a join/lead verb ("lead a
    multinational force", "send troops to join the peacekeeping mission"); not its aim
    otherwise ("to shadow the multinational naval exercise") nor its time or condition."""
    aim_verbs = _mission_vocabulary()["mission_aim_verbs"]
    for child in verb.children:
        if child.dep_ == "prep" or child.dep_ == "dobj" and verb.lemma_.lower() in aim_verbs:
            yield child
        elif child.dep_ == "dobj":
            yield from (c for c in child.children if c.dep_ == "prep")
        elif child.dep_ in ("advcl", "xcomp") and child.lemma_.lower() in aim_verbs:
            yield from (c for c in child.children if c.dep_ == "dobj")


def _names_a_mission(token: Token) -> bool:
    """A mission word; "multinational", "stabilisation" only of a mission, force, operation."""
    lemma, words = token.lemma_.lower(), _mission_vocabulary()
    if lemma not in mission_words():
        return False
    if lemma in words["mission_modifiers"]:
        return token.head.lemma_.lower() in words["mission_heads"] and token.head is not token
    return True


@functools.lru_cache(maxsize=1)
def _mission_vocabulary() -> dict[str, frozenset[str]]:
    """``mission_aim_verbs``, ``mission_modifiers``, ``mission_heads`` of
    ``second_readings.yaml``."""
    data = second_readings_data()
    keys = ("mission_aim_verbs", "mission_modifiers", "mission_heads")
    return {key: frozenset(str(w).lower() for w in data.get(key) or ()) for key in keys}


def read_as_mission(
    commitment: Commitment, finding: EventFinding, analysis: ClauseAnalysis
) -> None:
    """Turn a deployment offered or sent on a mission into an offer or promise, in place."""
    reading = mission_reading(commitment, finding, analysis)
    if reading is None:
        return
    commitment.kind, reason = reading  # type: ignore[assignment]
    commitment.why.append(reason)
