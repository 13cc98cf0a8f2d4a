"""Whether a report's first line reads as a headline or as the first sentence of its story.

A plain-text report's first line is taken for its title (:mod:`pledgewatch.ingest.text_reader`).
Headlines end in no full stop, so a first line that ends with one is the story's first
paragraph, and taking it for the title would lose the story's first sentence. A stop that ends
an abbreviation ("aimed at U.S.", "Example Co.") ends no sentence; the abbreviations are data:
``data/ingest/title_lines.yaml``.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from pledgewatch.yaml_lists import read_word_yaml, word_list

DEFAULT_TITLE_LINES = (
    Path(__file__).resolve().parent.parent / "data" / "ingest" / "title_lines.yaml"
)

#: The last word before a line's final full stop, after any closing quotes or brackets.
_LAST_WORD = re.compile(r"([A-Za-z]*)\.[\"'”’)\]]*\s*$")


@functools.lru_cache(maxsize=4)
def load_abbreviations(path: str | Path = DEFAULT_TITLE_LINES) -> frozenset[str]:
    """The words of ``path`` whose full stop ends no sentence (lower case, no stop).

    Raises:
        ConfigError: the file cannot be read or its list is missing or not a list of words.
    """
    where = str(path)
    return frozenset(word_list(read_word_yaml(where), "abbreviations", where))


def ends_with_full_stop(line: str, abbreviations: frozenset[str] | None = None) -> bool:
    """Whether ``line`` ends with a full stop that ends a sentence: not an ellipsis, not an
    initial ("U.S."), not a listed abbreviation ("Co.")."""
    stripped = line.rstrip()
    if stripped.rstrip("\"'”’)]").endswith(".."):
        return False  # an ellipsis trails off; it ends no statement
    match = _LAST_WORD.search(stripped)
    if match is None:
        return False
    word = match.group(1).lower()
    if len(word) == 1 or (match.start(1) > 0 and stripped[match.start(1) - 1] == "."):
        return False  # an initial, or the last piece of "D.P.R.K."
    known = load_abbreviations() if abbreviations is None else abbreviations
    return word not in known
