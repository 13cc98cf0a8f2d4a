"""Ingest many sources into the store: expand, read, dedup, write in batches, report.

Documents are written through :meth:`Store.store_documents` in batches, one transaction each, so
an interrupted run leaves whole batches and can simply be run again: the store recognises every
document already there by its raw content (or its content hash) and counts it as a duplicate; a
file stored before the readers' normalisation changed is renewed in place, never stored twice
(:mod:`pledgewatch.ingest.hashing`), under whichever spelling of its path it was stored
(:mod:`pledgewatch.ingest.source_paths`). A source that cannot be
read is recorded in the report with its reason and the run goes on; only a store error stops it.
An archive is read as a folder (:mod:`pledgewatch.ingest.archives`): each member is a source of
the report (``corpus.zip:docs/a.txt``), and the archive itself is one only when it fails; an
archive from a URL or standard input is read the same way from its capped spooled copy
(:mod:`pledgewatch.ingest.spool`).
A source read with a caveat (mixed encodings) is recorded as a warning in the report and logged
on the ``pledgewatch.ingest`` logger.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from pledgewatch.errors import InputError
from pledgewatch.ingest.archives import (
    Member,
    archive_kind_by_name,
    archive_kind_of_file,
    archive_members,
)
from pledgewatch.ingest.compressed import inner_name, reader_suffix
from pledgewatch.ingest.documents import ReadResult
from pledgewatch.ingest.fetch import fetch_url
from pledgewatch.ingest.formats import EXTENSIONS
from pledgewatch.ingest.hashing import same_reading
from pledgewatch.ingest.options import IngestOptions
from pledgewatch.ingest.report import Failure, IngestReport, SourceReport
from pledgewatch.ingest.source_paths import path_spellings
from pledgewatch.ingest.sources import (
    STDIN,
    STDIN_NAME,
    is_url,
    read_fetched,
    read_named_bytes,
    read_plain_file,
    read_stdin_data,
    spool_stdin,
    walk_directory,
)
from pledgewatch.ingest.unsupported_formats import refusal_for_name
from pledgewatch.model import Document
from pledgewatch.store import Store

_log = logging.getLogger("pledgewatch.ingest")


@dataclass(frozen=True, slots=True)
class _Target:
    """One source to read, or a problem found while listing the arguments."""

    name: str
    problem: InputError | None = None
    skip_reason: str | None = None


def _expand(
    arguments: Iterable[str | os.PathLike[str]], options: IngestOptions
) -> Iterator[_Target]:
    for raw in arguments:
        argument = os.fspath(raw)
        if argument == STDIN or is_url(argument) or not Path(argument).is_dir():
            yield _Target(argument)
            continue
        for path in walk_directory(Path(argument)):
            if isinstance(path, InputError):
                yield _Target(path.path or argument, problem=path)
                continue
            yield _Target(str(path), skip_reason=_skip_reason(path.name, options))


def _skip_reason(name: str, options: IngestOptions) -> str | None:
    """Why a file met in a folder or an archive is not read: a format that is not read (told
    by the unsupported-formats table, else as an unknown extension); None when it is read."""
    if options.format is not None or archive_kind_by_name(name):
        return None
    refusal = refusal_for_name(inner_name(name))
    if refusal:
        return refusal
    suffix = reader_suffix(name)
    return f"no reader for {suffix!r} files" if suffix and suffix not in EXTENSIONS else None


class _BatchWriter:
    """Collects documents and writes them in one transaction per ``batch_size``.

    A source is folded into the run's report once all its documents are written (see
    :meth:`IngestReport.add_source`), so only the sources of the batch being filled are open.
    """

    def __init__(self, store: Store, batch_size: int, report: IngestReport) -> None:
        self.store = store
        self.batch_size = batch_size
        self.report = report
        self.pending: list[tuple[Document, SourceReport]] = []
        self.open_sources: list[SourceReport] = []

    def add(self, document: Document, source: SourceReport) -> None:
        self.pending.append((document, source))
        if len(self.pending) >= self.batch_size:
            self.flush()

    def finish(self, source: SourceReport) -> None:
        """``source`` has been read: fold it now, or after the batch holding its documents.

        Sources are folded in the order read, so one waits behind any that is still open.
        """
        if self.open_sources or (self.pending and self.pending[-1][1] is source):
            self.open_sources.append(source)
        else:
            self.report.add_source(source)

    def flush(self) -> None:
        if self.pending:
            outcomes = self.store.store_documents(
                [document for document, _ in self.pending],
                same_reading=same_reading,
                path_spellings=path_spellings,
            )
            for (_, source), (outcome, doc_id) in zip(self.pending, outcomes, strict=True):
                self.report.add_document(
                    source, doc_id, is_new=outcome == "new", renewed=outcome == "renewed"
                )
            self.pending = []
        for source in self.open_sources:
            self.report.add_source(source)
        self.open_sources = []


def _progress(quiet: bool) -> Progress:
    return Progress(
        TextColumn("[bold]ingest[/]"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}", style="dim"),
        console=Console(stderr=True),
        transient=True,
        disable=quiet,
    )


def ingest_paths(
    store: Store,
    paths: Iterable[str | os.PathLike[str]],
    options: IngestOptions | None = None,
    *,
    stdin: IO[Any] | None = None,
) -> IngestReport:
    """Read files, directories (recursively), URLs and ``-`` into the store; report per source.

    Directories are read in sorted order, leaving out hidden files and folders, ``README*``
    files, and files whose extension no reader handles (reported as skipped). Every other
    problem is a failure in the report, and the run goes on.

    Args:
        store: where the documents go.
        paths: files, directories, ``http(s)://`` URLs, and ``-`` for ``stdin``.
        options: defaults, mapping, format, limits; see :class:`IngestOptions`.
        stdin: the stream ``-`` reads (default ``sys.stdin``).

    Raises:
        StoreError: the store cannot be written (documents of earlier batches stay stored).
    """
    options = options or IngestOptions()
    report = IngestReport()
    writer = _BatchWriter(store, options.batch_size, report)
    arguments = [os.fspath(path) for path in paths]
    with _progress(options.quiet) as progress:
        # The sources are listed twice rather than kept: a list of 100,000 paths would be the
        # one thing left that grows with the corpus. Listing is cheap next to reading.
        total = None if options.quiet else sum(1 for _ in _expand(arguments, options))
        task = progress.add_task("", total=total)
        for target in _expand(arguments, options):
            progress.update(task, description=target.name)
            shown = STDIN_NAME if target.name == STDIN else target.name
            source_report = SourceReport(source=shown)
            if _read_into(target, source_report, writer, options, stdin):
                writer.finish(source_report)
            progress.advance(task)
        writer.flush()
    return report


def _read_into(
    target: _Target,
    source_report: SourceReport,
    writer: _BatchWriter,
    options: IngestOptions,
    stdin: IO[Any] | None,
) -> bool:
    """Read one target into the writer; whether ``source_report`` is to be folded (an archive
    read whole folds its members' reports instead, see :func:`_read_archive`)."""
    if target.skip_reason is not None:
        source_report.skipped = target.skip_reason
        return True
    if target.problem is not None:
        source_report.failures.append(Failure.from_error(target.problem, target.name))
        return True
    try:
        if target.name == STDIN:
            # held in a capped spooled file: an archive is read from it like a file on disk
            with spool_stdin(options, stdin) as held:
                if held.kind is not None:
                    return _read_archive(held.file, held.kind, source_report, writer, options)
                result = read_stdin_data(held.read_all(), options)
        elif is_url(target.name):
            fetched = fetch_url(target.name, options)
            with fetched.body as body:
                if body.kind is not None:
                    return _read_archive(body.file, body.kind, source_report, writer, options)
                result = read_fetched(fetched, target.name, options)
        else:
            kind = archive_kind_of_file(Path(target.name))
            if kind is not None:
                with Path(target.name).open("rb") as stream:
                    return _read_archive(stream, kind, source_report, writer, options)
            result = read_plain_file(target.name, options)
    except InputError as exc:
        source_report.failures.append(Failure.from_error(exc, target.name))
        return True
    except OSError as exc:  # an archive that cannot be opened: unreadable, gone
        reason = (
            "permission denied: the file is not readable; check its permissions"
            if isinstance(exc, PermissionError)
            else f"cannot read: {exc.strerror or exc}"
        )
        source_report.failures.append(Failure(where=target.name, reason=reason, code="PW100"))
        return True
    except Exception as exc:  # a parser bug on odd input must not end the whole run
        reason = f"unexpected {exc.__class__.__name__} while reading: {exc} (please report it)"
        source_report.failures.append(Failure(where=target.name, reason=reason, code="PW100"))
        return True
    _add_result(result, source_report, writer)
    return True


def _add_result(result: ReadResult, source_report: SourceReport, writer: _BatchWriter) -> None:
    for error in result.errors:
        source_report.failures.append(Failure.from_error(error, source_report.source))
    for message in result.warnings:
        source_report.warnings.append(message)
        _log.warning("%s: %s", source_report.source, message)
    for document in result.documents:
        writer.add(document, source_report)


def _read_archive(
    stream: IO[bytes],
    kind: str,
    archive_report: SourceReport,
    writer: _BatchWriter,
    options: IngestOptions,
) -> bool:
    """Read every member of an archive as a file of a folder, each its own source in the
    report (``corpus.zip:docs/a.txt``); whether the archive's own report is to be folded: only
    when the archive itself failed (corrupt, empty, over a limit), the members read before
    the failure staying read."""
    archive = archive_report.source
    try:
        for member in archive_members(stream, kind, name=archive, max_bytes=options.max_bytes):
            member_report = SourceReport(source=f"{archive}:{member.name}")
            _read_member(member, member_report, writer, options)
            writer.finish(member_report)
    except InputError as exc:
        archive_report.failures.append(Failure.from_error(exc, archive))
        return True
    return False


def _read_member(
    member: Member, report: SourceReport, writer: _BatchWriter, options: IngestOptions
) -> None:
    shown = report.source
    problem = member.problem
    if problem is None and archive_kind_by_name(member.name):
        problem = "an archive inside an archive is not read; unpack the outer one first"
    if problem is not None:
        report.failures.append(Failure(where=shown, reason=problem, code="PW100"))
        return
    skipped = member.skipped or _skip_reason(member.name, options)
    if skipped is not None:
        report.skipped = skipped
        return
    try:
        result = read_named_bytes(member.data, name=shown, named=member.name, options=options)
    except InputError as exc:
        report.failures.append(Failure.from_error(exc, shown))
        return
    except Exception as exc:  # as for a file: a parser bug must not end the run
        reason = f"unexpected {exc.__class__.__name__} while reading: {exc} (please report it)"
        report.failures.append(Failure(where=shown, reason=reason, code="PW100"))
        return
    _add_result(result, report, writer)
