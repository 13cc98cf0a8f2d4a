"""Cue lexicons of the commitment analysis: load the YAML data files, match their phrases.

The cue words (strength, conditions, reporting verbs, formality, hedges) live in YAML files
under ``pledgewatch/data/commitments/`` so an analyst can extend them without touching code.
This module reads those files (cached per path) and matches their phrases against spaCy
tokens. A phrase is written as words separated by spaces, where

* each word matches a token's lower-cased text or its lemma (``agree`` matches "agreed");
* ``a|b`` accepts either word at that position;
* a word ending in ``?`` is optional (``resolve the? question of``);
* a word ending in ``*`` is a prefix (``enrich*``);
* a word ending in ``/V``, ``/N`` or ``/A`` matches only a verb, a noun or an adjective
  (``plan/V`` is the verb "plans to", not the noun "a plan").

A lexicon may read through words between the words of a phrase (``read_through``): the
strength cues read through adverbs, so "was still open to" is "be open to".
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

import yaml
from spacy.tokens import Span, Token

from pledgewatch.errors import ConfigError
from pledgewatch.yaml_lists import refuse_unquoted_booleans

DATA_FOLDER = ("data", "commitments")


def data_path(name: str) -> Path:
    """Path of a file shipped in ``pledgewatch/data/commitments/``."""
    return Path(str(resources.files("pledgewatch").joinpath(*DATA_FOLDER, name)))


@functools.lru_cache(maxsize=64)
def load_yaml(path: str) -> dict[str, Any]:
    """Read one YAML data file (cached per path); errors name the file and the fix."""
    file = Path(path)
    if not file.is_file():
        raise ConfigError("file not found; give the path of an existing YAML file", path=path)
    try:
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise ConfigError(f"not valid UTF-8 YAML ({exc}); fix the syntax", path=path) from exc
    if not isinstance(data, dict):
        raise ConfigError("expected a mapping at the top level of the file", path=path)
    refuse_unquoted_booleans(data, path)
    return data


def load_data(name: str) -> dict[str, Any]:
    """Load a shipped data file by its file name."""
    return load_yaml(str(data_path(name)))


def plain_stems(word: str) -> tuple[str, ...]:
    """Candidate base forms of a regularly inflected word ("hopes", "hoping" -> "hope")."""
    if len(word) < 4:
        return ()
    stems = []
    for suffix in ("ing", "ed", "es", "s", "d"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            stems += [base, base + "e"]
    return tuple(stems)


def token_forms(token: Token) -> tuple[str, str]:
    """Lower-cased text and lemma of a token (the lemma falls back to the text)."""
    lower = token.lower_
    lemma = token.lemma_.lower() if token.lemma_ else lower
    return lower, lemma


POS_TAGS: dict[str, frozenset[str]] = {
    "v": frozenset({"VERB", "AUX"}),
    "n": frozenset({"NOUN", "PROPN"}),
    "a": frozenset({"ADJ"}),
}


@dataclass(frozen=True, slots=True)
class _Slot:
    words: frozenset[str]
    prefixes: tuple[str, ...]
    optional: bool
    pos: frozenset[str] | None = None

    def accepts(self, token: Token) -> bool:
        if self.pos is not None and token.pos_ and token.pos_ not in self.pos:
            return False
        for form in token_forms(token):
            if form in self.words or any(form.startswith(p) for p in self.prefixes):
                return True
        # the tagger's lemma is sometimes wrong ("hopes" -> "hop"): try the plain stems
        return any(stem in self.words for stem in plain_stems(token.lower_))


@dataclass(frozen=True, slots=True)
class CuePhrase:
    """One phrase of a lexicon, compiled; ``label`` is the list it came from."""

    text: str
    label: str
    slots: tuple[_Slot, ...]

    @classmethod
    def parse(cls, text: str, label: str) -> CuePhrase:
        slots = []
        for raw in str(text).lower().replace("-", " ").split():
            optional = raw.endswith("?") and len(raw) > 1
            raw = raw[:-1] if optional else raw
            pos = None
            if len(raw) > 2 and raw[-2] == "/" and raw[-1] in POS_TAGS:
                pos = POS_TAGS[raw[-1]]
                raw = raw[:-2]
            words, prefixes = set(), []
            for alt in raw.split("|"):
                if alt.endswith("*") and len(alt) > 1:
                    prefixes.append(alt[:-1])
                elif alt:
                    words.add(alt)
            slots.append(_Slot(frozenset(words), tuple(prefixes), optional, pos))
        if not slots or all(s.optional for s in slots):
            raise ConfigError(f"empty cue phrase {text!r} in list {label!r}")
        return cls(str(text), label, tuple(slots))

    def match_at(
        self,
        tokens: Sequence[Token] | Span,
        start: int,
        read_through: Callable[[Token], bool] | None = None,
    ) -> int | None:
        """End index (exclusive) when the phrase matches from ``tokens[start]``, else None.
        ``read_through``: tokens skipped between two words of the phrase (never before its
        first word or after its last): "was still open to" for "be open to"."""
        return self._match(tokens, start, 0, read_through, start)

    def _match(
        self,
        tokens: Sequence[Token] | Span,
        pos: int,
        slot: int,
        read_through: Callable[[Token], bool] | None,
        start: int,
    ) -> int | None:
        if slot == len(self.slots):
            return pos
        current = self.slots[slot]
        if pos < len(tokens) and current.accepts(tokens[pos]):
            end = self._match(tokens, pos + 1, slot + 1, read_through, start)
            if end is not None:
                return end
        if current.optional:
            end = self._match(tokens, pos, slot + 1, read_through, start)
            if end is not None:
                return end
        # a word read through only once the phrase has begun: never before its first word
        if read_through is not None and start < pos < len(tokens) and read_through(tokens[pos]):
            return self._match(tokens, pos + 1, slot, read_through, start)
        return None


class CueMatch(NamedTuple):
    """A phrase found in a token sequence: the phrase and the tokens it covers."""

    phrase: CuePhrase
    tokens: tuple[Token, ...]

    @property
    def label(self) -> str:
        return self.phrase.label

    @property
    def text(self) -> str:
        return " ".join(t.text for t in self.tokens)

    @property
    def start(self) -> int:
        return self.tokens[0].i

    @property
    def end(self) -> int:
        return self.tokens[-1].i + 1


class CueLexicon:
    """Phrases under labels, matched longest-first over a sequence of tokens; ``read_through``
    (optional) tells the tokens a phrase may have between its words."""

    def __init__(
        self,
        phrases: Iterable[CuePhrase],
        read_through: Callable[[Token], bool] | None = None,
    ) -> None:
        self.read_through = read_through
        self.phrases = sorted(phrases, key=lambda p: -len(p.slots))
        # index by the words a phrase can start with, so a token tries only its candidates
        self._by_word: dict[str, list[CuePhrase]] = {}
        self._always: list[CuePhrase] = []
        for phrase in self.phrases:
            first = phrase.slots[0]
            if first.optional or first.prefixes:
                self._always.append(phrase)
                continue
            for word in first.words:
                self._by_word.setdefault(word, []).append(phrase)

    def _candidates(self, token: Token) -> list[CuePhrase]:
        found: list[CuePhrase] = []
        for form in (*token_forms(token), *plain_stems(token.lower_)):
            found += [p for p in self._by_word.get(form, []) if p not in found]
        return found + self._always if self._always else found

    @classmethod
    def from_lists(
        cls,
        lists: Mapping[str, Iterable[str]],
        read_through: Callable[[Token], bool] | None = None,
    ) -> CueLexicon:
        """Build from ``{label: [phrase, ...]}``."""
        phrases = (CuePhrase.parse(text, label) for label, items in lists.items() for text in items)
        return cls(phrases, read_through)

    def labels(self) -> set[str]:
        return {p.label for p in self.phrases}

    def find(
        self,
        tokens: Sequence[Token] | Span,
        allowed: set[int] | None = None,
        labels: Iterable[str] | None = None,
    ) -> list[CueMatch]:
        """Non-overlapping matches, longest first at each position.

        Args:
            tokens: a contiguous token sequence (a sentence or a span).
            allowed: doc-level token indices a match must lie entirely within.
            labels: only phrases under these labels.
        """
        wanted = set(labels) if labels is not None else None
        found: list[CueMatch] = []
        pos = 0
        while pos < len(tokens):
            best: CueMatch | None = None
            for phrase in self._candidates(tokens[pos]):
                if wanted is not None and phrase.label not in wanted:
                    continue
                end = phrase.match_at(tokens, pos, self.read_through)
                if end is None or end == pos:
                    continue
                covered = tuple(tokens[pos:end])
                if allowed is not None and any(t.i not in allowed for t in covered):
                    continue
                if best is None or len(covered) > len(best.tokens):
                    best = CueMatch(phrase, covered)
            if best is not None:
                found.append(best)
                pos += len(best.tokens)
            else:
                pos += 1
        return found


@functools.lru_cache(maxsize=64)
def word_set(items: tuple[str, ...]) -> frozenset[str]:
    """Lower-cased single words of a data list (for lemma lookups)."""
    return frozenset(str(i).lower() for i in items)
