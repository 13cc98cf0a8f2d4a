"""A name hyphenated to a period word names a time, not an actor: "Soviet-era debt".

"Russia agreed to write off 90 percent of North Korea's Soviet-era debt" was coded twice: Russia
to North Korea, and Russia to Russia, because "Soviet" is one of Russia's adjectives and the
debt's modifier became the act's second target. The name before "-era" (or another word of
``period_words.yaml``) dates the noun it modifies; no one in it acts or is acted on.
:func:`names_a_period` tells the actor matcher to drop such a hit.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from pledgewatch.actors.dictionary import default_data_dir
from pledgewatch.yaml_lists import read_word_yaml, word_list

__all__ = ["load_period_words", "names_a_period"]

_HYPHENS = frozenset({"-", "–"})


@lru_cache(maxsize=4)
def load_period_words(path: str | None = None) -> frozenset[str]:
    """The words of ``period_words.yaml`` (cached per path: read once per process)."""
    file = Path(path) if path else default_data_dir() / "period_words.yaml"
    return frozenset(word_list(read_word_yaml(file), "period_words", str(file)))


def names_a_period(doc: Doc, end: int, period_words: frozenset[str]) -> bool:
    """Does the actor phrase ending before token ``end`` stand before a hyphen and a period
    word ("Soviet" in "Soviet-era"), as one word of the text (no spaces between)?"""
    if end + 1 >= len(doc):
        return False
    hyphen, word = doc[end], doc[end + 1]
    return (
        hyphen.text in _HYPHENS
        and not doc[end - 1].whitespace_
        and not hyphen.whitespace_
        and word.lower_ in period_words
    )
