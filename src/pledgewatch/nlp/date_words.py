"""English month and weekday names, and the regex pieces of a written date built from them.

One place for the words and shapes every date pattern shares (the dateline readers in
``nlp/dates.py`` and ``nlp/dateline_caps.py``, the deadline phrases of
``commitments/deadline_phrases.py``), so they cannot drift apart. They are facts of the English
language, not a table a user would extend, so they live in code; this module imports nothing
of the project, so any module can use it without an import cycle.

Names are matched capitalised ("Nov.", "March") or, for text set wholly in capitals, in
capitals ("NOV.", "MARCH"); never in lower case, where "may" and "march" are a verb and a noun.
"""

from __future__ import annotations

MONTH_NAMES: tuple[str, ...] = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
#: Abbreviations as news copy writes them, each maybe with a full stop ("Sept.", "Nov"); May
#: has none.
MONTH_ABBREVIATIONS: tuple[str, ...] = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sept",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)
WEEKDAY_NAMES: tuple[str, ...] = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)


def _alternation(names: tuple[str, ...], capitals: bool) -> str:
    return "|".join(name.upper() if capitals else name for name in names)


#: A full month name, capitalised, as a non-capturing group ("March"; not "Mar.").
FULL_MONTH = f"(?:{_alternation(MONTH_NAMES, False)})"

#: A day of the month, 1 to 31, maybe with an ordinal suffix ("23", "3rd"), no digit after it.
DAY = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![0-9])"
#: The same in text set in capitals, where the suffix may be in capitals too ("3RD").
CAPS_DAY = r"(?:[12][0-9]|3[01]|0?[1-9])(?:ST|ND|RD|TH|st|nd|rd|th)?(?![0-9])"
#: A year from 1800 to 2099, no digit after it.
YEAR = r"(?:1[89][0-9]{2}|20[0-9]{2})(?![0-9])"


def month_pattern(*, capitals: bool = False) -> str:
    """A month name or abbreviation (maybe with a full stop), not run on into a word:
    "November", "Nov.", "Sept"; in capitals with ``capitals`` ("NOV.")."""
    return (
        f"(?:{_alternation(MONTH_NAMES, capitals)}"
        f"|(?:{_alternation(MONTH_ABBREVIATIONS, capitals)})\\.?)(?![A-Za-z])"
    )


def weekday_pattern(*, capitals: bool = False) -> str:
    """A weekday name, "Monday" (or "MONDAY" with ``capitals``)."""
    return f"(?:{_alternation(WEEKDAY_NAMES, capitals)})"
