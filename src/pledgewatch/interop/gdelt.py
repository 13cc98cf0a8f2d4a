"""Turn one line of a GDELT 1.0 or 2.0 event file into an events-table row.

GDELT already codes who did what to whom with CAMEO actor and event codes, a quad class and a
Goldstein score; pledgewatch keeps those, adds the PENTA class and PLOVER type from its code table
and records where the row came from, so an imported event can be traced to its file, line and
article like a coded one can to its sentence. Id ``gdelt:<GLOBALEVENTID>`` makes re-import
idempotent.
"""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path
from typing import Any

from pledgewatch.interop.codes import lookup_cameo, normalise_cameo
from pledgewatch.interop.layouts import ImportFormat, gdelt_widths, layout

FORMAT_NAMES = {"gdelt1": "GDELT 1.0", "gdelt2": "GDELT 2.0"}

#: GDELT columns kept in the provenance of an imported event (besides file, line, id and URL).
PROVENANCE_COLUMNS = (
    "IsRootEvent",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "DATEADDED",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_Lat",
    "ActionGeo_Long",
)


@functools.lru_cache(maxsize=64)
def file_name(path: str) -> str:
    """The last part of a provenance path, for the ``why`` text (cached: called per line)."""
    return Path(path).name


class BadLine(ValueError):
    """A line that cannot be imported; the message says what is wrong with it."""


def parse_yyyymmdd(text: str) -> dt.date:
    text = text.strip()
    try:
        if len(text) == 8 and text.isdigit():
            return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
        return dt.date.fromisoformat(text[:10])
    except ValueError as exc:
        raise BadLine(f"bad date {text!r} (expected YYYYMMDD or YYYY-MM-DD)") from exc


def float_or_none(text: str, column: str) -> float | None:
    text = text.strip()
    if not text:
        return None
    try:
        return float(text)
    except ValueError as exc:
        raise BadLine(f"{column} {text!r} is not a number") from exc


def _actor(fields: dict[str, str], n: int) -> str | None:
    code = fields[f"Actor{n}Code"].strip().upper()
    if not code:
        code = (fields[f"Actor{n}CountryCode"] + fields[f"Actor{n}Type1Code"]).strip().upper()
    return code[:40] or None


def is_gdelt_header(fields: list[str]) -> bool:
    return bool(fields) and fields[0].strip().upper() == "GLOBALEVENTID"


def gdelt_row(
    fields: list[str], fmt: ImportFormat, *, file: str, line: int
) -> dict[str, Any] | None:
    """The events-table row of one GDELT line (already split on tabs); None for a header line.

    Raises :class:`BadLine` when the line has the wrong number of columns, no id, a bad date or
    a bad event code.
    """
    if is_gdelt_header(fields):
        return None
    widths = gdelt_widths(fmt)
    if len(fields) not in widths:
        hint = ""
        for other in ("gdelt1", "gdelt2"):
            if other != fmt and len(fields) in gdelt_widths(other):
                hint = f"; it looks like {FORMAT_NAMES[other]}: use --format {other}"
        expected = " or ".join(str(width) for width in widths)
        raise BadLine(f"{len(fields)} columns, {FORMAT_NAMES[fmt]} has {expected}{hint}")
    named = dict(zip(layout(fmt), fields, strict=False))
    named.setdefault("SOURCEURL", "")
    original_id = named["GLOBALEVENTID"].strip()
    if not original_id:
        raise BadLine("empty GLOBALEVENTID")
    date = parse_yyyymmdd(named["SQLDATE"])
    raw_code = named["EventCode"].strip()
    cameo = normalise_cameo(raw_code)
    if cameo is None:
        raise BadLine(f"EventCode {raw_code!r} is not a CAMEO event code")
    info = lookup_cameo(cameo)
    quad_text = named["QuadClass"].strip()
    if quad_text and quad_text not in {"1", "2", "3", "4"}:
        raise BadLine(f"QuadClass {quad_text!r} is not 1-4")
    goldstein = float_or_none(named["GoldsteinScale"], "GoldsteinScale")
    source_url = named["SOURCEURL"].strip() or None
    provenance: dict[str, Any] = {
        "format": fmt,
        "file": file,
        "line": line,
        "original_id": original_id,
        "source_url": source_url,
    }
    provenance.update({column: named[column].strip() for column in PROVENANCE_COLUMNS})
    return {
        "id": f"gdelt:{original_id}",
        "doc_id": None,
        "sentence_id": None,
        "date": date,
        "date_precision": "day",
        "source": _actor(named, 1),
        "target": _actor(named, 2),
        "source_text": named["Actor1Name"].strip() or None,
        "target_text": named["Actor2Name"].strip() or None,
        "cameo": cameo,
        "root": cameo[:2],
        "plover": info.plover if info else None,
        "plover_mode": info.plover_mode if info else None,
        "quad": int(quad_text) if quad_text else (info.quad if info else None),
        "penta": info.penta if info else None,
        "goldstein": goldstein if goldstein is not None else (info.goldstein if info else None),
        "modality": "reported",
        "action_text": info.name if info else None,
        "evidence": None,
        "evidence_start": None,
        "evidence_end": None,
        "why": f"imported from {FORMAT_NAMES[fmt]} {file_name(file)}:{line} (EventCode {raw_code})",
        "origin": "gdelt",
        "provenance": provenance,
    }
