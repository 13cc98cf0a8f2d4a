"""A group named again by its bare noun is the group the story named before with that noun.

"Robert King led a team that visited Pyongyang. North Korean officials told the team that
...": the second "the team" names no one in its own phrase, so the hearer was lost
(``tell`` had no target). A definite group noun of ``named_groups.yaml`` ("the team", "the
visiting inspectors") that is no actor mention and has no owner of its own (no possessive,
compound or "of" phrase) takes the actors of the nearest earlier mention of the same noun
within :data:`LOOKBACK_TOKENS`: the actors of that noun phrase ("IAEA inspectors", "a team of
Japanese experts"), else who led it ("Robert King led a team", "a team led by a U.S.
envoy"); a group noun anywhere is first its leader's ("a team led by Robert King
visited Pyongyang": USAGOV). Only actors with a country or a body count (a country-less
"University" says nothing of whose team it is); the nearest naming decides, and one that names
no one leaves the noun none.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pledgewatch.events.lexicon import LEXICON_DIR
from pledgewatch.yaml_lists import read_word_yaml, word_list

if TYPE_CHECKING:
    from pledgewatch.events.actor_phrases import ActorIndex, Argument

__all__ = ["LOOKBACK_TOKENS", "group_named_before", "load_group_nouns"]

#: How far back (tokens, about five sentences of news) the naming of a group may be.
LOOKBACK_TOKENS = 160
#: Determiners that point back to a group named before.
_BACK_POINTING = frozenset({"the", "this", "that", "these", "those"})
#: Modifiers that give a group an owner of its own ("its team", "the Japanese team", "the
#: team of experts"): such a phrase is read as it stands.
_OWN_OWNER_DEPS = frozenset({"poss", "compound", "nmod", "prep"})
#: Verbs whose subject leads the group that is their object ("Robert King led a team"), or whose
#: "by" agent leads a group they modify ("a team led by ...").
_LEADING_VERBS = frozenset({"lead", "head"})
#: Code prefix of an actor with no country.
_NO_COUNTRY = "---"


@functools.lru_cache(maxsize=8)
def load_group_nouns(path: str | None = None) -> frozenset[str]:
    """The nouns of ``named_groups.yaml``, read once per process (every document's actor index
    asks for them: reading the file per document cost the sparse benchmark 7 %); a missing or
    malformed file is a :class:`~pledgewatch.errors.ConfigError` naming it."""
    file = str(Path(path) if path else Path(LEXICON_DIR) / "named_groups.yaml")
    return frozenset(word_list(read_word_yaml(file), "nouns", file))


def group_named_before(index: ActorIndex, head: Any, relation: str, depth: int) -> list[Argument]:
    """The actors of the group the bare definite group noun ``head`` names again, as arguments
    of ``relation``; empty when ``head`` is no such noun or the nearest naming names no one."""
    from pledgewatch.events.actor_phrases import Argument

    if head.lower_ not in index.group_nouns or head.pos_ != "NOUN":
        return []
    led = [a for a in _leaders(index, head, relation) if not a.mention.code.startswith(_NO_COUNTRY)]
    if led:  # "a team led by Robert King", "Robert King led a team": his
        return [Argument(a.mention, head, relation, via=a.mention.text) for a in led[:1]]
    children = list(head.children)
    if not any(c.dep_ == "det" and c.lower_ in _BACK_POINTING for c in children):
        return []
    if any(c.dep_ in _OWN_OWNER_DEPS for c in children):
        return []
    doc = head.doc
    lemma = head.lemma_.lower()
    for i in range(head.i - 1, max(-1, head.i - LOOKBACK_TOKENS - 1), -1):
        earlier = doc[i]
        if earlier.pos_ != "NOUN" or earlier.lemma_.lower() != lemma:
            continue
        found = [
            a
            for a in index.actors_of(earlier, relation, depth + 1)
            + _leaders(index, earlier, relation)
            if not a.mention.code.startswith(_NO_COUNTRY)
        ]
        via = f"{earlier.text} named before"
        return [Argument(a.mention, head, relation, via=via) for a in found[:1]]
    return []


def _leaders(index: ActorIndex, group: Any, relation: str) -> list[Argument]:
    """Who leads ``group``: the subject of a leading verb it is the object of ("King led a
    team"), or the "by" agent of a leading participle on it ("a team led by Smith")."""
    verb = group.head
    if group.dep_ == "dobj" and verb.lemma_.lower() in _LEADING_VERBS:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        return [a for s in subjects for a in index.actors_of(s, relation, 3)]
    found: list[Argument] = []
    for participle in group.children:
        if participle.dep_ != "acl" or participle.lemma_.lower() not in _LEADING_VERBS:
            continue
        for agent in (c for c in participle.children if c.dep_ == "agent"):
            for name in (c for c in agent.children if c.dep_ == "pobj"):
                found.extend(index.actors_of(name, relation, 3))
    return found
