"""Stream GDELT and ICEWS event files into the store's events table, in bounded memory.

Event files run to gigabytes, so lines are read one at a time (from plain, ``.gz`` or ``.zip``
files), turned into rows by :mod:`pledgewatch.interop.gdelt` or :mod:`pledgewatch.interop.icews`
and inserted in batches of a few thousand, one transaction a batch. Rows whose id is already in
the store are left alone, so importing a file twice stores it once. A bad line is reported as
``file:line: problem`` and skipped; the import goes on.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy.dialects import postgresql, sqlite

from pledgewatch.errors import ConfigError, InputError, StoreError
from pledgewatch.interop.gdelt import BadLine, gdelt_row
from pledgewatch.interop.icews import IcewsColumns, icews_row
from pledgewatch.interop.layouts import IMPORT_FORMATS, ImportFormat, detect_format
from pledgewatch.store import Store, schema

#: Called with (file label, bytes read, bytes in all) as the import goes on.
ProgressCallback = Callable[[str, int, int], None]

DEFAULT_BATCH_SIZE = 5000
_PROGRESS_EVERY = 2000  # lines between progress calls


@dataclass
class ImportReport:
    """What an import did: lines read, events new and already present, lines skipped and why."""

    files: list[str] = field(default_factory=list)
    lines: int = 0
    inserted: int = 0
    already_present: int = 0
    filtered_out: int = 0
    bad_lines: int = 0
    problems: list[str] = field(default_factory=list)
    max_problems: int = 1000

    def problem(self, message: str) -> None:
        self.bad_lines += 1
        if len(self.problems) < self.max_problems:
            self.problems.append(message)

    def to_dict(self) -> dict[str, Any]:
        return {
            "files": list(self.files),
            "lines": self.lines,
            "inserted": self.inserted,
            "already_present": self.already_present,
            "filtered_out": self.filtered_out,
            "bad_lines": self.bad_lines,
            "problems": list(self.problems),
        }


#: Yields (line number, raw line, bytes read so far) of one stream.
LineReader = Callable[[], Iterator[tuple[int, bytes, int]]]


@dataclass
class _LineSource:
    """One stream of lines: a plain or gzip file, or one member of a zip archive."""

    label: str
    total: int
    lines: LineReader


class _ByteCounter(io.RawIOBase):
    """Wrap a binary stream and count the bytes read through it (for zip members)."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self.read_bytes = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._stream.read(len(buffer))
        buffer[: len(data)] = data
        self.read_bytes += len(data)
        return len(data)


def _numbered(stream: BinaryIO, position: Callable[[], int]) -> Iterator[tuple[int, bytes, int]]:
    for number, raw in enumerate(stream, start=1):
        yield number, raw, position()


def _plain_lines(path: Path) -> LineReader:
    def read() -> Iterator[tuple[int, bytes, int]]:
        with path.open("rb") as raw:
            yield from _numbered(raw, raw.tell)

    return read


def _gzip_lines(path: Path) -> LineReader:
    def read() -> Iterator[tuple[int, bytes, int]]:
        # Progress counts compressed bytes: the uncompressed size of a .gz is not known up front.
        with path.open("rb") as raw, gzip.GzipFile(fileobj=raw) as stream:
            try:
                yield from _numbered(stream, raw.tell)  # type: ignore[arg-type]
            except (OSError, EOFError) as exc:
                raise InputError(f"cannot read the gzip file: {exc}", path=str(path)) from exc

    return read


def _zip_lines(path: Path, info: zipfile.ZipInfo) -> LineReader:
    def read() -> Iterator[tuple[int, bytes, int]]:
        try:
            with zipfile.ZipFile(path) as archive, archive.open(info) as member:
                counter = _ByteCounter(member)  # type: ignore[arg-type]
                stream = io.BufferedReader(counter, buffer_size=1 << 16)
                yield from _numbered(stream, lambda: counter.read_bytes)  # type: ignore[arg-type]
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            message = f"cannot read {info.filename} in the zip: {exc}"
            raise InputError(message, path=str(path)) from exc

    return read


def line_sources(path: Path) -> list[_LineSource]:
    """The line streams of an event file: itself, its gzip content, or each file in its zip."""
    if not path.is_file():
        raise InputError("no such file; check the path", path=str(path))
    size = path.stat().st_size
    if zipfile.is_zipfile(path):
        try:
            with zipfile.ZipFile(path) as archive:
                members = [
                    info
                    for info in archive.infolist()
                    if not info.is_dir() and not info.filename.startswith("__MACOSX")
                ]
        except (zipfile.BadZipFile, OSError) as exc:
            raise InputError(f"cannot read the zip archive: {exc}", path=str(path)) from exc
        if not members:
            raise InputError("the zip archive holds no file", path=str(path))
        return [
            _LineSource(f"{path}!{info.filename}", info.file_size, _zip_lines(path, info))
            for info in members
        ]
    if path.suffix.lower() == ".gz":
        return [_LineSource(str(path), size, _gzip_lines(path))]
    return [_LineSource(str(path), size, _plain_lines(path))]


def _insert_statement(store: Store) -> Any:
    """INSERT that skips ids already stored and returns the ids it did insert.

    RETURNING, not ``rowcount``: psycopg reports -1 for batched inserts.
    """
    statement: postgresql.Insert | sqlite.Insert
    if store.dialect == "postgresql":
        statement = postgresql.insert(schema.events)
    elif store.dialect == "sqlite":
        statement = sqlite.insert(schema.events)
    else:
        raise StoreError(
            f"importing needs SQLite or PostgreSQL, not {store.dialect}; use a supported URL"
        )
    return statement.on_conflict_do_nothing(index_elements=["id"]).returning(schema.events.c.id)


class _Importer:
    """The state of one import run: filters, the pending batch and the report."""

    def __init__(
        self,
        store: Store,
        *,
        since: dt.date | None,
        until: dt.date | None,
        actor: str | None,
        batch_size: int,
        report: ImportReport,
    ) -> None:
        self.store = store
        self.since, self.until = since, until
        self.actor = actor.strip().upper() if actor else None
        self.batch_size = max(1, batch_size)
        self.report = report
        self.batch: list[dict[str, Any]] = []
        self.statement = _insert_statement(store)

    def keep(self, row: dict[str, Any]) -> bool:
        date = row["date"]
        if self.since and date < self.since:
            return False
        if self.until and date > self.until:
            return False
        if self.actor:
            codes = (row["source"] or "", row["target"] or "")
            return any(code.startswith(self.actor) for code in codes)
        return True

    def add(self, row: dict[str, Any]) -> None:
        if not self.keep(row):
            self.report.filtered_out += 1
            return
        self.batch.append(row)
        if len(self.batch) >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        if not self.batch:
            return
        with self.store.transaction() as connection:
            inserted = len(connection.execute(self.statement, self.batch).all())
        self.report.inserted += inserted
        self.report.already_present += len(self.batch) - inserted
        self.batch = []


def _import_source(
    importer: _Importer,
    source: _LineSource,
    fmt: ImportFormat | None,
    provenance_file: str,
    on_progress: ProgressCallback | None,
) -> None:
    report = importer.report
    icews_columns: IcewsColumns | None = None
    done = 0
    for number, raw, done in source.lines():
        text = raw.decode("utf-8", errors="replace").rstrip("\r\n")
        if not text.strip():
            continue
        report.lines += 1
        fields = text.split("\t")
        if fmt is None:
            fmt = detect_format(text)
            if fmt is None:
                raise InputError(
                    f"cannot tell the format from the first line ({len(fields)} columns); "
                    f"give --format {'|'.join(IMPORT_FORMATS)}",
                    path=source.label,
                )
        try:
            if fmt == "icews":
                if icews_columns is None:
                    if IcewsColumns.is_header(fields):
                        icews_columns = IcewsColumns(fields)
                        continue
                    icews_columns = IcewsColumns.standard()
                row = icews_row(fields, icews_columns, file=provenance_file, line=number)
            else:
                gdelt = gdelt_row(fields, fmt, file=provenance_file, line=number)
                if gdelt is None:
                    continue
                row = gdelt
        except BadLine as exc:
            report.problem(f"{source.label}:{number}: {exc}")
            continue
        importer.add(row)
        if on_progress and number % _PROGRESS_EVERY == 0:
            on_progress(source.label, done, source.total)
    importer.flush()
    if on_progress:
        on_progress(source.label, source.total, source.total)


def import_events(
    store: Store,
    paths: Sequence[str | Path],
    *,
    fmt: ImportFormat | str = "auto",
    since: dt.date | None = None,
    until: dt.date | None = None,
    actor: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    on_progress: ProgressCallback | None = None,
    max_problems: int = 1000,
) -> ImportReport:
    """Import GDELT 1.0/2.0 or ICEWS event files into the events table.

    Args:
        store: the open store.
        paths: event files, plain, ``.gz`` or ``.zip`` (every file in the archive is read).
        fmt: ``gdelt1``, ``gdelt2``, ``icews`` or ``auto`` (guessed from each file's first line).
        since, until: keep only events dated within these days (inclusive).
        actor: keep only events whose source or target code starts with this (``PRK``).
        batch_size: rows per insert transaction.
        on_progress: called with (file, bytes read, bytes in all) while reading.
        max_problems: bad-line messages kept in the report (all are counted).

    Returns:
        An :class:`ImportReport`; bad lines are in ``problems`` as ``file:line: problem``.
    """
    if fmt != "auto" and fmt not in IMPORT_FORMATS:
        raise ConfigError(f"unknown format {fmt!r}; use auto or one of {', '.join(IMPORT_FORMATS)}")
    resolved = [Path(path) for path in paths]
    sources = [(path, line_sources(path)) for path in resolved]
    report = ImportReport(files=[str(path) for path in resolved], max_problems=max_problems)
    importer = _Importer(
        store, since=since, until=until, actor=actor, batch_size=batch_size, report=report
    )
    chosen: ImportFormat | None = None if fmt == "auto" else fmt  # type: ignore[assignment]
    for path, streams in sources:
        for source in streams:
            provenance_file = str(path.resolve())
            if "!" in source.label:
                provenance_file += "!" + source.label.split("!", 1)[1]
            _import_source(importer, source, chosen, provenance_file, on_progress)
    return report


def total_bytes(paths: Sequence[str | Path]) -> int:
    """Bytes the progress bar will count for these files (uncompressed size inside zips)."""
    return sum(source.total for path in paths for source in line_sources(Path(path)))
