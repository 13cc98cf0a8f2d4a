"""Calendar arithmetic of the date reader: weeks, months, the nearest such date, a weekday.

Split out of :mod:`pledgewatch.nlp.dates` (which re-exports :func:`week_start` and
:func:`resolve_weekday`): pure functions of dates, no text. Weeks run Monday to Sunday (ISO
8601); the weekday rules are the ones the dates module's docstring gives.
"""

from __future__ import annotations

import datetime as dt

__all__ = [
    "nearest_month",
    "nearest_year_date",
    "resolve_weekday",
    "safe_date",
    "shift_months",
    "week_start",
]


def week_start(day: dt.date) -> dt.date:
    """The Monday of ``day``'s week."""
    return day - dt.timedelta(days=day.weekday())


def shift_months(day: dt.date, months: int) -> dt.date:
    """The 1st of the month ``months`` after ``day``'s month (negative goes back)."""
    index = day.year * 12 + (day.month - 1) + months
    return dt.date(index // 12, index % 12 + 1, 1)


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def nearest_year_date(month: int, day: int, anchor: dt.date) -> dt.date | None:
    """The date with this month and day nearest the anchor (ties go to the earlier one)."""
    candidates = [
        d
        for y in (anchor.year - 1, anchor.year, anchor.year + 1)
        if (d := safe_date(y, month, day))
    ]
    if not candidates:
        return None
    return min(candidates, key=lambda d: (abs((d - anchor).days), d))


def nearest_month(month: int, anchor: dt.date) -> dt.date:
    anchor_index = anchor.year * 12 + anchor.month - 1
    candidates = [dt.date(y, month, 1) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    return min(candidates, key=lambda d: (abs(d.year * 12 + d.month - 1 - anchor_index), d))


def resolve_weekday(weekday: int, anchor: dt.date, modifier: str | None = None) -> dt.date:
    """The date of a weekday named relative to the anchor (the rules: :mod:`pledgewatch.nlp.dates`).

    ``modifier`` is ``None``/``"on"`` (on or before), ``"future"`` (on or after), ``"last"``
    (strictly before), ``"next"`` (strictly after) or ``"this"`` (in the anchor's week).
    """
    if modifier == "last":
        back = (anchor.weekday() - weekday) % 7 or 7
        return anchor - dt.timedelta(days=back)
    if modifier == "next":
        ahead = (weekday - anchor.weekday()) % 7 or 7
        return anchor + dt.timedelta(days=ahead)
    if modifier == "this":
        return week_start(anchor) + dt.timedelta(days=weekday)
    if modifier == "future":
        return anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7)
    return anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7)
