"""Where a pledge's words tell its way: the clause of its sentence and the words around its span.

A pledge on a two-way topic (sanctions: ease or impose) says its way in its own span, in the
governing verb of the clause that holds it, or in the few words just before it
(:meth:`pledgewatch.ledger.topic_actions.TopicActionMap.direction_of` asks in that order).
This module cuts those texts, parse-free: :func:`clause_of` (the clause of a sentence that
holds a span), :func:`nearest_way` (the way-word nearest the span in its clause),
:func:`words_before` and :func:`one_way`. Its words (clause openers, subordinators,
abbreviations, auxiliaries) are data: ``data/ledger/clause_words.yaml``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from pledgewatch.yaml_lists import read_word_yaml, whole_number, word_list

#: Way-words by way, as compiled by the topic-action map: ((way, ((term, pattern), ...)), ...).
Directions = tuple[tuple[str, tuple[tuple[str, re.Pattern[str]], ...]], ...]


def first_term_found(terms: tuple[tuple[str, re.Pattern[str]], ...], text: str) -> str | None:
    """The first term (as written in the map) that occurs in ``text``, else None."""
    for term, pattern in terms:
        if pattern.search(text):
            return term
    return None


#: How many words just before a pledge's span in its sentence may tell its way ("would
#: strongly enforce | the existing sanctions").
WORDS_BEFORE_SPAN = 3

#: Marks that always end a clause: a comma, a semicolon, a colon, a dash, a bracket, a quote.
_PUNCTUATION_BREAK = re.compile(r"[,;:!?()\u2014\u2013\"]")

#: A period that may end a sentence: before a space and a capital (or a quote), or at the end.
_PERIOD = re.compile(r"\.(?=\s+[\"\u201c]?[A-Z]|[\s\"\u201d]*$)")

_WORD = re.compile(r"[A-Za-z']+")

DEFAULT_CLAUSE_WORDS = Path(__file__).resolve().parents[1] / "data" / "ledger" / "clause_words.yaml"


@dataclass(frozen=True)
class ClauseWords:
    """The words of ``data/ledger/clause_words.yaml`` (its header explains them)."""

    opener: re.Pattern[str]
    abbreviations: frozenset[str]
    auxiliaries: frozenset[str]
    max_auxiliaries: int


@functools.lru_cache(maxsize=4)
def load_clause_words(path: str | None = None) -> ClauseWords:
    """Load (cached per path) the clause words, by default the shipped file."""
    where = path or str(DEFAULT_CLAUSE_WORDS)
    data = read_word_yaml(where)
    openers = word_list(data, "clause_openers", where) + word_list(data, "subordinators", where)
    alternatives = "|".join(
        r"\s+".join(re.escape(part) for part in word.split())
        for word in sorted(openers, key=len, reverse=True)
    )
    limit = whole_number(data, "max_auxiliaries", 3, where)
    return ClauseWords(
        opener=re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE),
        abbreviations=frozenset(word_list(data, "abbreviations", where)),
        auxiliaries=frozenset(word_list(data, "auxiliaries", where)),
        max_auxiliaries=limit,
    )


def one_way(directions: Directions, text: str) -> tuple[str, str] | None:
    """The one way whose words ``text`` has, with the word; None for neither or both."""
    found = [
        (way, word)
        for way, terms in directions
        if (word := first_term_found(terms, text)) is not None
    ]
    return found[0] if len(found) == 1 else None


def clause_breaks(text: str) -> list[tuple[int, int]]:
    """Where ``text`` is cut into clauses, as (start, end) in order: punctuation, a period
    that ends a sentence (not "U.S." nor "Mr."), a word that opens another clause ("but",
    "while") or a subordinate one ("until", "if", "because")."""
    words = load_clause_words()
    found = [m.span() for m in _PUNCTUATION_BREAK.finditer(text)]
    found += [m.span() for m in words.opener.finditer(text)]
    for period in _PERIOD.finditer(text):
        before = _WORD.findall(text[: period.start()][-20:])
        last = before[-1].lower() if before and text[: period.start()].endswith(before[-1]) else ""
        if len(last) == 1 or last in words.abbreviations:
            continue  # an initial or an abbreviation: "U.S.", "D.P.R.K.", "Mr."
        found.append(period.span())
    return sorted(found)


def clause_of(sentence: str | None, span: str | None) -> str | None:
    """The clause of ``sentence`` that holds the first ``span``, cut at :func:`clause_breaks`.
    None when the sentence does not hold the span."""
    if not sentence or not span or not span.strip():
        return None
    at = sentence.lower().find(span.strip().lower())
    if at < 0:
        return None
    end = at + len(span.strip())
    start, stop = 0, len(sentence)
    for cut_start, cut_end in clause_breaks(sentence):
        if cut_end <= at:
            start = max(start, cut_end)
        elif cut_start >= end:
            stop = min(stop, cut_start)
    return sentence[start:stop].strip() or None


def _verb_group_head(clause: str, end: int) -> int | None:
    """Where the word a span's own verb group turns on starts (the participle after at most
    ``max_auxiliaries`` auxiliaries: "sanctions | would be eased"), None when the group has
    none (the clause ends, or too many auxiliaries)."""
    words = load_clause_words()
    for count, word in enumerate(_WORD.finditer(clause, end)):
        if word.group().lower() not in words.auxiliaries:
            return word.start()
        if count >= words.max_auxiliaries:
            return None
    return None


def nearest_way(directions: Directions, clause: str, span: str) -> tuple[str, str] | None:
    """The way of the way-word nearest ``span`` in ``clause`` (its governing verb, parse-free:
    "would keep some sanctions in place" -> keep); before the span wins a tie. After the span
    only the word its own verb group turns on counts ("sanctions would be eased"; not "would
    stay in place until Myanmar lifts", nor "would not be eased"). None when the clause has
    none or does not hold the span."""
    at = clause.lower().find(span.lower())
    if at < 0:
        return None
    end = at + len(span)
    head = _verb_group_head(clause, end)
    best: tuple[int, int, str, str] | None = None
    for way, terms in directions:
        for term, pattern in terms:
            for found in pattern.finditer(clause):
                if found.end() <= at:
                    rank = (at - found.end(), 0)
                elif found.start() == head:
                    rank = (found.start() - end, 1)
                else:
                    continue  # inside the span (read by the span itself), or not its verb
                if best is None or rank < best[:2]:
                    best = (*rank, way, term)
    return (best[2], best[3]) if best is not None else None


def words_before(text: str, span: str) -> str:
    """Up to :data:`WORDS_BEFORE_SPAN` words before the first ``span`` in ``text``, within its
    clause (:func:`clause_breaks`); empty when ``text`` does not hold ``span``."""
    at = text.lower().find(span.lower())
    if at <= 0:
        return ""
    cuts = [cut_end for _cut_start, cut_end in clause_breaks(text[:at])]
    before = text[max(cuts, default=0) : at]
    return " ".join(before.split()[-WORDS_BEFORE_SPAN:])
