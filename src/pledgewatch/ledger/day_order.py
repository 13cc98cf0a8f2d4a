"""The order of one day's acts and words on a pledge, as their sentences tell it.

Two acts on a pledge dated to one day (talks held, then broken off; a launch and, hours later,
a pledge to halt launches) used to be replayed in the order of their event ids, a hash across
reports, which chose which of them decided. A sentence often places what it tells within its
day: "Hours later, the North pledged ..." (after the day's other items), "Earlier that day, the
two sides met" (before them), "The North fired a rocket hours after it pledged ..." (the act of
the "after" clause before the day's others; the main clause's is not placed by it).
:func:`told_when` reads that place as -1 (earlier), 0 (not told) or 1 (later); the replay of
a pledge (:mod:`~pledgewatch.ledger.status`) and
:attr:`~pledgewatch.ledger.records.ActionLink.order` sort a day's items by it first, then by
the stated rule for a day (new wording, acts that keep the pledge, acts that break it,
refusals), then by the first report and the report's own order, never by an id's hash. The
words are data (``data/ledger/day_order.yaml``).

When the stated rule would put words before an act that their own report tells first, and
neither sentence places its item on the day, the report's order says which came first
(:func:`told_after_acts`): "Colonels from the two sides met ... (sentence 3) ... Officials said
Seoul will keep the door open for talks (sentence 10)", in a report of the talks' collapse,
is said after the meeting, which cannot keep it. Only the words move after the acts; a
refusal already comes after the day's acts.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pledgewatch.errors import ConfigError
from pledgewatch.ledger.spans import phrase_alternation
from pledgewatch.yaml_lists import read_word_yaml

#: Where a sentence places its item on its day.
EARLIER, UNTOLD, LATER = -1, 0, 1


def default_day_order_path() -> Path:
    """The shipped time words, ``data/ledger/day_order.yaml``."""
    return Path(__file__).resolve().parent.parent / "data" / "ledger" / "day_order.yaml"


def _words(terms: list[str], not_followed_by: str) -> re.Pattern[str]:
    alternation = phrase_alternation([str(t) for t in terms])
    return re.compile(rf"\b(?:{alternation})\b(?!\s+(?:{not_followed_by})\b)", re.IGNORECASE)


@dataclass(frozen=True)
class DayOrder:
    """The compiled words of :func:`told_when`."""

    later: re.Pattern[str]
    earlier: re.Pattern[str]
    after_clause: re.Pattern[str]
    before_clause: re.Pattern[str]

    def place(self, sentence: str | None, span: str | None) -> int:
        """Where ``sentence`` places the item told by ``span`` (a part of it) on its day."""
        if not sentence:
            return UNTOLD
        at = sentence.find(span) if span else -1
        if at >= 0:
            # an act told in a clause of "after" came before the main clause's ("fired a rocket
            # hours after it pledged ..."): earlier than the day's other items. The main
            # clause's act is not placed by it: "walked out of the meeting before its second
            # session" says nothing of the meeting, told in another sentence
            for pattern, inside in ((self.after_clause, EARLIER), (self.before_clause, LATER)):
                found = pattern.search(sentence)
                if found is None:
                    continue
                comma = sentence.find(",", found.end())
                end = comma if comma >= 0 else len(sentence)
                if found.start() <= at < end:
                    return inside
        if self.later.search(sentence):
            return LATER
        if self.earlier.search(sentence):
            return EARLIER
        return UNTOLD


@functools.lru_cache(maxsize=4)
def load_day_order(path: str | None = None) -> DayOrder:
    """The time words (cached per path), by default the shipped file."""
    file = Path(path) if path else default_day_order_path()
    try:
        data = read_word_yaml(file)
        periods = "|".join(
            r"\s+".join(map(re.escape, str(t).split())) for t in data["not_followed_by"]
        )
        return DayOrder(
            later=_words(data["later"], periods),
            earlier=_words(data["earlier"], periods),
            after_clause=_words(data["after_clause"], periods),
            before_clause=_words(data["before_clause"], periods),
        )
    except (KeyError, TypeError, AttributeError, re.error) as exc:
        raise ConfigError(
            f"cannot read the time words of a day ({exc}); it needs later, earlier, "
            "after_clause, before_clause and not_followed_by (see its header)",
            path=str(file),
        ) from exc


def told_when(sentence: str | None, span: str | None) -> int:
    """Where a sentence places the item its ``span`` tells on its day: "Hours later, the North
    pledged to halt launches" -> 1 (later); "Earlier that day, the envoys met" -> -1; "The North
    fired a rocket hours after it pledged ..." -> -1 for the pledge, 0 for the firing (the
    main clause is not placed by it); 0 when it says nothing ("later this month" is a period,
    not a place in the day)."""
    return load_day_order().place(sentence, span)


def report_place(event_id: str) -> tuple[int, int]:
    """An event's place in its report, (sentence, event) as numbers from its id
    (``doc:sentence:n``): "doc:10:0" comes after "doc:9:1", which text order would not give."""
    parts = event_id.rsplit(":", 2)
    if len(parts) == 3 and parts[1].isdigit() and parts[2].isdigit():
        return int(parts[1]), int(parts[2])
    return (0, 0)


def told_after_acts(
    words: str, words_told: int, acts: Iterable[tuple[str, int, int]]
) -> int | None:
    """The rank of the latest of ``acts`` (event id, where its sentence places it on the day,
    its rank among the day's items) that the words' own report tells before them, when
    neither sentence places its item on the day (``words_told`` and each act's place
    :data:`UNTOLD`): the words were said after that act and stand after it. None when no act
    of their report comes first. Event ids are ``doc:sentence:n``: one report's when their
    ``doc`` is the same."""
    if words_told != UNTOLD:
        return None
    doc, place = words.rsplit(":", 2)[0], report_place(words)
    earlier = [
        rank
        for event, told, rank in acts
        if told == UNTOLD and event.rsplit(":", 2)[0] == doc and report_place(event) < place
    ]
    return max(earlier) if earlier else None
