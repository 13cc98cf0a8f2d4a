"""Joint drills a force came for: the drills are its act, with the partner of the drills.

"The frigate HMS Argyll arrived in the South China Sea for joint exercises with the Japanese
navy": the noun of joint drills (062, military cooperation, as "held joint drills with X") hung
by "for" on a verb of coming (``@journey`` in ``word_classes.tsv``: arrive, sail, ...) had no
doer, and the arrival took the drills' partner as the place it visited (042 GBRMIL -> JPNMIL),
while arriving in a sea visits no one. :func:`join_purpose_drills` gives the drills the doer of
the arrival, gives them the partner when the parser hung "with the Japanese navy" on the verb,
and drops the arrival's visit when its only target was that partner. An arrival with a place of
its own ("arrived in Busan for joint drills with ...") stays a visit beside the drills; the
arrival then took the port, not the partner, so the drills read their partner from the "with"
object on the verb themselves.

Talks are come for the same way ("Glyn Davies arrived in Beijing for talks with North Korean
officials", the lead's fourteenth sample): the talks (040, 045, 046) are the traveller's, with
the partner the noun names; the arrival stays a visit to its place. The talks may be counted
("arrived in Beijing for a second round of talks with ...", ``@round_of_talks`` in
``word_classes.tsv``): the round is what "for" holds, the talks hang on it by "of".
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pledgewatch.events.actions import Action
    from pledgewatch.events.actor_phrases import ActorIndex
    from pledgewatch.events.extract import RawEvent
    from pledgewatch.events.lexicon import Lexicon

__all__ = ["join_purpose_drills"]

#: The preposition of purpose ("arrived for joint drills").
_PURPOSE_PREPOSITION = "for"
#: Codes of the acts one travels for: military cooperation, the code of joint drills
#: (nouns.tsv drills.n+joint), and consultations, mediation and talks (not a visit, 042-044,
#: which the journey is already).
_PURPOSE_CODES = ("06", "040", "045", "046")
#: Relations by which a partner of the drills reaches the verb's event: "with" hung on the
#: verb, or found deep in the "for" phrase.
_PARTNER_RELATIONS = frozenset({"with", "deep"})


def join_purpose_drills(
    events: list[RawEvent], actions: list[Action], lexicon: Lexicon, actors: ActorIndex
) -> list[RawEvent]:
    """``events`` with each purpose drill given the arrival's doer and partner (see above)."""
    journeys = lexicon.words("@journey")
    rounds = lexicon.words("@round_of_talks")
    dropped: set[int] = set()
    added: list[RawEvent] = []
    for action in actions:
        verb = _journey_verb(action, journeys, rounds)
        if verb is None:
            continue
        arrivals = [e for e in events if e.trigger.i == verb.i and e.action is not action]
        arrival = next((e for e in arrivals if e.source is not None), None)
        if arrival is None:
            continue
        drills = [e for e in events if e.action is action]
        if not drills:
            # no actor of its own ("for joint drills" with the partner hung on the verb): the
            # drills are read from the arrival, their code and words
            code = action.pattern.code or ""  # a purpose code: _journey_verb checked it
            drill = replace(
                arrival,
                action=action,
                code=code,
                source=None,
                target=None,
                content=None,
                content_code=None,
                why=f"pattern {action.pattern.id}→{code} (noun '{action.token.text}')",
                tokens=[action.token],
            )
            added.append(drill)
            drills = [drill]
        for drill in drills:
            _join(drill, arrival, arrivals, verb, dropped)
            if drill.target is None:
                _partner_on_verb(drill, verb, actors)
    return [e for e in events if id(e) not in dropped] + added


def _join(
    drill: RawEvent, arrival: RawEvent, arrivals: list[RawEvent], verb: Any, dropped: set[int]
) -> None:
    """Give ``drill`` the arrival's doer and the partner it took; drop visits to the partner."""
    source = arrival.source
    assert source is not None
    if drill.source is None:
        drill.source = source
        drill.tokens.append(source.head)
        drill.why += f"; the doer of '{verb.text}' it came for ({source.describe()})"
    for visit in arrivals:
        target = visit.target
        if target is None or not _partner_of(target, drill, verb):
            continue
        if drill.target is None:
            drill.target = target
            drill.tokens.append(target.head)
            drill.why += f"; its partner ({target.describe()})"
        if drill.target.mention.code == target.mention.code:
            dropped.add(id(visit))  # a sea reached is no visit to the partner
            if drill.role == "mentioned":
                drill.role = visit.role


def _partner_on_verb(drill: RawEvent, verb: Any, actors: ActorIndex) -> None:
    """Give ``drill`` the actor of a "with" phrase hung on the verb ("arrived in Busan for joint
    drills with the South Korean navy"), when the arrival took a place of its own instead."""
    objects = [
        obj
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "with"
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    own = drill.source.mention.code if drill.source is not None else None
    # a force drilling "with" its own navy names no partner
    partners = [
        p for obj in objects for p in actors.actors_of(obj, "with") if p.mention.code != own
    ]
    if partners:
        drill.target = partners[0]
        drill.tokens.append(partners[0].head)
        drill.why += f"; its partner on '{verb.text}' ({partners[0].describe()})"


def _journey_verb(action: Action, journeys: frozenset[str], rounds: frozenset[str]) -> Any:
    """The verb of coming a joint-drill or talks noun is hung on by "for", or None."""
    token = action.token
    code = action.pattern.code or ""
    if action.pattern.kind != "noun" or not code.startswith(_PURPOSE_CODES):
        return None
    token = _counted_round(token, rounds)
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != _PURPOSE_PREPOSITION or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in journeys:
        return None
    return verb


def _counted_round(token: Any, rounds: frozenset[str]) -> Any:
    """The round that counts the talks ("for a second round of talks"), else the talks noun."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return token
    counted = prep.head
    return counted if counted.lemma_.lower() in rounds else token


def _partner_of(target: Any, drill: RawEvent, verb: Any) -> bool:
    """Was ``target`` (of the verb's event) the drills' partner: "with" on the verb, or a word
    inside the drill phrase?"""
    if target.relation not in _PARTNER_RELATIONS:
        return False
    head = target.head
    if head.i in {t.i for t in drill.trigger.subtree}:
        return True
    prep = head.head
    return head.dep_ == "pobj" and prep.lower_ == "with" and prep.head.i == verb.i
