"""A word broken at a line-end hyphen: joined as one word, or kept as a hyphenated compound.

Typeset text (a PDF page, pdftotext output, a justified wire column) breaks long words at the
line's end with a hyphen: "nego-" / "tiations". Compounds break there too: "long-" / "range".
Dropping every such hyphen makes "longrange"; keeping every one makes "nego-tiations", which
the parser and the event coder do not know as "negotiations". So the hyphen is dropped only
where the joined word is a word, and kept otherwise:

1. the document itself writes the joined word elsewhere ("negotiations") -> joined, unless it
   also writes the hyphenated form ("long-range") on one line, which then wins;
2. else the joined word is an English word -> joined ("pipe-" / "line" -> "pipeline"); the words
   known are those of the spaCy model's vocabulary (its ``strings.json``, letters only, read
   once; no pipeline is loaded), so an unknown name stays hyphenated ("Cheo-" / "nan" unless
   the text writes "Cheonan" somewhere);
3. else kept: "long-range", "follow-up", "six-party".

A continuation that starts with a capital ("pro-" / "Pyongyang") is a compound: kept.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Collection

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@functools.lru_cache(maxsize=2)
def known_words(model: str | None = None) -> frozenset[str]:
    """Lower-case words of letters in the spaCy model's vocabulary strings; empty when the
    model is not installed (only the document's own words are evidence then)."""
    from pledgewatch.nlp.pipeline import DEFAULT_MODEL

    try:
        import spacy.util

        root = spacy.util.get_package_path(model or DEFAULT_MODEL)
    except Exception:  # the model is missing or spaCy cannot find it: no vocabulary evidence
        return frozenset()
    found = sorted(root.glob("*/vocab/strings.json")) or sorted(root.glob("vocab/strings.json"))
    if not found:
        return frozenset()
    try:
        strings = json.loads(found[0].read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return frozenset()
    return frozenset(s.lower() for s in strings if isinstance(s, str) and s.isalpha())


class HyphenJoiner:
    """Decides, for one document, whether "head-" at a line end and "tail" on the next line
    are one word without the hyphen; see the module docstring."""

    def __init__(self, text: str, vocabulary: Collection[str] | None = None) -> None:
        self.words: set[str] = set()
        self.compounds: set[str] = set()
        for line in text.split("\n"):
            for word in _WORD.findall(line.rstrip().removesuffix("-")):
                lowered = word.lower()
                (self.compounds if "-" in lowered else self.words).add(lowered)
        self.vocabulary = vocabulary

    def drops_hyphen(self, head: str, tail: str) -> bool:
        """Whether ``head`` (ending in "-") and ``tail`` are one word written without it."""
        first = re.search(r"[^\W\d_]+-$", head)
        second = re.match(r"[^\W\d_]+", tail)
        if first is None or second is None or not second.group()[0].islower():
            return False
        joined = (first.group()[:-1] + second.group()).lower()
        if f"{first.group()}{second.group()}".lower() in self.compounds:
            return False
        if joined in self.words:
            return True
        vocabulary = known_words() if self.vocabulary is None else self.vocabulary
        return joined in vocabulary
