"""Events as PLOVER JSON records, one per line: the exchange format of the PLOVER manual.

PLOVER (the successor ontology to CAMEO) names its fields instead of placing them in columns:
``id``, ``date``, ``actor`` and ``recipient`` (lists of entity objects), ``event`` (list of
event types), ``mode``, ``quad_code``, ``event_text``, ``text``, ``cite_info``, ``coder``,
``coded_date`` and ``comment`` (the manual's "Data Fields" chapter, v2.0 draft), and it asks
providers to keep any further information in named fields of their own. pledgewatch adds
``cameo``, ``goldstein``, ``modality`` and ``date_precision`` so nothing the coder knows is lost,
and ``has_event`` is false for an event whose CAMEO code has no PLOVER type.

Each record keeps its trace: ``cite_info`` names the document, the sentence and the URL, and
``text`` is the whole sentence the event was read from.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from pledgewatch import __version__
from pledgewatch.errors import InputError
from pledgewatch.interop.actor_codes import country_of
from pledgewatch.interop.export import CHUNK_ROWS, event_conditions, iter_event_rows
from pledgewatch.store import Store

CODER = f"pledgewatch {__version__}"


def _entity(code: str | None, text: str | None) -> list[dict[str, Any]]:
    if not code and not text:
        return []
    return [{"code": code, "text": text, "country": country_of(code)}]


def _iso(value: Any) -> str | None:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)[:10] if value else None


def plover_record(row: Any) -> dict[str, Any]:
    """One event row (as :func:`pledgewatch.interop.export.iter_event_rows` reads it) as a
    PLOVER record."""
    provenance = row.provenance if isinstance(row.provenance, dict) else {}
    record: dict[str, Any] = {
        "id": row.id,
        "has_event": bool(row.plover),
        "date": _iso(row.date),
        "actor": _entity(row.source, row.source_text),
        "recipient": _entity(row.target, row.target_text),
        "event": [row.plover] if row.plover else [],
        "mode": [row.plover_mode] if row.plover_mode else [],
        "quad_code": row.quad,
        "event_text": [row.evidence] if row.evidence else [],
        "text": row.sentence_text,
        "cite_info": {
            "doc_id": row.doc_id,
            "sentence_id": row.sentence_id,
            "url": provenance.get("source_url") or row.url,
            "publisher": row.publisher,
        },
        "coder": CODER if row.origin in (None, "pledgewatch") else row.origin,
        "coded_date": _iso(row.coded_at),
        "comment": row.why,
        "cameo": row.cameo,
        "goldstein": float(row.goldstein) if row.goldstein is not None else None,
        "modality": row.modality,
        "date_precision": row.date_precision,
    }
    return record


def export_plover(
    store: Store, path: str | Path, *, chunk_rows: int = CHUNK_ROWS, **filters: Any
) -> int:
    """Write the events matching ``filters`` (as for ``export events``) to ``path`` as PLOVER
    JSON Lines; returns the number of records written."""
    target = Path(path)
    written = 0
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("w", encoding="utf-8") as handle:
            for rows in iter_event_rows(
                store, event_conditions(**_all_filters(filters)), chunk_rows
            ):
                for row in rows:
                    handle.write(
                        json.dumps(plover_record(row), ensure_ascii=False, default=str) + "\n"
                    )
                written += len(rows)
    except OSError as exc:
        raise InputError(f"cannot write the PLOVER export: {exc}", path=str(target)) from exc
    return written


def _all_filters(filters: dict[str, Any]) -> dict[str, Any]:
    names = ("actor", "source", "target", "since", "until", "origin", "cameo")
    unknown = set(filters) - {*names, "happened_only", "main_only"}
    if unknown:
        raise TypeError(f"unknown event filter(s): {', '.join(sorted(unknown))}")
    return {**dict.fromkeys(names), "happened_only": False, "main_only": False, **filters}
