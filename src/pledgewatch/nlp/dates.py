"""Dates in news text: the dateline at the head of a report and the date expressions in it.

A report says *when* in three ways, and the pipeline needs all three with their precision:

* metadata (front matter, HTML, feed, a CSV column): :func:`parse_date_value`;
* the dateline that opens a wire report (``PYONGYANG, Aug. 24 (Yonhap) --``), which also names
  the place and the agency: :func:`parse_dateline`;
* expressions in the sentences ("on Wednesday", "last month", "24 August 2011"), resolved against
  the document date: :func:`resolve_relative_dates`, and :func:`date_for_span` which picks the
  date an event coder should give one sentence.

Precision is kept, never invented: "last week" is the Monday of that week with precision
``"week"``, "last month" the 1st of that month with precision ``"month"``, "in 2010" the 1st of
January with precision ``"year"``.

Rules for expressions without a full date (news is mostly written in the past tense):

* A bare weekday ("on Wednesday", "said Wednesday") is the most recent such weekday *on or before*
  the anchor (the anchor itself when it is that weekday). ``prefer_future=True`` (for a sentence
  the caller knows to be about the future) turns this into the first such weekday on or after it.
  "last Wednesday" is the most recent one strictly before the anchor, "next Wednesday" the first
  one strictly after it, "this Wednesday" the one in the anchor's Monday-to-Sunday week.
* A month and day without a year ("on Aug. 24") takes the year that puts it nearest the anchor
  (so "Dec. 30" in a report of 3 January is last December). A month alone ("in March") likewise.
* Weeks run Monday to Sunday (ISO 8601).

Month and weekday names are English language facts, not a tunable lexicon, so they live here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, replace
from typing import Any

from pledgewatch.model import DatePrecision, DateRef
from pledgewatch.nlp.calendar_arithmetic import (
    nearest_month,
    nearest_year_date,
    resolve_weekday,
    safe_date,
    shift_months,
    week_start,
)
from pledgewatch.nlp.date_words import DAY, YEAR, month_pattern, weekday_pattern
from pledgewatch.nlp.dateline_caps import agency_name, match_caps_dateline

# -- language facts ---------------------------------------------------------------------------

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
#: The time units a counted span is measured in ("four months", "two years").
TIME_UNITS = frozenset({"day", "week", "month", "year"})
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_MONTH_NUMBERS: dict[str, int] = {name: number for number, name in enumerate(_MONTHS, 1)}
_WEEKDAY_NUMBERS: dict[str, int] = {name: number for number, name in enumerate(_WEEKDAYS)}
_NUMBER_WORDS: dict[str, int] = {"a": 1, "an": 1} | {
    word: number for number, word in enumerate(_NUMBERS, 1)
}

# Capitalised names only: "may" and "march" in lower case are a verb and a noun.
_MONTH = month_pattern()
_WEEKDAY = weekday_pattern()
_DAY = DAY
_YEAR = YEAR
_UNIT = r"(?:day|week|month|year)s?"
_DIRECTIONS = r"(?:last|this|next|earlier\s+this|later\s+this)"


def month_number(name: str) -> int:
    """1..12 for an English month name or abbreviation ("Aug.", "Sept", "August")."""
    return _MONTH_NUMBERS[name.strip(". ").lower()[:3]]


def weekday_number(name: str) -> int:
    """0 (Monday) .. 6 (Sunday) for an English weekday name."""
    return _WEEKDAY_NUMBERS[name.strip().lower()]


def is_month_or_weekday(word: str) -> bool:
    """Whether ``word`` is a capitalised month name or abbreviation ("Dec.", "March"), or a
    weekday: not any word whose first three letters spell a month ("Marcos")."""
    return re.fullmatch(f"{_MONTH}|{_WEEKDAY}", word) is not None


# -- records ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Dateline:
    """The dateline that opens a wire report, e.g. ``PYONGYANG, Aug. 24 (Yonhap) --``.

    ``end`` is the offset in the text where the report proper starts (after the dash).
    ``date`` is None when the dateline gives none, or gives a month and day but no year and
    there was no reference date to take the year from.
    """

    place: str | None
    publisher: str | None
    date: dt.date | None
    precision: DatePrecision
    text: str
    end: int


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date expression found in a text, its character span, what it resolves to and why."""

    text: str
    start: int
    end: int
    date: dt.date
    precision: DatePrecision
    rule: str

    def ref(self) -> DateRef:
        """The expression as the :class:`~pledgewatch.model.DateRef` record events carry."""
        return DateRef(date=self.date, precision=self.precision, text=self.text)


# -- metadata values --------------------------------------------------------------------------

_ISO_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?(?:[T ].*)?$")


def parse_date_value(value: Any) -> tuple[dt.date, DatePrecision] | None:
    """A date from a metadata value, with its precision, or None when it cannot be read.

    Takes ``date``/``datetime`` objects, years as numbers, ISO strings of any precision
    (``2011``, ``2011-08``, ``2011-08-24``, ``2011-08-24T10:00:00+09:00``), RFC 2822 dates from
    feeds (``Wed, 24 Aug 2011 10:00:00 +0900``) and written dates (``Aug. 24, 2011``,
    ``24 August 2011``, ``March 2012``). A timestamp keeps the calendar day of its own time zone.
    """
    if isinstance(value, dt.datetime):
        return value.date(), "day"
    if isinstance(value, dt.date):
        return value, "day"
    if isinstance(value, int) and not isinstance(value, bool) and 1000 <= value <= 9999:
        return dt.date(value, 1, 1), "year"
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    iso = _ISO_PARTIAL.match(text)
    if iso:
        year, month, day = (int(g) if g else None for g in iso.groups())
        assert year is not None
        if month is None:
            return dt.date(year, 1, 1), "year"
        if day is None:
            found = safe_date(year, month, 1)
            return (found, "month") if found else None
        found = safe_date(year, month, day)
        return (found, "day") if found else None
    return _parse_written_date(text)


def _parse_written_date(text: str) -> tuple[dt.date, DatePrecision] | None:
    from dateutil import parser as date_parser

    # Two different defaults reveal which parts the text left out.
    first_default = dt.datetime(2000, 1, 1)
    second_default = dt.datetime(2001, 2, 2)
    try:
        first = date_parser.parse(text, default=first_default)
        second = date_parser.parse(text, default=second_default)
    except (ValueError, OverflowError):
        return None
    if first.year != second.year:
        return None
    if first.month != second.month:
        return dt.date(first.year, 1, 1), "year"
    if first.day != second.day:
        return dt.date(first.year, first.month, 1), "month"
    return first.date(), "day"


# -- datelines --------------------------------------------------------------------------------

_PLACE_WORD = r"[A-Z][A-Za-z'’.\-]*"
_DATELINE_DATE = (
    rf"(?P<weekday>{_WEEKDAY})"
    rf"|(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})"
    rf"|(?P<md_month>{_MONTH})\s*(?P<md_day>{_DAY})(?:,?\s+(?P<md_year>{_YEAR}))?"
    rf"|(?P<dm_day>{_DAY})\s+(?P<dm_month>{_MONTH})(?:,?\s+(?P<dm_year>{_YEAR}))?"
)
_DATELINE = re.compile(
    rf"""\A[ \t\n]*
    (?P<place>{_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,3}}?)
    (?:,[ ]+(?!{_MONTH}|{_WEEKDAY})(?P<region>{_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,2}}?))?
    (?:,?[ ]+(?P<date>{_DATELINE_DATE}))?
    [ ]*(?:\((?P<publisher>[A-Z0-9][^()\n]{{0,59}})\))?
    [ ]*(?P<dash>(?:--|-|–)\s+|[—―]\s*)""",
    re.VERBOSE,
)


def parse_dateline(text: str, reference: dt.date | None = None) -> Dateline | None:
    """The dateline at the start of a report body, or None when it does not open with one.

    Recognises the wire forms ``PYONGYANG, Aug. 24 (Yonhap) --``, ``SEOUL, South Korea (AP) —``,
    ``WASHINGTON, Feb. 29, 2012 (Reuters) -``, ``UNITED NATIONS (AP) --``, ``GENEVA —``.
    A dateline must give a date or an agency in parentheses, or a place in capitals, so that an
    ordinary first sentence ("North Korea - which ...") is not taken for one.

    ``reference`` (the metadata date or the ``--date`` option) supplies the year when the
    dateline gives only a month and day (the year putting it nearest the reference) and the
    week when it gives a weekday (the most recent such day on or before the reference).
    """
    # a dateline set in capitals ("SEOUL, NOV. 23, 2010 (YONHAP) --"): nlp/dateline_caps.py,
    # tried first because the mixed-case pattern takes a capitals weekday ("TOKYO, TUESDAY") for
    # a region
    match = match_caps_dateline(text) or _DATELINE.match(text)
    if not match:
        return None
    place = match.group("place")
    publisher = agency_name((match.group("publisher") or "").strip()) or None
    has_date = match.group("date") is not None
    if not (has_date or publisher or (place.isupper() and len(place) >= 3)):
        return None
    date, precision = _dateline_date(match, reference)
    place = _tidy_place(place)
    if match.group("region"):
        place = f"{place}, {_tidy_place(match.group('region'))}"
    return Dateline(
        place=place,
        publisher=publisher,
        date=date,
        precision=precision,
        text=text[match.start("place") : match.end("dash")].strip(),
        end=match.end(),
    )


def _tidy_place(place: str) -> str:
    """``PYONGYANG`` -> ``Pyongyang``; places already in mixed case are kept as written."""
    if not place.isupper():
        return place
    return " ".join(
        word if "." in word else "-".join(part.capitalize() for part in word.split("-"))
        for word in place.split(" ")
    )


def _dateline_date(
    match: re.Match[str], reference: dt.date | None
) -> tuple[dt.date | None, DatePrecision]:
    if match.group("weekday"):
        if reference is None:
            return None, "unknown"
        return resolve_weekday(weekday_number(match.group("weekday")), reference), "day"
    if match.group("iso"):
        parsed = parse_date_value(match.group("iso"))
        return (parsed[0], "day") if parsed else (None, "unknown")
    month_text = match.group("md_month") or match.group("dm_month")
    if not month_text:
        return None, "unknown"
    day = int(re.sub(r"\D", "", match.group("md_day") or match.group("dm_day")))
    year_text = match.group("md_year") or match.group("dm_year")
    month = month_number(month_text)
    if year_text:
        found = safe_date(int(year_text), month, day)
    elif reference is not None:
        found = nearest_year_date(month, day, reference)
    else:
        found = None
    return (found, "day") if found else (None, "unknown")


# -- date expressions in text -----------------------------------------------------------------

Resolved = tuple[dt.date, DatePrecision] | None
Resolver = Callable[[re.Match[str], dt.date, bool], Resolved]


def _day_of(match: re.Match[str]) -> int:
    return int(re.sub(r"\D", "", match.group("day")))


def _full_date(match: re.Match[str], _anchor: dt.date, _future: bool) -> Resolved:
    found = safe_date(int(match.group("year")), month_number(match.group("month")), _day_of(match))
    return (found, "day") if found else None


def _iso_date(match: re.Match[str], _anchor: dt.date, _future: bool) -> Resolved:
    found = safe_date(*(int(match.group(g)) for g in ("year", "month", "day")))
    return (found, "day") if found else None


def _month_day(match: re.Match[str], anchor: dt.date, _future: bool) -> Resolved:
    found = nearest_year_date(month_number(match.group("month")), _day_of(match), anchor)
    return (found, "day") if found else None


def _month_year(match: re.Match[str], _anchor: dt.date, _future: bool) -> Resolved:
    return dt.date(int(match.group("year")), month_number(match.group("month")), 1), "month"


def _month_alone(match: re.Match[str], anchor: dt.date, _future: bool) -> Resolved:
    month = month_number(match.group("month"))
    modifier = (match.group("mod") or "").lower()
    this_year = dt.date(anchor.year, month, 1)
    if modifier == "last":
        found = this_year if month < anchor.month else dt.date(anchor.year - 1, month, 1)
    elif modifier == "next":
        found = this_year if month > anchor.month else dt.date(anchor.year + 1, month, 1)
    elif modifier == "this":
        found = this_year
    else:
        found = nearest_month(month, anchor)
    return found, "month"


def _year(match: re.Match[str], _anchor: dt.date, _future: bool) -> Resolved:
    return dt.date(int(match.group("year")), 1, 1), "year"


def _weekday(match: re.Match[str], anchor: dt.date, future: bool) -> Resolved:
    modifier = (match.group("mod") or "").lower() or None
    if modifier in (None, "on") and future:
        modifier = "future"
    return resolve_weekday(weekday_number(match.group("weekday")), anchor, modifier), "day"


_DAY_WORDS: dict[str, int] = {
    "the day before yesterday": -2,
    "yesterday": -1,
    "last night": -1,
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "tomorrow": 1,
    "the day after tomorrow": 2,
}


def _day_word(match: re.Match[str], anchor: dt.date, _future: bool) -> Resolved:
    key = re.sub(r"\s+", " ", match.group(0).lower())
    return anchor + dt.timedelta(days=_DAY_WORDS[key]), "day"


def _relative_unit(match: re.Match[str], anchor: dt.date, _future: bool) -> Resolved:
    direction = re.sub(r"\s+", " ", match.group("dir").lower())
    step = {"last": -1, "next": 1}.get(direction, 0)
    unit = match.group("unit").lower().rstrip("s")
    return _unit_start(anchor, unit, step)


def _ago(match: re.Match[str], anchor: dt.date, _future: bool) -> Resolved:
    found = shifted_date(anchor, match.group("count"), match.group("unit"), -1)
    return (found.date, found.precision) if found is not None else None


def shifted_date(anchor: dt.date, count_word: str, unit: str, sign: int) -> DateRef | None:
    """``anchor`` moved by a counted span ("four months" -> 4 months, ``sign`` -1 back, +1
    ahead), at the unit's precision (a day, the start of the week, month or year); None when
    the count or unit is no number or time unit ("several months")."""
    word = count_word.lower()
    count = int(word) if word.isdigit() else _NUMBER_WORDS.get(word)
    unit = unit.lower().rstrip("s")
    if count is None or unit not in TIME_UNITS:
        return None
    day, precision = _unit_start(anchor, unit, sign * count)
    return DateRef(date=day, precision=precision)


def _unit_start(anchor: dt.date, unit: str, step: int) -> tuple[dt.date, DatePrecision]:
    if unit == "week":
        return week_start(anchor) + dt.timedelta(weeks=step), "week"
    if unit == "month":
        return shift_months(anchor, step), "month"
    if unit == "year":
        return dt.date(anchor.year + step, 1, 1), "year"
    return anchor + dt.timedelta(days=step), "day"


_ON = r"(?:\bon\s+)?"
_WEEKDAY_PREFIX = rf"(?:{_WEEKDAY},?\s+(?:the\s+)?)?"
_YEAR_PREPOSITIONS = (
    r"in|since|by|until|till|during|from|through|before|after|early|late|mid-?|"
    r"the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of|the\s+middle\s+of|the\s+year"
)
_COUNT = r"\d{1,3}|" + "|".join(_NUMBER_WORDS)
_COUNT_RE = rf"(?:{_COUNT})"

#: Each pattern with the rule name recorded on its matches and the function resolving it.
_PATTERNS: tuple[tuple[str, re.Pattern[str], Resolver], ...] = tuple(
    (name, re.compile(pattern, flags), resolver)
    for name, pattern, flags, resolver in (
        (
            "iso date",
            r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b",
            0,
            _iso_date,
        ),
        (
            "month day year",
            rf"{_ON}{_WEEKDAY_PREFIX}\b(?P<month>{_MONTH})\s*(?P<day>{_DAY}),?\s+(?P<year>{_YEAR})",
            0,
            _full_date,
        ),
        (
            "day month year",
            rf"{_ON}{_WEEKDAY_PREFIX}\b(?P<day>{_DAY})\s+(?:of\s+)?(?P<month>{_MONTH}),?\s+"
            rf"(?P<year>{_YEAR})",
            0,
            _full_date,
        ),
        (
            "month day",
            rf"{_ON}{_WEEKDAY_PREFIX}\b(?P<month>{_MONTH})\s*(?P<day>{_DAY})",
            0,
            _month_day,
        ),
        (
            "day month",
            rf"{_ON}{_WEEKDAY_PREFIX}\b(?P<day>{_DAY})\s+(?:of\s+)?(?P<month>{_MONTH})",
            0,
            _month_day,
        ),
        (
            "month year",
            rf"\b(?:(?:early|late|mid-?)\s*)?(?P<month>{_MONTH}),?\s+(?:of\s+)?(?P<year>{_YEAR})",
            0,
            _month_year,
        ),
        (
            "month",
            rf"(?:\b(?P<mod>[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Dd]uring|[Ff]rom|[Tt]hrough|[Bb]efore|"
            rf"[Aa]fter|[Ee]arly|[Ll]ate|[Ll]ast|[Tt]his|[Nn]ext)\s+|\b[Mm]id-)(?P<month>{_MONTH})",
            0,
            _month_alone,
        ),
        (
            "year",
            rf"\b(?:{_YEAR_PREPOSITIONS})\s*(?P<year>{_YEAR})",
            re.IGNORECASE,
            _year,
        ),
        (
            "weekday",
            rf"\b(?:(?P<mod>[Oo]n|[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?P<weekday>{_WEEKDAY})\b"
            r"(?:\s+(?:morning|afternoon|evening|night))?",
            0,
            _weekday,
        ),
        (
            "day word",
            r"\b(?:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|"
            r"today|tonight|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))\b",
            re.IGNORECASE,
            _day_word,
        ),
        (
            "relative unit",
            rf"\b(?P<dir>{_DIRECTIONS})\s+(?P<unit>week|month|year)\b",
            re.IGNORECASE,
            _relative_unit,
        ),
        (
            "ago",
            rf"\b(?P<count>{_COUNT_RE})\s+(?P<unit>{_UNIT})\s+ago\b",
            re.IGNORECASE,
            _ago,
        ),
    )
)


def _all_matches(text: str, anchor: dt.date, prefer_future: bool) -> Iterator[DateMatch]:
    for name, pattern, resolver in _PATTERNS:
        for match in pattern.finditer(text):
            resolved = resolver(match, anchor, prefer_future)
            if resolved is None:
                continue
            date, precision = resolved
            yield DateMatch(
                text=match.group(0),
                start=match.start(),
                end=match.end(),
                date=date,
                precision=precision,
                rule=name,
            )


def resolve_relative_dates(
    text: str, anchor: dt.date, *, prefer_future: bool = False
) -> list[DateMatch]:
    """Every date expression in ``text``, resolved against ``anchor``, in text order.

    Where expressions overlap the longest wins ("on Monday, Aug. 22, 2011" is one day, not a
    weekday and a date). Absolute dates ("24 August 2011") need no anchor but get one anyway.
    See the module docstring for how weekdays and dates without a year are resolved.

    Example:
        >>> [(m.text, m.date.isoformat(), m.precision)
        ...  for m in resolve_relative_dates("Talks ended last week.", dt.date(2011, 8, 24))]
        [('last week', '2011-08-15', 'week')]
    """
    longest_first = sorted(
        _all_matches(text, anchor, prefer_future), key=lambda m: (m.start - m.end, m.start)
    )
    chosen: list[DateMatch] = []
    for match in longest_first:
        if all(match.end <= kept.start or match.start >= kept.end for kept in chosen):
            chosen.append(match)
    return sorted(chosen, key=lambda m: m.start)


def date_for_span(
    text: str,
    start: int,
    end: int,
    anchor: dt.date,
    *,
    focus: int | None = None,
    prefer_future: bool = False,
    past: bool = False,
    own: Collection[int] = (),
    foreign: Collection[tuple[int, int]] = (),
) -> DateRef:
    """The date an event in ``text[start:end]`` (one sentence) should carry.

    The date expression in the span nearest ``focus`` (a character offset in ``text``, e.g. the
    event's trigger; by default the first expression in the span), else the document date
    ``anchor`` with precision ``"day"`` and no text. ``own``: character offsets (in ``text``)
    of the words that belong to the event itself ("Libya's decision to give up its program in
    2003"); an expression starting on one of them wins over a nearer one outside ("North Korea
    said on Tuesday"). ``foreign``: character ranges (in ``text``) whose expressions date another
    act ("since 2008", "a summit that begins on Monday"); they are never used. ``past``: the
    event is told as done (a verb in the past tense), so a month or a month and day without a
    year is never after ``anchor`` ("launched a rocket in April" in a February report is last
    April, not the coming one: :func:`_not_after`).
    """
    matches = resolve_relative_dates(text[start:end], anchor, prefer_future=prefer_future)
    if foreign:
        matches = [
            m
            for m in matches
            if not any(a <= m.start + start and m.end + start <= b for a, b in foreign)
        ]
    if not matches:
        return DateRef(date=anchor, precision="day", text=None)
    if own:
        local_own = {offset - start for offset in own}
        inside = [m for m in matches if any(m.start <= o < m.end for o in local_own)]
        matches = inside or matches
    if focus is None:
        best = matches[0]
    else:
        local = focus - start
        best = min(matches, key=lambda m: (0 if m.start <= local < m.end else 1, _gap(m, local)))
    return _not_after(best, anchor).ref() if past else best.ref()


#: The rules whose expressions name no year, so the year is the resolver's guess.
_YEARLESS_RULES = frozenset({"month day", "day month", "month"})


def _not_after(match: DateMatch, anchor: dt.date) -> DateMatch:
    """``match`` moved back a year when it names no year and its guess falls after ``anchor``:
    an act told as done cannot be dated to a time still to come ("in April" said in February)."""
    if match.rule not in _YEARLESS_RULES or match.date <= anchor:
        return match
    earlier = safe_date(match.date.year - 1, match.date.month, match.date.day)
    return match if earlier is None else replace(match, date=earlier)


def _gap(match: DateMatch, offset: int) -> int:
    if offset < match.start:
        return match.start - offset
    return max(0, offset - match.end + 1)
