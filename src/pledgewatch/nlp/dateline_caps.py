"""Datelines set wholly in capitals: ``SEOUL, NOV. 23, 2010 (YONHAP) --``.

Some wire desks and archives send a report in capitals, dateline included. The ordinary
dateline pattern (:func:`pledgewatch.nlp.dates.parse_dateline`) reads month names only in their
capitalised form ("Nov.", "November"), because "may" and "march" in lower case are a verb and a
noun; a month in capitals ("NOV.", "NOVEMBER", "MAY") is read here instead, with the same named
groups, so ``parse_dateline`` takes either match the same way.

An ordinary all-caps headline must not read as a dateline: "TALKS SET FOR MAY 5 - OFFICIALS"
has a month and a dash too. So a capitals date counts only after the comma that follows the
place ("SEOUL, NOV. 23"), as every wire dateline writes it, and the place is at most three
words. An agency in capitals ("(YONHAP)") is given its usual spelling from
``data/ingest/wire_agencies.yaml`` (:func:`agency_name`), so the document's publisher reads
"Yonhap" whether or not its dateline was in capitals.

Month and weekday names and the day and year shapes are shared with the other date patterns
(:mod:`pledgewatch.nlp.date_words`); the agency spellings are a table, so they live in a data
file.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

from pledgewatch.errors import ConfigError
from pledgewatch.nlp.date_words import CAPS_DAY, YEAR, month_pattern, weekday_pattern
from pledgewatch.yaml_lists import read_word_yaml

DEFAULT_AGENCIES = Path(__file__).resolve().parent.parent / "data" / "ingest" / "wire_agencies.yaml"

_CAPS_MONTH = month_pattern(capitals=True)
_CAPS_WEEKDAY = weekday_pattern(capitals=True)
_CAPS_WORD = r"[A-Z][A-Z'’.\-]*"

_CAPS_DATELINE = re.compile(
    rf"""\A[ \t\n]*
    (?P<place>{_CAPS_WORD}(?:[ ]{_CAPS_WORD}){{0,2}}?)
    (?:,[ ]+(?!{_CAPS_MONTH}|{_CAPS_WEEKDAY})(?P<region>{_CAPS_WORD}(?:[ ]{_CAPS_WORD}){{0,2}}?))?
    ,[ ]+(?P<date>
        (?P<weekday>{_CAPS_WEEKDAY})
        |(?P<md_month>{_CAPS_MONTH})\s*(?P<md_day>{CAPS_DAY})(?:,?\s+(?P<md_year>{YEAR}))?
        |(?P<dm_day>{CAPS_DAY})\s+(?P<dm_month>{_CAPS_MONTH})(?:,?\s+(?P<dm_year>{YEAR}))?
    )
    (?P<iso>(?!))?
    [ ]*(?:\((?P<publisher>[A-Za-z0-9][^()\n]{{0,59}})\))?
    [ ]*(?P<dash>(?:--|-|–)\s+|[—―]\s*)""",
    re.VERBOSE,
)


def match_caps_dateline(text: str) -> re.Match[str] | None:
    """The all-caps dateline opening ``text``, with the groups of the ordinary dateline
    pattern (``place``, ``region``, ``date``, ``weekday``, ``iso``, ``md_*``, ``dm_*``,
    ``publisher``, ``dash``), or None."""
    return _CAPS_DATELINE.match(text)


def agency_name(publisher: str) -> str:
    """The usual spelling of an agency written in capitals ("YONHAP" -> "Yonhap"); any other
    name, and an agency the table does not list, as written."""
    if not publisher.isupper():
        return publisher
    return load_agency_spellings().get(publisher.casefold(), publisher)


def load_agency_spellings(path: str | Path = DEFAULT_AGENCIES) -> dict[str, str]:
    """casefolded agency name -> its usual spelling, from ``path`` (read once per path).

    Raises:
        ConfigError: the file cannot be read or ``agencies`` is not a list of names.
    """
    return _load(str(path))


@functools.lru_cache(maxsize=4)
def _load(path: str) -> dict[str, str]:
    entries = read_word_yaml(path).get("agencies")
    if not isinstance(entries, list) or not all(isinstance(name, str) for name in entries):
        raise ConfigError("'agencies' must be a list of agency names", path=path)
    return {name.casefold(): name for name in entries}


def rejoin_cut_datelines(doc: Any, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence token ranges with a capitals dateline that the splitter cut at its month's full
    stop ("SEOUL, NOV." | "23, 2010 (YONHAP) -- THE SOUTH'S ...") joined again.

    The tokenizer knows "Nov." as one word but not "NOV.", so the sentence splitter ends a
    sentence there; the rest of the dateline then opens the next sentence and "YONHAP" reads as
    its subject. Joined, the dateline is found and left out of the sentence like any other.
    """
    joined: list[tuple[int, int]] = []
    for start, end in bounds:
        if joined and joined[-1][1] == start and _cuts_dateline(doc, joined[-1][0], start, end):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _cuts_dateline(doc: Any, start: int, cut: int, end: int) -> bool:
    """Whether tokens [start, end) open with a capitals dateline that runs past ``cut``."""
    if start >= cut or not doc[start].is_upper:
        return False
    offset = doc[start].idx
    match = match_caps_dateline(doc.text[offset : doc[end - 1].idx + len(doc[end - 1].text)])
    return match is not None and offset + match.end("dash") > doc[cut].idx
