"""``pledgewatch ingest``: files, directories, URLs and standard input into the store.

A thin skin over :func:`pledgewatch.ingest.ingest_paths`: parse the options, run, render the
report as tables, exit 1 when anything failed.
"""

from __future__ import annotations

import typer
from rich.table import Table

from pledgewatch.cli._common import EXIT_PARTIAL, console, echo_json_lines, handles_errors, state
from pledgewatch.ingest import (
    DEFAULT_MAX_BYTES,
    FORMATS,
    IngestOptions,
    IngestReport,
    ingest_paths,
    parse_column_map,
    parse_size,
)
from pledgewatch.ingest.options import parse_iso_date


def render_report(report: IngestReport) -> None:
    """The summary table, the failures with their reasons, the warnings (a source read with a
    caveat, such as mixed encodings), and the one-line total.

    The report lists at most its first ``detail_limit`` failures and skipped sources; the
    lines beyond say how many more there were.
    """
    totals = Table(title="ingest summary", title_justify="left")
    totals.add_column("outcome")
    totals.add_column("count", justify="right")
    totals.add_row("ingested", str(report.ingested))
    if report.renewed:
        totals.add_row("renewed (text re-read, to code again)", str(report.renewed))
    totals.add_row("duplicate", str(report.duplicates))
    totals.add_row("failed", str(report.failed), style="red" if report.failed else None)
    skipped = report.source_counts["skipped"]
    if skipped:
        totals.add_row("skipped", str(skipped), style="dim")
    console.print(totals)
    if report.failures:
        failures = Table(title="failures", title_justify="left", show_lines=False)
        failures.add_column("source", overflow="fold")
        failures.add_column("problem", overflow="fold")
        for failure in report.failures:
            failures.add_row(failure.where, failure.reason)
        console.print(failures)
    if report.failures_not_listed:
        console.print(
            f"[red]... and {report.failures_not_listed} more failure(s) not listed "
            f"(the first {len(report.failures)} are shown)[/]",
            highlight=False,
        )
    for warning in report.warnings:
        console.print(f"[yellow]warning[/] {warning}", highlight=False)
    if report.warnings_not_listed:
        console.print(f"[yellow]... and {report.warnings_not_listed} more warning(s)[/]")
    listed_skips = report.skipped
    for source in listed_skips:
        console.print(f"[dim]skipped {source.source}: {source.skipped}[/]", highlight=False)
    if skipped > len(listed_skips):
        console.print(f"[dim]... and {skipped - len(listed_skips)} more skipped[/]")
    style = "bold red" if report.failed else "bold green"
    console.print(f"[{style}]{report.summary()}[/]", highlight=False)


def register(app: typer.Typer) -> None:
    @app.command()
    @handles_errors
    def ingest(
        ctx: typer.Context,
        paths: list[str] = typer.Argument(
            ...,
            metavar="PATH...",
            help="Files, directories (read recursively), http(s):// URLs, or - for standard input.",
        ),
        date: str | None = typer.Option(
            None, "--date", help="Date (YYYY-MM-DD) for documents whose metadata gives none."
        ),
        publisher: str | None = typer.Option(
            None, "--publisher", help="Publisher for documents that name none."
        ),
        mapping: list[str] = typer.Option(
            [],
            "--map",
            help="CSV/JSON column for a field: text, title, date, url, publisher, place, kind. "
            "E.g. --map text=body,date=pubdate",
        ),
        format: str | None = typer.Option(
            None, "--format", help=f"Force one reader: {', '.join(FORMATS)}."
        ),
        max_bytes: str = typer.Option(
            str(DEFAULT_MAX_BYTES),
            "--max-bytes",
            help="Largest file, URL body, input or archive member accepted, e.g. 20MB, 500k "
            "(default 20 MB).",
        ),
        encoding: str | None = typer.Option(
            None, "--encoding", help="Decode text with this encoding instead of detecting it."
        ),
        quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
        as_json: bool = typer.Option(
            False, "--json", help="Print the report as one JSON object instead of tables."
        ),
    ) -> None:
        """Ingest news reports and statements: text, Markdown, HTML, RSS/Atom, CSV, JSON Lines, PDF.

        Any of them may be compressed with gzip, bzip2 or xz (news.csv.gz is read as a CSV; the
        bytes tell, also on standard input; zstd is refused). An archive (.zip, .tar, .tar.gz, .tgz,
        .tar.bz2, .tar.xz) is read as a folder, member by member, never unpacked to disk: a bad
        member is listed as ARCHIVE:MEMBER and the rest goes on; hidden members and __MACOSX/ are
        left out; crafted names and zip bombs are refused (limits in data/ingest/archives.yaml).
        So is an archive from a URL (by its name or its bytes) or on standard input (cat
        corpus.zip | pledgewatch ingest -), held in a temporary file capped by max_stream_bytes
        there. Word files and the like say "not supported".

        Each document is identified by its source's raw content and by the hash of its normalised
        text, so running the same ingest twice stores nothing new ("0 new, N duplicates"); a file
        stored before the readers changed is renewed in place ("N renewed": its text read anew, its
        coding dropped for `code` to redo), never stored twice. Publication dates come from
        metadata, a news dateline (SEOUL, Aug. 24 (Yonhap) --) or --date; a date after tomorrow is
        refused and one before 1900 kept with a warning. A source that cannot be read is listed with
        the reason and the rest goes on; the exit status is 1 when anything failed. The report
        counts everything but lists only the first 100 failures, duplicates and skipped files, so
        memory stays flat on any corpus.

        Example: pledgewatch ingest src/pledgewatch/data/demo/corpus news.csv --map text=body
        """
        options = IngestOptions(
            default_date=parse_iso_date(date) if date else None,
            publisher=publisher,
            column_map=parse_column_map(mapping),
            format=format.lower() if format else None,
            max_bytes=parse_size(max_bytes),
            encoding=encoding,
            quiet=quiet or as_json,
        )
        with state(ctx).store() as store:
            report = ingest_paths(store, paths, options=options)
        if as_json:
            echo_json_lines([report.to_dict()])
        else:
            render_report(report)
        if report.failed:
            raise typer.Exit(EXIT_PARTIAL)
