"""CAMEO code lookups for imported and exported events: quad class, Goldstein, PENTA, PLOVER.

GDELT rows carry their own QuadClass and GoldsteinScale, ICEWS rows only a code and an intensity,
and neither carries PLOVER; the gaps are filled from the event coder's CAMEO code table
(:class:`pledgewatch.events.codetable.CodeTable`), so imported and coded events speak the same
numbers. This module also repairs codes that lost their leading zero on the way.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from pledgewatch.errors import ConfigError
from pledgewatch.events.codetable import CodeInfo, CodeTable


def data_path(*parts: str) -> Path:
    """A file under ``pledgewatch/data`` (it may not exist)."""
    return Path(str(resources.files("pledgewatch").joinpath("data", *parts)))


def read_tsv(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a data TSV whose leading ``#`` lines are its header comment."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            lines = (line for line in handle if not line.startswith("#"))
            yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    except OSError as exc:
        raise ConfigError(f"cannot read data table: {exc}", path=str(path)) from exc


def code_table() -> CodeTable:
    """The CAMEO code table every lookup here uses (the one shipped with pledgewatch)."""
    return CodeTable.default()


def lookup_cameo(code: str) -> CodeInfo | None:
    """The table entry of a code, else of its three-digit base, else of its root; None if none."""
    table = code_table()
    for length in (len(code), 3, 2):
        prefix = code[:length]
        if len(prefix) >= 2 and prefix in table:
            return table.info(prefix)
    return None


def normalise_cameo(code: str, *, zero_dropped: bool = False) -> str | None:
    """A CAMEO code as the table spells it, or None if it cannot be one.

    Spreadsheets and some ICEWS releases drop the leading zero ("43" for 043, "331" for 0331).
    A code not in the table that is in it with a zero in front is taken with the zero; with
    ``zero_dropped`` (ICEWS, whose codes have three or four digits) a two-digit code is read as
    a three-digit one first ("10" is 010, not the root 10). A code under a known root that the
    table lacks (a new sub-code) is kept as it is.
    """
    code = code.strip()
    if not code.isdigit() or not 1 <= len(code) <= 4:
        return None
    candidates = [code, "0" + code]
    if (zero_dropped and len(code) <= 2) or len(code) == 1:
        candidates.reverse()
    candidates = [candidate for candidate in candidates if 2 <= len(candidate) <= 4]
    table = code_table()
    for candidate in candidates:
        if candidate in table:
            return candidate
    for candidate in candidates:
        if candidate[:3] in table or (len(candidate) == 3 and candidate[:2] in table):
            return candidate
    return None
