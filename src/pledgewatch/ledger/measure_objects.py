"""The country a pledge's own words name as what its measures fall on.

"Thein Sein said Myanmar would respect U.N. Security Council resolutions on North Korea": the
pledge is about North Korea, though its promisee is the United Nations (no object) and its
report is about a summit with South Korea. :func:`named_measure_object` reads a measure noun
("sanctions", "resolutions", "embargo"), then within a few words a preposition ("on",
"against", "targeting") and a country's name, in the grader's topic words first, then in the
clause of the pledge's sentence that holds them (the caller cuts it:
:func:`~pledgewatch.ledger.grouping.candidates_from_row`).
:func:`~pledgewatch.ledger.story_objects.story_object` takes it after the promisee and before
the story's other countries. The words are data
(``data/ledger/measure_objects.yaml``); country names are the actor dictionary's.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from pledgewatch.actors.dictionary import load_actor_dictionary
from pledgewatch.errors import ConfigError
from pledgewatch.ledger.spans import phrase_alternation
from pledgewatch.yaml_lists import read_word_yaml, whole_number, word_list

#: The longest country name read after the preposition, in words ("the Democratic People's
#: Republic of Korea").
_LONGEST_NAME = 7

#: Dictionary kinds that name a country (not organisations, agents or people).
_COUNTRY_KINDS = ("country", "capital")


def default_measure_objects_path() -> Path:
    """The shipped measure words, ``data/ledger/measure_objects.yaml``."""
    return Path(__file__).resolve().parent.parent / "data" / "ledger" / "measure_objects.yaml"


@dataclass(frozen=True)
class MeasureWords:
    """The compiled pattern: a measure noun, up to ``reach`` words, a preposition; the name
    after it is read word by word (:func:`_country_at`)."""

    pattern: re.Pattern[str]


@functools.lru_cache(maxsize=4)
def load_measure_words(path: str | None = None) -> MeasureWords:
    """The measure words (cached per path), by default the shipped file."""
    file = Path(path) if path else default_measure_objects_path()
    where = str(file)
    data = read_word_yaml(file)
    nouns = word_list(data, "measure_nouns", where)
    prepositions = word_list(data, "prepositions", where)
    reach = whole_number(data, "reach", 5, where)
    if not nouns or not prepositions:
        raise ConfigError("measure_nouns and prepositions must not be empty", path=where)
    noun = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    prep = phrase_alternation(prepositions)
    pattern = re.compile(
        rf"\b(?:{noun})s?\b(?:\s+[^\s,;:]+){{0,{reach}}}?\s+(?:{prep})\s+",
        re.IGNORECASE,
    )
    return MeasureWords(pattern)


def _country_at(text: str) -> str | None:
    """The country whose name (or adjective, or capital) opens ``text``, the longest first;
    a leading "the" is dropped ("the DPRK")."""
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    dictionary = load_actor_dictionary()
    for size in range(min(_LONGEST_NAME, len(words)), 0, -1):
        phrase = " ".join(words[:size]).rstrip(",;:.)'\"")
        phrase = phrase.removesuffix("'s").removesuffix("\u2019s")
        for entry in dictionary.lookup(phrase):
            if entry.kind in _COUNTRY_KINDS and entry.country:
                return entry.country
    return None


def named_measure_object(*texts: str | None, path: str | None = None) -> str | None:
    """The country the first of ``texts`` that names one gives as what its measures fall on
    ("resolutions on North Korea" -> PRK, "sanctions against Tehran" -> IRN), or None."""
    words = load_measure_words(path)
    for text in texts:
        if not text:
            continue
        for found in words.pattern.finditer(text):
            country = _country_at(text[found.end() :])
            if country is not None:
                return country
    return None
