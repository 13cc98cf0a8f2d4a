"""Acts told as a span of days: "began two days of talks" dates the first day of the round,
"Two days of talks ... ended" its last.

One round of talks is often told by its first and last day, by two reports or by one: the
coder dates each telling to the day it names, so the ledger saw two acts, 24 and 25 October
2011 in Geneva. A sentence that counts the days of an act ("two days of talks", "three-day
talks") and says whether its date is the act's first day ("began", "opened") or its last
("ended", "concluded") tells the act's span: :func:`told_span` gives the days before and after
the date that the act covers, which :mod:`pledgewatch.ledger.acts` reads to join the two
tellings. A sentence with neither verb, or both, tells no span: "after three days of talks" or
"held three days of talks" may be dated any of them. The coder's action text of such an act
stops at the count ("began four days"): :func:`counted_act` reads what it counts from the
sentence ("naval drills"), where the topic rules look for their objects. The words are data
(``data/ledger/act_spans.yaml``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from pledgewatch.errors import ConfigError
from pledgewatch.yaml_lists import read_word_yaml

#: No span: the act is its day.
NO_SPAN = (0, 0)


def default_act_spans_path() -> Path:
    """The shipped words of spans of days, ``data/ledger/act_spans.yaml``."""
    return Path(__file__).resolve().parent.parent / "data" / "ledger" / "act_spans.yaml"


def _alternation(terms: list[str]) -> str:
    return "|".join(r"\s+".join(map(re.escape, term.split())) for term in terms)


def phrase_alternation(terms: list[str]) -> str:
    """A regex alternation of word phrases, the longest first (so "in response to" wins over
    "in response"), each phrase's words joined by any run of spaces; one builder for the
    ledger's word files (spans, retellings, offer answers, measure objects, day order)."""
    return _alternation(sorted(terms, key=len, reverse=True))


def phrase_pattern(terms: list[str]) -> re.Pattern[str]:
    """Any of the phrases ``terms`` as whole words, in any case (:func:`phrase_alternation`)."""
    return re.compile(rf"\b(?:{phrase_alternation(terms)})\b", re.IGNORECASE)


#: How many characters either side of "two days of talks" a first- or last-day verb may stand.
VERB_WINDOW = 60


@dataclass(frozen=True)
class ActSpans:
    """The compiled words of :func:`told_span`."""

    counted: re.Pattern[str]
    #: a count of days that ends an action text ("began four days"), as a pattern
    count_of_days: re.Pattern[str]
    numbers: dict[str, int]
    first_day: re.Pattern[str]
    last_day: re.Pattern[str]
    longest: int

    def span(self, sentence: str | None) -> tuple[int, int]:
        """(days before, days after) the act's date that the sentence says it lasted."""
        if not sentence:
            return NO_SPAN
        found = self.counted.search(sentence)
        if found is None:
            return NO_SPAN
        count = found.group("count").lower()
        days = int(count) if count.isdigit() else self.numbers.get(count, 0)
        if not 2 <= days <= self.longest:
            return NO_SPAN
        # only a verb near the count tells its day: "aimed at an end to the standoff" or "a
        # reactor that ended operations in 2007" further on are other matters
        near = sentence[max(0, found.start() - VERB_WINDOW) : found.end() + VERB_WINDOW]
        first = self.first_day.search(near) is not None
        last = self.last_day.search(near) is not None
        if first == last:
            return NO_SPAN  # neither verb, or both: the date may be any of the days
        return (0, days - 1) if first else (days - 1, 0)

    def counted_act(self, action_text: str | None, sentence: str | None) -> str:
        """What an action text that ends on a count of days counts, read from the sentence:
        "began four days" in "... began four days of naval drills in the Yellow Sea" -> "naval
        drills in" (up to three words after "of"); "" for any other action text. The coder's
        span stops at the head noun "days", so the act's own noun is only in the sentence."""
        action = (action_text or "").strip()
        if not action or not sentence or self.count_of_days.search(action) is None:
            return ""
        found = re.search(
            rf"{_alternation([action])}\s+of\s+((?:[\w-]+\s+){{0,2}}[\w-]+)",
            sentence,
            re.IGNORECASE,
        )
        return found.group(1) if found else ""


@functools.lru_cache(maxsize=4)
def load_act_spans(path: str | None = None) -> ActSpans:
    """The words of spans of days (cached per path), by default the shipped file."""
    file = Path(path) if path else default_act_spans_path()
    try:
        data = read_word_yaml(file)
        numbers = {str(k).lower(): int(v) for k, v in data["numbers"].items()}
        nouns, firsts, lasts = data["nouns"], data["first_day_verbs"], data["last_day_verbs"]
        longest = int(data["longest_span_days"])
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ConfigError(
            f"cannot read the spans of days ({exc}); it needs numbers, nouns, "
            "first_day_verbs, last_day_verbs and longest_span_days (see its header)",
            path=str(file),
        ) from exc
    count = rf"(?P<count>\d+|{_alternation(sorted(numbers))})"
    counted = re.compile(
        rf"\b{count}(?:\s+days?\s+of\s+|-day\s+)(?:[\w-]+\s+){{0,2}}?(?:{_alternation(nouns)})\b",
        re.IGNORECASE,
    )
    return ActSpans(
        counted=counted,
        count_of_days=re.compile(rf"\b{count}\s+days?$", re.IGNORECASE),
        numbers=numbers,
        first_day=re.compile(rf"\b(?:{_alternation(firsts)})\b", re.IGNORECASE),
        last_day=re.compile(rf"\b(?:{_alternation(lasts)})\b", re.IGNORECASE),
        longest=longest,
    )


def told_span(sentence: str | None) -> tuple[int, int]:
    """(days before, days after) its date that the act a sentence tells lasted: "Envoys began
    two days of talks in Geneva on Monday" -> (0, 1); "Two days of talks ... ended in Geneva
    on Tuesday" -> (1, 0); "The two sides held three days of talks" -> (0, 0)."""
    return load_act_spans().span(sentence)


def counted_act(action_text: str | None, sentence: str | None) -> str:
    """What an action text ending on a count of days counts (:meth:`ActSpans.counted_act`):
    "began four days" -> "naval drills in", so a rule's objects find the act's noun."""
    return load_act_spans().counted_act(action_text, sentence)
