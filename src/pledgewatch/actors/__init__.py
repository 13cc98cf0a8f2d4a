"""Actors: who is named in a sentence, as CAMEO-style codes with the reason for each code.

The dictionary (countries, agent nouns, dated people, organisations) lives in data files under
``pledgewatch/data/actors/``; users extend it with ``--actors FILE``. The matcher finds mentions
in spaCy text, combines countries with agent nouns ("North Korean troops" -> PRKMIL), codes people
by the document date and resolves "the North", "the regime", "it" across a document.
"""

from pledgewatch.actors.dictionary import (
    ActorDictionary,
    Entry,
    Person,
    Role,
    default_data_dir,
    load_actor_dictionary,
)
from pledgewatch.actors.matcher import ActorMatcher, default_matcher
from pledgewatch.actors.mention import ActorMatch
from pledgewatch.actors.salience import Salience, sentences

__all__ = [
    "ActorDictionary",
    "ActorMatch",
    "ActorMatcher",
    "Entry",
    "Person",
    "Role",
    "Salience",
    "default_data_dir",
    "default_matcher",
    "load_actor_dictionary",
    "sentences",
]
