"""Keys of promises to go back or to stay: ``return-home``, ``return-to-talks``, ``remain-home``.

A promise on no taxonomy topic is keyed by its act and its object
(:func:`~pledgewatch.ledger.generic_slugs.generic_slug`). For a promise to return the object is
seldom where one returns to: "they would return home" has none ("home" is an adverb), "he would
return to Washington" names the promisor's own country, which the key drops, and all of them,
with "will return to the talks", were one pledge ``other:return``: a delegation's trip home
beside a country's return to negotiations. Here such a promise is keyed by where it goes: to
the talks (a word of an act done with another party) or home (a word of direction, or its own
country). A promise to stay ("will remain in the talks") is keyed the same way. The words are
data (``data/ledger/generic_keys.yaml``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from pledgewatch.commitments.generic_keys import ACTOR_MARK
from pledgewatch.ledger.keys import country_key
from pledgewatch.yaml_lists import read_word_yaml, whole_number, word_list

_WORD = re.compile(r"[a-z]+")
#: The keys by the kind of act and where it goes: going back, staying.
_KEYS = {
    ("return", "talks"): "return-to-talks",
    ("return", "home"): "return-home",
    ("remain", "talks"): "remain-in-talks",
    ("remain", "home"): "remain-home",
}


def default_movement_words_path() -> Path:
    """The shipped words, ``data/ledger/generic_keys.yaml``."""
    return Path(__file__).resolve().parent.parent / "data" / "ledger" / "generic_keys.yaml"


@dataclass(frozen=True)
class MovementWords:
    """The lists of ``data/ledger/generic_keys.yaml``."""

    window: int
    motion_verbs: frozenset[str]
    back_verbs: frozenset[str]
    back_particles: frozenset[str]
    staying_verbs: frozenset[str]
    direction_words: frozenset[str]
    reciprocal_words: frozenset[str]

    def kind(self, act: str, particle: str | None) -> str | None:
        """ "return" for a verb of going back ("return", "go back"), "remain" for one of
        staying, None for any other act."""
        if act in self.motion_verbs or (act in self.back_verbs and particle in self.back_particles):
            return "return"
        return "remain" if act in self.staying_verbs else None

    def place(self, word: str) -> str | None:
        """ "talks" for a word of talks, "home" for a word of direction, else None."""
        if word in self.reciprocal_words:
            return "talks"
        return "home" if word in self.direction_words else None


@functools.lru_cache(maxsize=4)
def load_movement_words(path: str | None = None) -> MovementWords:
    """The words (cached per path), by default the shipped file."""
    file = Path(path) if path else default_movement_words_path()
    data = read_word_yaml(file)
    where = str(file)

    def words(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in word_list(data, key, where))

    return MovementWords(
        window=whole_number(data, "window_words", 4, where),
        motion_verbs=words("motion_verbs"),
        back_verbs=words("back_verbs"),
        back_particles=words("back_particles"),
        staying_verbs=words("staying_verbs"),
        direction_words=words("direction_words"),
        reciprocal_words=words("reciprocal_words"),
    )


def _told_after(tokens: list[str], marker: str, words: MovementWords) -> str | None:
    """Where the words after the act's verb (or its particle) say it goes: the first word of
    talks or of direction among the next few."""
    stem = marker[:-1] if marker.endswith("e") and len(marker) > 3 else marker
    at = next((i for i, token in enumerate(tokens) if token.startswith(stem)), None)
    if at is None:
        return None
    for token in tokens[at + 1 : at + 1 + words.window]:
        place = words.place(token)
        if place is not None:
            return place
    return None


def _in_key_words(objects: list[str], promisor: str | None, words: MovementWords) -> str | None:
    """Where the act's object says it goes: talks, a word of direction, or the promisor's own
    country ("return to Washington", of a U.S. envoy, is going home)."""
    for word in objects:
        if word.startswith(ACTOR_MARK):
            country = country_key(word[len(ACTOR_MARK) :])
            if promisor is not None and country == promisor:
                return "home"
            continue
        place = words.place(word)
        if place is not None:
            return place
    return None


def movement_slug(key_words: str | None, text: str | None, promisor: str | None) -> str | None:
    """The key of a promise to go back or to stay, by where it goes ("return @USAGOV" of the
    United States -> ``return-home``; "return talk" -> ``return-to-talks``); None for any other
    act, or one whose place neither its words nor its object tell (its usual key stands)."""
    if not key_words:
        return None
    words = load_movement_words()
    act, *rest = key_words.lower().split()
    tokens = _WORD.findall((text or "").lower())
    particle = rest[0] if rest and rest[0] in words.back_particles else None
    if particle is None and act in words.back_verbs:
        # the parse may hang "back" on the verb as an adverb, which the key words leave out
        particle = next((t for t in tokens if t in words.back_particles), None)
    kind = words.kind(act, particle)
    if kind is None:
        return None
    place = _told_after(tokens, particle or act, words)
    if place is None:
        objects = [w for w in key_words.split()[1:] if w.lower() != particle]
        place = _in_key_words(objects, promisor, words)
    return _KEYS.get((kind, place)) if place else None
