"""The deadline a pledge names: the last day by which its act is due, read from its words.

A promise may say when ("will hold a naval exercise later this month", "will reopen the complex
within 30 days", "by the end of the year"). :func:`read_deadline` finds such a phrase, first in
the grader's own deadline phrase, then in the clause of the mention's sentence that holds the
pledge's words ("..., while the South drills later this year" names no deadline of the
pledge), and resolves it against the
day its report was published to the *last* day it allows (the end of the named week, month or
year: the ledger is never early in calling a pledge lapsed). :mod:`~pledgewatch.ledger.status`
then calls an episode lapsed when the deadline its promisor named passed with no act, traced to
that sentence. Only phrases that look ahead are read. A pledge its words date to a day ahead of
its report ("will join the drills from Sunday") names no phrase but is due then: the week from
that day is its period (:func:`scheduled_day`). Which words name a deadline is read by
the one reader the commitment's ``deadline`` field uses too
(:mod:`pledgewatch.commitments.deadline_phrases`, ``data/commitments/deadline_cues.yaml``); this
module resolves a phrase to its day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pledgewatch.commitments.deadline_phrases import (
    DeadlinePhrase,
    DeadlineWords,
    default_deadline_words_path,
    load_deadline_words,
)
from pledgewatch.ledger.evidence import period_end
from pledgewatch.ledger.wordings import clause_breaks
from pledgewatch.nlp.calendar_arithmetic import shift_months, week_start
from pledgewatch.nlp.dates import month_number, shifted_date


def default_deadlines_path() -> Path:
    """The shipped deadline words, one file with the commitment's deadline reader:
    ``data/commitments/deadline_cues.yaml``."""
    return default_deadline_words_path()


@dataclass(frozen=True)
class Deadline:
    """The last day a pledge's act is due, the phrase that says so, and how long a period it
    names (an act within one more such period after the day keeps the pledge late)."""

    day: dt.date
    text: str
    grace: dt.timedelta


_RESOLVERS: dict[str, Callable[[DeadlinePhrase, dt.date], Deadline | None]] = {}


def read_phrases(
    words: DeadlineWords,
    text: str | None,
    anchor: dt.date,
    span: str | None = None,
    *,
    looking_ahead: bool = False,
) -> Deadline | None:
    """The first deadline ``text`` names (its phrases found by the shared reader,
    :meth:`~pledgewatch.commitments.deadline_phrases.DeadlineWords.phrases`), resolved against
    ``anchor`` (the report's day); with a ``span`` of the pledge in ``text``, the first in the
    span's clause only. ``looking_ahead`` also reads a bare "this week": only for the grader's
    own phrase, which the grader kept because its verb looks ahead ("will hold talks this
    week"); in a whole sentence it may tell the past ("agreed this week")."""
    found: list[tuple[int, int, Deadline]] = []
    for phrase in words.phrases(text, looking_ahead=looking_ahead):
        deadline = _RESOLVERS[phrase.kind](phrase, anchor)
        if deadline is not None:
            found.append((phrase.start, phrase.end, deadline))
    if not text or not found:
        return None
    start, stop = _clause_around(text, span, [(a, b) for a, b, _ in found])
    found = [item for item in found if start <= item[0] < stop]
    return min(found, key=lambda item: item[0])[2] if found else None


def _clause_around(text: str, span: str | None, phrases: list[tuple[int, int]]) -> tuple[int, int]:
    """Where the clause of ``text`` that holds ``span`` runs (the whole text when the span is
    not in it), cut where :func:`~pledgewatch.ledger.wordings.clause_breaks` cuts, except inside
    a deadline phrase: "before the end of next month" is the pledge's own deadline, not a
    clause of "before". "It will hold talks next month, while the South drills later this
    year": the talks are due next month."""
    at = text.lower().find(span.strip().lower()) if span and span.strip() else -1
    if at < 0:
        return 0, len(text)
    end = at + len(span.strip()) if span else at
    start, stop = 0, len(text)
    for cut_start, cut_end in clause_breaks(text):
        if any(a <= cut_start < b for a, b in phrases):
            continue
        if cut_end <= at:
            start = max(start, cut_end)
        elif cut_start >= end:
            stop = min(stop, cut_start)
    return start, stop


def _period(day: dt.date, unit: str) -> tuple[dt.date, dt.timedelta]:
    """The last day of the ``unit`` containing ``day``, and the unit's length."""
    if unit == "week":
        return period_end(week_start(day), "week"), dt.timedelta(days=7)
    if unit == "month":
        return period_end(day, "month"), dt.timedelta(days=31)
    return period_end(day, "year"), dt.timedelta(days=366)


def _this_period(match: DeadlinePhrase, anchor: dt.date) -> Deadline | None:
    unit = str(match.unit).lower()
    day, grace = _period(anchor, unit)
    if day <= anchor:  # said on its last day ("later this week" on a Sunday): the next one
        day, grace = _period(anchor + dt.timedelta(days=1), unit)
    return Deadline(day, match.text, grace)


def _next_period(match: DeadlinePhrase, anchor: dt.date) -> Deadline | None:
    unit = str(match.unit).lower()
    if unit == "week":
        following = anchor + dt.timedelta(days=7)
    elif unit == "month":
        following = shift_months(anchor, 1)
    else:
        following = dt.date(anchor.year + 1, 1, 1)
    day, grace = _period(following, unit)
    return Deadline(day, match.text, grace)


def _end_of_month(match: DeadlinePhrase, anchor: dt.date) -> Deadline | None:
    month = month_number(str(match.month))
    year = anchor.year if month >= anchor.month else anchor.year + 1  # a deadline is ahead
    return Deadline(period_end(dt.date(year, month, 1), "month"), match.text, _MONTH)


_MONTH = dt.timedelta(days=31)


def _within(match: DeadlinePhrase, anchor: dt.date) -> Deadline | None:
    unit = str(match.unit).lower().rstrip("s")
    ahead = shifted_date(anchor, str(match.count), unit, 1)
    if ahead is None:
        return None
    span = period_end(ahead.date, ahead.precision) - anchor
    return Deadline(period_end(ahead.date, ahead.precision), match.text, span)


_RESOLVERS.update(
    this_period=_this_period,
    next_period=_next_period,
    end_of_month=_end_of_month,
    within=_within,
)


def read_deadline(
    phrase: str | None, sentence: str | None, anchor: dt.date | None, span: str | None = None
) -> Deadline | None:
    """The deadline a pledge names: in the grader's deadline ``phrase`` ("by the end of the
    year"), else in its ``sentence``, resolved against ``anchor`` (its report's day). With the
    pledge's ``span`` (its event's words), only the clause of the sentence that holds it is read:
    a date in another clause is another matter's."""
    if anchor is None:
        return None
    words = load_deadline_words()
    return read_phrases(words, phrase, anchor, looking_ahead=True) or read_phrases(
        words, sentence, anchor, span
    )


#: How long an act scheduled for a day runs and may be told as keeping its pledge: an exercise
#: or a visit "from Sunday" is told on its second or fourth day too. One week, and one more as
#: the grace (as "next week" allows).
_SCHEDULED_SPAN = dt.timedelta(days=7)


def scheduled_day(
    day: dt.date | None, anchor: dt.date | None, precision: str | None
) -> Deadline | None:
    """The period of a pledge its words date to a day ahead of its report ("the carrier will
    join the drills from Sunday", said on a Wednesday, dated to Sunday), when no phrase names
    a deadline: its act is due within the week from that day, and, like a named deadline's
    period, it binds the pledge: the drill that week keeps it, a drill months later is another
    act (:func:`~pledgewatch.ledger.status.acts_beyond_their_period`). A pledge dated only to
    a week, month or year, or to its report's day, has none here."""
    if day is None or anchor is None or precision != "day" or day <= anchor:
        return None
    last = day + _SCHEDULED_SPAN - dt.timedelta(days=1)
    return Deadline(last, f"the week from {day.isoformat()}", _SCHEDULED_SPAN)
