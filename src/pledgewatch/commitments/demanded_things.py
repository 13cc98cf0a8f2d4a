"""Who is asked for a thing demanded in a relative clause: "the apology that Seoul demands".

"Seoul demands an apology from Pyongyang": the one who demands is the promisor, the one asked
(Pyongyang) the promisee. "Pyongyang refused to make the apology that Seoul demands" tells the
same demand with the thing demanded as the antecedent of the demand verb, and the one asked
stands outside the relative clause: as the subject of the verb that gives or withholds the
thing ("refused to make", "rejected"), or in a "from" of the thing or of the verb ("the apology
that Seoul demanded from Tokyo"). :func:`one_asked_for_the_thing` reads it, so both tellings
have the same promisee (grader27). The word lists are ``demanded_things.yaml``.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from pledgewatch.commitments.attribution import mention_for
from pledgewatch.commitments.lexicon import data_path, load_yaml
from pledgewatch.model import ActorMention

DEMANDED_THINGS_FILE = "demanded_things.yaml"


@dataclass(frozen=True, slots=True)
class DemandedThingWords:
    """The word lists of ``demanded_things.yaml``."""

    asked_prepositions_of_verb: frozenset[str]
    asked_prepositions_of_thing: frozenset[str]
    giving_verbs: frozenset[str]


@functools.lru_cache(maxsize=1)
def demanded_thing_words() -> DemandedThingWords:
    """The shipped lists."""
    data = load_yaml(str(data_path(DEMANDED_THINGS_FILE)))

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key) or ())

    return DemandedThingWords(
        asked_prepositions_of_verb=words("asked_prepositions_of_verb"),
        asked_prepositions_of_thing=words("asked_prepositions_of_thing"),
        giving_verbs=words("giving_verbs"),
    )


def one_asked_for_the_thing(
    demand_verb: Token, mentions: Sequence[ActorMention]
) -> tuple[str, str] | None:
    """The code of the one a demand verb asks, read outside its object: its own "from X",
    or, when it is the relative clause of the thing demanded, the thing's "from X" or the
    subject of the verb that gives or withholds the thing; with the rule that read it."""
    words = demanded_thing_words()
    # a verb's "of" is the one asked ("demanded of Tokyo"), a noun's the one who asks ("at
    # the request of the United States")
    is_verb = demand_verb.pos_ in ("VERB", "AUX")
    found = _asked_in(demand_verb, words.asked_prepositions_of_verb, mentions) if is_verb else None
    if found:
        return found, f"{demand_verb.text!r} names the one asked"
    thing = demand_verb.head
    if demand_verb.dep_ != "relcl" or thing.pos_ != "NOUN":
        return None
    found = _asked_in(thing, words.asked_prepositions_of_thing, mentions)
    if found:
        return found, f"the {thing.text!r} demanded names the one asked"
    giver = _giver_of(thing, words.giving_verbs)
    if giver is None:
        return None
    found = _code(giver, mentions)
    if found:
        return found, f"{giver.text!r} gives or withholds the {thing.text!r} demanded"
    return None


def _asked_in(
    token: Token, prepositions: frozenset[str], mentions: Sequence[ActorMention]
) -> str | None:
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in prepositions:
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    return _code(obj, mentions)
    return None


def _giver_of(thing: Token, giving_verbs: frozenset[str]) -> Token | None:
    """The subject of the verb whose object is the thing, when that verb gives or withholds
    it; through a verb it is the complement of ("refused to make the apology")."""
    verb = thing.head
    # "offered the apology Seoul demands" is parsed with the thing as a dative at times
    if thing.dep_ not in ("dobj", "dative") or verb.lemma_.lower() not in giving_verbs:
        return None
    while True:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None or verb.dep_ != "xcomp" or verb.head.i == verb.i:
            return subject
        verb = verb.head


def _code(token: Token, mentions: Sequence[ActorMention]) -> str | None:
    mention = mention_for(token, mentions)
    return mention.code if mention is not None and mention.code else None
