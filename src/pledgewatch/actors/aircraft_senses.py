"""Fighters that are warplanes: a rebel noun in a sentence about air power is the air force.

"fighter" names a rebel (agents.yaml, REB: "Taliban fighters") and a warplane ("Polish
fighters escorted the bombers"). The dictionary's agent noun has one sense, so "a joint
exercise with Polish fighters" read as Polish rebels (POLREB). Where the sentence speaks of air
power or military drills (``air_war_words``: exercise, drill, jets, airspace, scramble, ...),
a state's fighters (``aircraft_agents``) are its military: the code's REB becomes MIL. An
armed group's or a person's fighters ("Hamas fighters", "Taliban fighters", which code the
group's country) and fighters of no known state keep their code: they are men, not planes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from pledgewatch.actors.dictionary import ActorDictionary
from pledgewatch.actors.mention import ActorMatch

__all__ = ["fighters_as_aircraft"]

#: Code prefixes of holders that are no state (or none known): their fighters stay rebels.
_NON_STATE = ("IGO", "NGO", "IMG", "---")


def fighters_as_aircraft(
    doc: Doc, mentions: Sequence[ActorMatch], dictionary: ActorDictionary
) -> list[ActorMatch]:
    """``mentions`` with a state's "fighters" in an air-war sentence recoded MIL."""
    if not dictionary.aircraft_agents:
        return list(mentions)
    return [_as_aircraft(doc, m, dictionary) for m in mentions]


def _as_aircraft(doc: Doc, mention: ActorMatch, dictionary: ActorDictionary) -> ActorMatch:
    if not (0 <= mention.head < len(doc)) or not mention.code.endswith("REB"):
        return mention
    head = doc[mention.head]
    country = mention.code[:-3]
    if head.lower_ not in dictionary.aircraft_agents or len(country) != 3:
        return mention
    if country.startswith(_NON_STATE) or _armed_group_holder(doc, mention, dictionary):
        return mention
    if not _air_war_sentence(head, dictionary.air_war_words):
        return mention
    return replace(
        mention,
        code=f"{country}MIL",
        sector="MIL",
        why=f"{mention.why}; '{head.text}' are warplanes in an air-war sentence (MIL)",
    )


def _armed_group_holder(doc: Doc, mention: ActorMatch, dictionary: ActorDictionary) -> bool:
    """Whether an organisation or a person holds the fighters ("Hamas fighters", "Taliban
    fighters" code the group's country, but are its men, not an air force)."""
    for i in range(mention.start, mention.head):
        for j in range(i + 1, mention.head + 1):
            entries = dictionary.lookup(doc[i:j].text)
            if any(entry.kind in ("organisation", "person") for entry in entries):
                return True
    return False


def _air_war_sentence(head: Token, words: frozenset[str]) -> bool:
    doc = head.doc
    tokens = head.sent if doc.has_annotation("SENT_START") else doc
    return any(t.lower_ in words or t.lemma_.lower() in words for t in tokens if t.i != head.i)
