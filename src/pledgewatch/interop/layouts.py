"""Column layouts of the event files pledgewatch reads: GDELT 1.0, GDELT 2.0 and ICEWS.

The layouts are data files (``data/interop/*_columns.tsv``) so that the readers and the docs name
columns the same way and a new layout variant is a new file, not new code.
"""

from __future__ import annotations

import functools
from typing import Literal

from pledgewatch.errors import ConfigError
from pledgewatch.interop.codes import data_path, read_tsv

ImportFormat = Literal["gdelt1", "gdelt2", "icews"]
IMPORT_FORMATS: tuple[ImportFormat, ...] = ("gdelt1", "gdelt2", "icews")


@functools.lru_cache(maxsize=4)
def layout(fmt: ImportFormat) -> tuple[str, ...]:
    """The column names of a format, in file order."""
    if fmt not in IMPORT_FORMATS:
        choices = ", ".join(IMPORT_FORMATS)
        raise ConfigError(f"unknown event file format {fmt!r}; use one of {choices}")
    rows = list(read_tsv(data_path("interop", f"{fmt}_columns.tsv")))
    return tuple(row["column"] for row in sorted(rows, key=lambda row: int(row["position"])))


def gdelt_widths(fmt: ImportFormat) -> tuple[int, ...]:
    """Accepted numbers of columns: GDELT 1.0 back-files lack the last column (SOURCEURL)."""
    width = len(layout(fmt))
    return (width - 1, width) if fmt == "gdelt1" else (width,)


def detect_format(first_line: str) -> ImportFormat | None:
    """Guess the format of an event file from its first line (None when it fits none)."""
    fields = first_line.rstrip("\r\n").split("\t")
    if "Event ID" in fields and "CAMEO Code" in fields:
        return "icews"
    for fmt in ("gdelt1", "gdelt2"):
        if len(fields) in gdelt_widths(fmt):
            return fmt
    if len(fields) == len(layout("icews")):
        return "icews"
    return None
