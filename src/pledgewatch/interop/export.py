"""Write events, pledges and checklist results to CSV, JSON Lines or Parquet.

Events go out in GDELT-like columns (GLOBALEVENTID, SQLDATE, Actor1Code ... SOURCEURL) so that
tools built for GDELT read them, followed by pledgewatch's own columns (modality, PLOVER,
evidence, why, doc_id, sentence_id) that keep each row traceable to its sentence. The events are
read and written in chunks, so an export of millions of imported events runs in bounded memory.
Pledges and checklist results come from the ledger and checklist stages and are small.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import math
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Literal

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from sqlalchemy import and_, select

from pledgewatch.errors import ConfigError, InputError, PledgewatchError
from pledgewatch.interop.actor_codes import country_of, type_of
from pledgewatch.model import FACTUAL_MODALITIES
from pledgewatch.store import Store, schema
from pledgewatch.store.frames import sentence_own_event

ExportFormat = Literal["csv", "jsonl", "parquet"]
EXPORT_FORMATS: tuple[ExportFormat, ...] = ("csv", "jsonl", "parquet")
_SUFFIXES = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet"}
CHUNK_ROWS = 10_000

#: Exported event columns and their Parquet types: GDELT-like first, pledgewatch's after.
EVENT_EXPORT_SCHEMA = pa.schema(
    [
        ("GLOBALEVENTID", pa.string()),
        ("SQLDATE", pa.int64()),
        ("MonthYear", pa.int64()),
        ("Year", pa.int64()),
        ("FractionDate", pa.float64()),
        ("Actor1Code", pa.string()),
        ("Actor1Name", pa.string()),
        ("Actor1CountryCode", pa.string()),
        ("Actor1Type1Code", pa.string()),
        ("Actor2Code", pa.string()),
        ("Actor2Name", pa.string()),
        ("Actor2CountryCode", pa.string()),
        ("Actor2Type1Code", pa.string()),
        ("IsRootEvent", pa.int64()),
        ("EventCode", pa.string()),
        ("EventBaseCode", pa.string()),
        ("EventRootCode", pa.string()),
        ("QuadClass", pa.int64()),
        ("GoldsteinScale", pa.float64()),
        ("NumMentions", pa.int64()),
        ("NumSources", pa.int64()),
        ("NumArticles", pa.int64()),
        ("AvgTone", pa.float64()),
        ("SOURCEURL", pa.string()),
        ("date_precision", pa.string()),
        ("modality", pa.string()),
        ("plover", pa.string()),
        ("plover_mode", pa.string()),
        ("penta", pa.int64()),
        ("action_text", pa.string()),
        ("evidence", pa.string()),
        ("why", pa.string()),
        ("doc_id", pa.string()),
        ("sentence_id", pa.string()),
        ("origin", pa.string()),
        ("provenance", pa.string()),
    ]
)
EVENT_EXPORT_COLUMNS = tuple(EVENT_EXPORT_SCHEMA.names)


def export_format(fmt: str | None, path: str | Path) -> ExportFormat:
    """The format asked for, else the one the file's suffix names."""
    if fmt:
        if fmt not in EXPORT_FORMATS:
            raise ConfigError(f"unknown export format {fmt!r}; use {', '.join(EXPORT_FORMATS)}")
        return fmt  # type: ignore[return-value]
    guessed = _SUFFIXES.get(Path(path).suffix.lower())
    if guessed is None:
        raise ConfigError(
            f"cannot tell the format of {path}; give --format {'|'.join(EXPORT_FORMATS)}"
        )
    return guessed  # type: ignore[return-value]


# -- events ------------------------------------------------------------------------------------


def _int_or_none(value: Any) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def _float_or_none(value: Any) -> float | None:
    try:
        number = float(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None
    return None if number is None or math.isnan(number) else number


def _is_root_event(row: Any, provenance: dict[str, Any]) -> int | None:
    if "IsRootEvent" in provenance:
        return _int_or_none(provenance["IsRootEvent"])
    if row.sentence_id:
        # the lead sentence of a document plays the part of GDELT's lead paragraph
        return 1 if row.sentence_id.rsplit(":", 1)[-1] == "0" else 0
    return None


def gdelt_like_record(row: Any) -> dict[str, Any]:
    """One exported event (a row of the events table joined with its document's URL)."""
    provenance = row.provenance if isinstance(row.provenance, dict) else {}
    day: dt.date | None = row.date
    fraction = None
    if day is not None:
        days_in_year = 366 if day.year % 4 == 0 and (day.year % 100 or day.year % 400 == 0) else 365
        fraction = round(day.year + (day.timetuple().tm_yday - 1) / days_in_year, 4)
    return {
        "GLOBALEVENTID": row.id,
        "SQLDATE": int(day.strftime("%Y%m%d")) if day else None,
        "MonthYear": int(day.strftime("%Y%m")) if day else None,
        "Year": day.year if day else None,
        "FractionDate": fraction,
        "Actor1Code": row.source,
        "Actor1Name": row.source_text,
        "Actor1CountryCode": country_of(row.source),
        "Actor1Type1Code": type_of(row.source),
        "Actor2Code": row.target,
        "Actor2Name": row.target_text,
        "Actor2CountryCode": country_of(row.target),
        "Actor2Type1Code": type_of(row.target),
        "IsRootEvent": _is_root_event(row, provenance),
        "EventCode": row.cameo,
        "EventBaseCode": row.cameo[:3],
        "EventRootCode": row.root,
        "QuadClass": row.quad,
        "GoldsteinScale": _float_or_none(row.goldstein),
        "NumMentions": _int_or_none(provenance.get("NumMentions")),
        "NumSources": _int_or_none(provenance.get("NumSources")),
        "NumArticles": _int_or_none(provenance.get("NumArticles")),
        "AvgTone": _float_or_none(provenance.get("AvgTone")),
        "SOURCEURL": provenance.get("source_url") or row.url,
        "date_precision": row.date_precision,
        "modality": row.modality,
        "plover": row.plover,
        "plover_mode": row.plover_mode,
        "penta": row.penta,
        "action_text": row.action_text,
        "evidence": row.evidence,
        "why": row.why,
        "doc_id": row.doc_id,
        "sentence_id": row.sentence_id,
        "origin": row.origin,
        "provenance": json.dumps(provenance, ensure_ascii=False, default=str)
        if provenance
        else None,
    }


def event_conditions(
    *,
    actor: str | None,
    source: str | None,
    target: str | None,
    since: dt.date | None,
    until: dt.date | None,
    origin: str | None,
    cameo: str | None,
    happened_only: bool,
    main_only: bool = False,
) -> list[Any]:
    ev = schema.events
    conditions: list[Any] = []
    if actor:
        prefix = actor.upper()
        conditions.append(
            ev.c.source.startswith(prefix, autoescape=True)
            | ev.c.target.startswith(prefix, autoescape=True)
        )
    if source:
        conditions.append(ev.c.source.startswith(source.upper(), autoescape=True))
    if target:
        conditions.append(ev.c.target.startswith(target.upper(), autoescape=True))
    if since:
        conditions.append(ev.c.date >= since)
    if until:
        conditions.append(ev.c.date <= until)
    if origin:
        conditions.append(ev.c.origin == origin)
    if cameo:
        conditions.append(ev.c.cameo.startswith(cameo, autoescape=True))
    if happened_only:
        conditions.append(ev.c.modality.in_(sorted(FACTUAL_MODALITIES)))
    if main_only:
        conditions.append(sentence_own_event())
    return conditions


def iter_event_export(
    store: Store,
    *,
    actor: str | None = None,
    source: str | None = None,
    target: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    origin: str | None = None,
    cameo: str | None = None,
    happened_only: bool = False,
    main_only: bool = False,
    chunk_rows: int = CHUNK_ROWS,
) -> Iterator[pd.DataFrame]:
    """The events to export as DataFrames of GDELT-like columns, ``chunk_rows`` at a time."""
    conditions = event_conditions(
        actor=actor,
        source=source,
        target=target,
        since=since,
        until=until,
        origin=origin,
        cameo=cameo,
        happened_only=happened_only,
        main_only=main_only,
    )
    for rows in iter_event_rows(store, conditions, chunk_rows):
        yield pd.DataFrame(
            [gdelt_like_record(row) for row in rows], columns=list(EVENT_EXPORT_COLUMNS)
        )


def iter_event_rows(
    store: Store, conditions: list[Any], chunk_rows: int = CHUNK_ROWS
) -> Iterator[list[Any]]:
    """Events matching ``conditions`` with their document's URL, publisher and coding time and
    their sentence's text, ``chunk_rows`` at a time in id order (keyset paging: each chunk
    is one short query, so an export of millions of rows holds no long transaction)."""
    ev, documents, sentences = schema.events, schema.documents, schema.sentences
    last_id = ""
    while True:
        query = (
            select(
                ev,
                documents.c.url,
                documents.c.publisher,
                documents.c.coded_at,
                sentences.c.text.label("sentence_text"),
            )
            .outerjoin(documents, documents.c.id == ev.c.doc_id)
            .outerjoin(sentences, sentences.c.id == ev.c.sentence_id)
            .where(and_(ev.c.id > last_id, *conditions))
            .order_by(ev.c.id)
            .limit(chunk_rows)
        )
        with store.reading() as connection:
            rows = connection.execute(query).all()
        if not rows:
            return
        yield list(rows)
        last_id = rows[-1].id


def events_export_frame(store: Store, **filters: Any) -> pd.DataFrame:
    """All exported events in one DataFrame (for the Python API; large stores: use chunks)."""
    chunks = list(iter_event_export(store, **filters))
    if not chunks:
        return pd.DataFrame(columns=list(EVENT_EXPORT_COLUMNS))
    return pd.concat(chunks, ignore_index=True)


# -- writers -------------------------------------------------------------------------------------


def _json_value(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, float) and math.isnan(value):
        return None
    if value is pd.NA or value is pd.NaT:
        return None
    if hasattr(value, "item") and not isinstance(value, str | bytes):
        return value.item()
    return value


def _flatten_nested(frame: pd.DataFrame) -> pd.DataFrame:
    """Lists and dicts as JSON text, for the flat formats (CSV, Parquet)."""
    frame = frame.copy()
    for column in frame.columns:
        if (
            frame[column].dtype == object
            and frame[column].map(lambda value: isinstance(value, list | dict | tuple)).any()
        ):
            frame[column] = frame[column].map(
                lambda value: (
                    json.dumps(value, ensure_ascii=False, default=str)
                    if isinstance(value, list | dict | tuple)
                    else value
                )
            )
    return frame


class _Writer:
    """Append DataFrames to one file in one format."""

    def __init__(self, path: Path, fmt: ExportFormat, schema_: pa.Schema | None = None) -> None:
        self.path, self.fmt, self.schema = path, fmt, schema_
        self.rows = 0
        self._parquet: pq.ParquetWriter | None = None
        self._handle: Any = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if fmt != "parquet":
                self._handle = path.open("w", encoding="utf-8", newline="")
        except OSError as exc:
            raise InputError(f"cannot write: {exc}", path=str(path)) from exc

    def write(self, frame: pd.DataFrame) -> None:
        if self.fmt == "jsonl":
            for record in frame.to_dict(orient="records"):
                clean = {key: _json_value(value) for key, value in record.items()}
                self._handle.write(json.dumps(clean, ensure_ascii=False, default=str) + "\n")
        elif self.fmt == "csv":
            flat = _flatten_nested(frame)
            flat.to_csv(self._handle, index=False, header=self.rows == 0, quoting=csv.QUOTE_MINIMAL)
        else:
            table = pa.Table.from_pandas(
                _flatten_nested(frame), schema=self.schema, preserve_index=False
            )
            if self._parquet is None:
                self.schema = table.schema
                self._parquet = pq.ParquetWriter(str(self.path), table.schema)
            self._parquet.write_table(table.cast(self.schema))
        self.rows += len(frame)

    def close(self, empty_columns: list[str]) -> None:
        if self.fmt == "parquet" and self._parquet is None:
            empty = self.schema.empty_table() if self.schema is not None else None
            if empty is None:
                empty = pa.table({column: pa.array([], pa.string()) for column in empty_columns})
            pq.write_table(empty, str(self.path))
        elif self.fmt == "csv" and self.rows == 0:
            self._handle.write(",".join(empty_columns) + "\n")
        if self._parquet is not None:
            self._parquet.close()
        if self._handle is not None:
            self._handle.close()


def write_frames(
    frames: Iterator[pd.DataFrame] | list[pd.DataFrame],
    path: str | Path,
    fmt: str | None = None,
    *,
    columns: list[str],
    parquet_schema: pa.Schema | None = None,
) -> int:
    """Write DataFrames (chunks of one table) to ``path``; returns the rows written."""
    target = Path(path)
    writer = _Writer(target, export_format(fmt, target), parquet_schema)
    try:
        for frame in frames:
            if len(frame):
                writer.write(frame)
    except (OSError, pa.ArrowException, ValueError) as exc:
        raise InputError(f"cannot write the export: {exc}", path=str(target)) from exc
    finally:
        writer.close(columns)
    return writer.rows


def export_events(store: Store, path: str | Path, fmt: str | None = None, **filters: Any) -> int:
    """Write events (GDELT-like columns) to ``path``; filters as :func:`iter_event_export`.
    ``fmt="plover"`` writes PLOVER JSON records instead
    (:mod:`pledgewatch.interop.plover_json`).

    Returns the number of events written.
    """
    if fmt == "plover":
        from pledgewatch.interop.plover_json import export_plover

        return export_plover(store, path, **filters)
    return write_frames(
        iter_event_export(store, **filters),
        path,
        fmt,
        columns=list(EVENT_EXPORT_COLUMNS),
        parquet_schema=EVENT_EXPORT_SCHEMA,
    )


# -- pledges and checklists ----------------------------------------------------------------------


def _stage_function(module: str, name: str, what: str) -> Callable[..., Any]:
    try:
        imported = __import__(module, fromlist=[name])
        return getattr(imported, name)  # type: ignore[no-any-return]
    except (ImportError, AttributeError) as exc:
        raise PledgewatchError(
            f"exporting {what} is not available yet: {module}.{name} is missing from this "
            "installation; export events instead or update pledgewatch"
        ) from exc


def pledges_export_frame(
    store: Store,
    *,
    actor: str | None = None,
    as_of: dt.date | None = None,
    topic: str | None = None,
    status: str | None = None,
) -> pd.DataFrame:
    """The ledger (one row per pledge with its status as of ``as_of``) for export."""
    ledger_frame = _stage_function("pledgewatch.ledger", "ledger_frame", "pledges")
    return ledger_frame(store, actor=actor, as_of=as_of, topic=topic, status=status)


def checklist_export_frame(store: Store, checklist: str | Path, as_of: dt.date) -> pd.DataFrame:
    """A checklist (YAML path or shipped name) evaluated at ``as_of``, one row per item.

    The evaluation is not saved in the store: exporting only reads.
    """
    evaluate = _stage_function("pledgewatch.checklists", "evaluate_checklist", "checklist results")
    result = evaluate(store, checklist, as_of, save=False)
    frame = result.frame()
    frame.insert(0, "as_of", result.as_of)
    frame.insert(0, "checklist", result.checklist)
    return frame


def export_frame(frame: pd.DataFrame, path: str | Path, fmt: str | None = None) -> int:
    """Write one DataFrame; lists and dicts become JSON text in CSV and Parquet."""
    return write_frames([frame], path, fmt, columns=[str(c) for c in frame.columns])


def export_pledges(store: Store, path: str | Path, fmt: str | None = None, **filters: Any) -> int:
    """Write the ledger to ``path``; filters as :func:`pledges_export_frame`."""
    return export_frame(pledges_export_frame(store, **filters), path, fmt)


def export_checklist(
    store: Store, path: str | Path, fmt: str | None, *, checklist: str | Path, as_of: dt.date
) -> int:
    """Write a checklist's evaluation at ``as_of`` to ``path``."""
    return export_frame(checklist_export_frame(store, checklist, as_of), path, fmt)
