"""The evidence behind a status, and dates written to the precision they are known.

An :class:`Evidence` item is one sentence a reader needs to trust a status (a pledge's wording,
the act that kept or broke it, a retraction), with its document, date and role; the ledger, the
checklists and the views all show these. A date known only to its month or year (a report of a
torpedo "in March", a treaty "signed in 1953") is stored on the period's first day for sorting
and must be written as "2010-03" or "1953" (:func:`shown_date`). Kept apart from
``records.py`` (mentions, links, pledges, statuses) because it is what every reader of the
ledger shares, and so that module has room for the records themselves.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any


def shown_date(date: dt.date, precision: str | None) -> str:
    """A date written to its precision: "2010-12" for a month, "1953" for a year."""
    if precision == "year":
        return f"{date.year:04d}"
    if precision == "month":
        return f"{date.year:04d}-{date.month:02d}"
    return date.isoformat()


def period_end(date: dt.date, precision: str | None) -> dt.date:
    """The last day a date known to ``precision`` may stand for: 2010-03 -> 2010-03-31, 1953 ->
    1953-12-31, a week (stored on its first day) -> six days later; a day is itself."""
    if precision == "year":
        return dt.date(date.year, 12, 31)
    if precision == "month":
        following = dt.date(date.year + date.month // 12, date.month % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    if precision == "week":
        return date + dt.timedelta(days=6)
    return date


def row_date_precision(row: Mapping[str, Any]) -> str:
    """How much of a stored event's or commitment's date is known ("day" when unset); an
    undated one takes its report's day, which is known to the day."""
    return str(row.get("date_precision") or "day") if row.get("date") else "day"


def iso_date(value: dt.date | None) -> str | None:
    """A date as ISO text, None kept."""
    return value.isoformat() if value else None


@dataclass(frozen=True, slots=True)
class Evidence:
    """A sentence behind a status: document, sentence, date, text, and its role."""

    doc: str | None
    sentence: str | None
    date: dt.date | None
    text: str | None
    role: str = ""
    #: "day", "month" or "year": a sentence recalling "1953" is dated 1953-01-01
    date_precision: str = "day"
    #: this item set the status shown (the fulfilling act, the breach, the retraction)
    decides: bool = False
    #: what a reader must know beside the sentence ("recalled, by 2012-12-20": a look back at
    #: an act, no new one); in the JSON it is part of ``role``, the text view adds it
    note: str | None = None

    @property
    def when(self) -> str | None:
        """The date as precisely as it is known (what to show; ``date`` is for sorting)."""
        return shown_date(self.date, self.date_precision) if self.date else None

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape shared by the ledger and the checklists."""
        return {
            "doc": self.doc,
            "sentence": self.sentence,
            "date": iso_date(self.date),
            "when": self.when,
            "text": self.text,
            "role": self.role or None,
            "decides": self.decides,
        }


def key_items(
    evidence: tuple[Evidence, ...], extra: Iterable[Evidence] = ()
) -> tuple[Evidence, ...]:
    """The items of ``evidence`` (in date order) a reader needs: the first, ``extra``, those
    that set the status (``decides``) and the last; in date order, one per sentence."""
    if not evidence:
        return ()
    wanted = [evidence[0], *extra, *(e for e in evidence if e.decides), evidence[-1]]
    seen: set[str] = set()
    out: list[Evidence] = []
    for item in sorted(wanted, key=lambda e: (e.date or dt.date.max, not e.decides)):
        key = item.sentence or item.text or ""
        if key not in seen:
            seen.add(key)
            out.append(item)
    return tuple(out)
