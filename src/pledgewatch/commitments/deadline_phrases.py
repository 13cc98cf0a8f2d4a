"""The deadline phrases a pledge may name, read one way for the commitment and the ledger.

One data file (``data/commitments/deadline_cues.yaml``) holds every deadline word; this module
compiles it once and finds its phrases in a text (:meth:`DeadlineWords.phrases`: "later this
month", "next week", "by the end of the year", "by the end of March", "within 30 days"), each
with what it needs to be resolved to a day (its kind, period unit, month or count). Two readers
use it, so they cannot disagree on which words name a deadline:
:func:`pledgewatch.commitments.conditions.find_deadline` keeps the phrase found in the promise's
own clause as the commitment's ``deadline``, and :mod:`pledgewatch.ledger.deadlines` resolves a
phrase to the last day it allows (the ledger's lapse date).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from pledgewatch.commitments.lexicon import data_path
from pledgewatch.nlp.date_words import FULL_MONTH
from pledgewatch.yaml_lists import read_word_yaml, word_list

_PERIODS = r"(?P<unit>week|month|year)"
_MONTHS = rf"(?P<month>{FULL_MONTH})"
_COUNT = r"(?P<count>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|a|an)"

#: the kinds of phrase pattern, in the order they are tried
PHRASE_KINDS = ("this_period", "next_period", "end_of_month", "within")


def default_deadline_words_path() -> Path:
    """The shipped deadline words, ``data/commitments/deadline_cues.yaml``."""
    return data_path("deadline_cues.yaml")


@dataclass(frozen=True, slots=True)
class DeadlinePhrase:
    """One deadline phrase found in a text: where it stands, its words, its ``kind`` (one of
    :data:`PHRASE_KINDS`) and the parts that resolve it (period ``unit``, ``month`` name,
    ``count``)."""

    kind: str
    start: int
    end: int
    text: str
    unit: str | None = None
    month: str | None = None
    count: str | None = None
    #: a bare "this week": a deadline only where the verb it hangs on looks ahead
    ahead_only: bool = False


@dataclass(frozen=True)
class DeadlineWords:
    """The deadline words: the prepositions and time nouns of a parsed deadline phrase, and
    the compiled phrase patterns."""

    prepositions: frozenset[str]
    time_nouns: frozenset[str]
    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    #: nouns whose infinitive is the promised act ("agreed on a plan to clear ...")
    plan_nouns: frozenset[str] = frozenset()
    #: "this" + a period word, read only when asked (``looking_ahead``): "will hold talks this
    #: week" looks ahead, "agreed this week" tells the past (grader37)
    ahead_pattern: re.Pattern[str] | None = None
    #: the auxiliaries of a verb that looks ahead ("will", "would", the infinitive's "to")
    ahead_auxiliaries: frozenset[str] = frozenset()
    #: ... not with one of these (lemmas): "appears to have promised this week" (mend22b)
    perfect_auxiliaries: frozenset[str] = frozenset()
    #: the prepositions of an act's own day ("will meet on Saturday", "will stay until
    #: Saturday"): a deadline on a verb that looks ahead (grader41)
    day_prepositions: frozenset[str] = frozenset()

    def phrases(self, text: str | None, *, looking_ahead: bool = False) -> list[DeadlinePhrase]:
        """Every deadline phrase of ``text``, by position (pattern order on a tie); with
        ``looking_ahead``, also the bare "this week" not inside another phrase, marked
        ``ahead_only`` for the caller to keep only on a verb that looks ahead."""
        if not text:
            return []
        found: list[DeadlinePhrase] = []
        for kind, pattern in self.patterns:
            for match in pattern.finditer(text):
                groups = match.groupdict()
                found.append(
                    DeadlinePhrase(
                        kind,
                        match.start(),
                        match.end(),
                        match.group(0),
                        unit=groups.get("unit"),
                        month=groups.get("month"),
                        count=groups.get("count"),
                    )
                )
        if looking_ahead and self.ahead_pattern is not None:
            found += [
                DeadlinePhrase(
                    "this_period",
                    m.start(),
                    m.end(),
                    m.group(0),
                    unit=m.group("unit"),
                    ahead_only=True,
                )
                for m in self.ahead_pattern.finditer(text)
                if not any(p.start <= m.start() < p.end for p in found)
            ]
        order = {kind: n for n, kind in enumerate(PHRASE_KINDS)}
        return sorted(found, key=lambda p: (p.start, order[p.kind]))


def _alternation(terms: list[str]) -> str:
    longest_first = sorted(terms, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, term.split())) for term in longest_first)


@functools.lru_cache(maxsize=4)
def load_deadline_words(path: str | None = None) -> DeadlineWords:
    """The deadline words (cached per path), by default the shipped file."""
    file = Path(path) if path else default_deadline_words_path()
    data = read_word_yaml(file)
    # each list read through the guard: a misspelt key or a bare string is a ConfigError
    # naming the key ("this_period", "next_period", "end_of_month", "within" and the others of
    # the file's header), not a set of letters (mend22b)
    where = str(file)
    lists = {key: word_list(data, key, where) for key in PHRASE_KINDS}
    prepositions = frozenset(word_list(data, "prepositions", where))
    time_nouns = frozenset(word_list(data, "time_nouns", where))
    plan_nouns = frozenset(word_list(data, "plan_nouns", where))
    ahead = word_list(data, "ahead_this_period", where)
    ahead_auxiliaries = frozenset(word_list(data, "ahead_auxiliaries", where))
    perfect_auxiliaries = frozenset(word_list(data, "perfect_auxiliaries", where))
    day_prepositions = frozenset(word_list(data, "day_prepositions", where))
    flags = re.IGNORECASE
    patterns = (
        (
            "this_period",
            re.compile(rf"\b(?:{_alternation(lists['this_period'])})\s+{_PERIODS}\b", flags),
        ),
        (
            "next_period",
            re.compile(rf"\b(?:{_alternation(lists['next_period'])})\s+{_PERIODS}\b", flags),
        ),
        # month names are capitalised: "by may" is no deadline
        (
            "end_of_month",
            re.compile(rf"\b(?i:{_alternation(lists['end_of_month'])})\s+{_MONTHS}\b"),
        ),
        (
            "within",
            re.compile(
                rf"\b(?:{_alternation(lists['within'])})\s+{_COUNT}\s+"
                r"(?P<unit>days?|weeks?|months?|years?)\b",
                flags,
            ),
        ),
    )
    ahead_pattern = (
        re.compile(rf"\b(?:{_alternation(ahead)})\s+{_PERIODS}\b", flags) if ahead else None
    )
    return DeadlineWords(
        prepositions,
        time_nouns,
        patterns,
        plan_nouns,
        ahead_pattern,
        ahead_auxiliaries,
        perfect_auxiliaries,
        day_prepositions,
    )
