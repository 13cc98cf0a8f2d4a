"""Ingest many sources into the store: expand, read, dedup, write in batches, report.

Documents are written through :meth:`Store.add_documents` in batches, one transaction each, so
an interrupted run leaves whole batches and can simply be run again: the store recognises every
document already there by its content hash and counts it as a duplicate. A source that cannot be
read is recorded in the report with its reason and the run goes on; only a store error stops it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from pledgewatch.errors import InputError
from pledgewatch.ingest.formats import EXTENSIONS
from pledgewatch.ingest.options import IngestOptions
from pledgewatch.ingest.report import Failure, IngestReport, SourceReport
from pledgewatch.ingest.sources import STDIN, STDIN_NAME, is_url, list_directory, read_path
from pledgewatch.model import Document
from pledgewatch.store import Store


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
        files, problems = list_directory(Path(argument))
        for problem in problems:
            yield _Target(problem.path or argument, problem=problem)
        for path in files:
            suffix = path.suffix.lower()
            if options.format is None and suffix and suffix not in EXTENSIONS:
                yield _Target(str(path), skip_reason=f"no reader for {suffix!r} files")
            else:
                yield _Target(str(path))


class _BatchWriter:
    """Collects documents and writes them in one transaction per ``batch_size``."""

    def __init__(self, store: Store, batch_size: int) -> None:
        self.store = store
        self.batch_size = batch_size
        self.pending: list[tuple[Document, SourceReport]] = []

    def add(self, document: Document, report: SourceReport) -> None:
        self.pending.append((document, report))
        if len(self.pending) >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        outcomes = self.store.add_documents([document for document, _ in self.pending])
        for (document, report), is_new in zip(self.pending, outcomes, strict=True):
            report.doc_ids.append(document.id)
            if is_new:
                report.ingested += 1
            else:
                report.duplicates += 1
        self.pending = []


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
    writer = _BatchWriter(store, options.batch_size)
    targets = list(_expand(paths, options))
    with _progress(options.quiet) as progress:
        task = progress.add_task("", total=len(targets))
        for target in targets:
            progress.update(task, description=target.name)
            shown = STDIN_NAME if target.name == STDIN else target.name
            source_report = SourceReport(source=shown)
            report.sources.append(source_report)
            _read_into(target, source_report, writer, options, stdin)
            progress.advance(task)
        writer.flush()
    return report


def _read_into(
    target: _Target,
    source_report: SourceReport,
    writer: _BatchWriter,
    options: IngestOptions,
    stdin: IO[Any] | None,
) -> None:
    if target.skip_reason is not None:
        source_report.skipped = target.skip_reason
        return
    if target.problem is not None:
        source_report.failures.append(Failure.from_error(target.problem, target.name))
        return
    try:
        result = read_path(target.name, options, stdin=stdin)
    except InputError as exc:
        source_report.failures.append(Failure.from_error(exc, target.name))
        return
    except Exception as exc:  # a parser bug on odd input must not end the whole run
        reason = f"unexpected {exc.__class__.__name__} while reading: {exc} (please report it)"
        source_report.failures.append(Failure(where=target.name, reason=reason, code="PW100"))
        return
    for error in result.errors:
        source_report.failures.append(Failure.from_error(error, target.name))
    for document in result.documents:
        writer.add(document, source_report)
