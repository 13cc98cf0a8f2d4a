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

A show of force on one's own ground is no threat either (:func:`home_ground`, pass 24):
"Mexico will reinforce its northern border with 10,000 National Guard troops", announced by
Mexico's own side with no foreign target, threatens no one; it is a promise, often the
concession another asked for. "will deploy troops to its border with Guyana" (a country named)
and "will deploy troops to the border with Ukraine to deter Kyiv" (a foreign target) stay threats.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

from spacy.tokens import Token

from pledgewatch.commitments.clause_analysis import ClauseAnalysis
from pledgewatch.commitments.formality import country_of
from pledgewatch.commitments.joint_parties import second_readings_data, second_readings_words
from pledgewatch.events.types import EventFinding
from pledgewatch.model import Commitment

#: CAMEO roots of a deployment read as hostile: threaten (13), military posture (15).
DEPLOYMENT_CAMEO = ("13", "15")
#: Event modalities of an act to come.
AHEAD = frozenset({"future", "hypothetical"})
#: The CAMEO root of a show of force (military posture): on one's own ground, no threat.
POSTURE_CAMEO = "15"
#: The phrases of a deployment that name where it goes and what for (not its subject, nor a
#: reporting verb hung on it).
GROUND_AND_AIM = frozenset({"dobj", "prep", "advcl", "xcomp", "dative", "npadvmod"})


def mission_words() -> frozenset[str]:
    """The shipped list (``second_readings.yaml``: ``mission_words``)."""
    return second_readings_words("mission_words")


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
    ground = home_ground(commitment, finding, analysis)
    if ground is not None:
        return "promise", f"a show of force on its own ground ({ground!r}): no threat to anyone"
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


def home_ground(
    commitment: Commitment, finding: EventFinding, analysis: ClauseAnalysis
) -> str | None:
    """The ground of "will reinforce its northern border", "will deploy soldiers to its
    southern border" when a show of force (15x) read as a threat stays on the doer's own
    ground: the ground noun (``home_ground_nouns``) owned ("its", "our", "own"), as the verb's
    object or where its object goes; no foreign target coded and no country named in the
    clause beyond its subject; the doer's own side tells it (first party). Else None."""
    event = finding.event
    doer = country_of(event.source)
    if not (event.cameo or "").startswith(POSTURE_CAMEO) or not commitment.first_party:
        return None
    if doer is None:
        return None
    verb = analysis.clause.head
    nouns, owning = _home_ground_nouns(), second_readings_words("owning_words")
    places = [c for c in verb.children if c.dep_ == "dobj"]
    places += [g for p in _destinations(verb) for g in p.children if g.dep_ == "pobj"]
    phrases = [c for c in verb.children if c.dep_ in GROUND_AND_AIM]
    policed = policed_border(places, phrases)
    if policed is not None:
        return policed
    if country_of(event.target) not in (None, doer):
        return None
    if any(t.ent_type_ in ("GPE", "NORP") for phrase in phrases for t in phrase.subtree):
        return None  # "to its border with Guyana", "to deter Venezuela"
    owned = next(
        (
            place
            for place in places
            if place.lemma_.lower() in nouns
            and any(c.lower_ in owning for c in place.children if c.dep_ in ("poss", "amod"))
        ),
        None,
    )
    return None if owned is None else " ".join(t.text for t in owned.subtree)


def policed_border(places: list[Token], phrases: list[Token]) -> str | None:
    """The border of "will deploy 10,000 troops to the U.S. border to stop the flow of drugs",
    "will send soldiers to the border with the United States to curb migration": troops sent
    to a border stand on the sender's side of it, and sent to police it (``policing_aims``:
    drugs, migrants, smuggling ...) they threaten no neighbour, whoever the border is named
    after; the concession the neighbour asked for, a promise (pass 25). Not with a hostile
    aim beside it (``hostile_aims``: "to deter Kyiv", "to counter"); a deployment "to the
    border with Ukraine" with no aim stays a threat, as "Mexico to deploy troops to U.S.
    border" alone does (nothing tells it from a massing of troops). Else None."""
    words = [t.lemma_.lower() for phrase in phrases for t in phrase.subtree]
    if not set(words) & second_readings_words("policing_aims"):
        return None
    if set(words) & second_readings_words("hostile_aims"):
        return None
    border = next((p for p in places if p.lemma_.lower() in _border_nouns()), None)
    return None if border is None else " ".join(t.text for t in border.subtree)


def _border_nouns() -> frozenset[str]:
    """``border_nouns`` of ``second_readings.yaml``: the grounds one stands on one's side of."""
    return second_readings_words("border_nouns")


def _home_ground_nouns() -> frozenset[str]:
    """``home_ground_nouns`` of ``second_readings.yaml``."""
    return second_readings_words("home_ground_nouns")


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
