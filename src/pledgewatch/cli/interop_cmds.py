"""``pledgewatch import`` and ``pledgewatch export``: existing event data in, results out."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
    TransferSpeedColumn,
)
from rich.table import Table

from pledgewatch.cli._common import (
    EXIT_PARTIAL,
    console,
    err_console,
    handles_errors,
    parse_date_option,
    state,
)
from pledgewatch.errors import ConfigError

EXPORT_KINDS = ("events", "pledges", "checklist")
_SHOWN_PROBLEMS = 20


def register(app: typer.Typer) -> None:
    @app.command("import")
    @handles_errors
    def import_(
        ctx: typer.Context,
        files: list[Path] = typer.Argument(..., help="Event files: plain, .gz or .zip."),
        fmt: str = typer.Option(
            "auto", "--format", help="gdelt1, gdelt2, icews or auto (from the first line)."
        ),
        since: str | None = typer.Option(None, "--since", help="Keep events from this day."),
        until: str | None = typer.Option(None, "--until", help="Keep events up to this day."),
        actor: str | None = typer.Option(
            None, "--actor", help="Keep events whose source or target code starts with this."
        ),
        batch_size: int = typer.Option(5000, "--batch-size", help="Rows per transaction."),
        as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
    ) -> None:
        """Import GDELT 1.0/2.0 or ICEWS event files into the events table.

        GDELT 1.0 has 57 columns (58 with SOURCEURL), GDELT 2.0 61, ICEWS a header row. Each
        event keeps its file, line, original id and source URL as provenance; ids are
        gdelt:<GLOBALEVENTID> and icews:<Event ID>, so importing a file again adds nothing.
        Bad lines are reported as file:line: problem and skipped (exit status 1).

        Example: pledgewatch import 20110824.export.CSV.zip --format gdelt1 --actor PRK
        """
        from pledgewatch.interop import import_events, total_bytes

        done: dict[str, int] = {}
        with state(ctx).store() as store:
            total = total_bytes(files)
            with Progress(
                TextColumn("[bold]importing"),
                BarColumn(),
                DownloadColumn(),
                TransferSpeedColumn(),
                TimeRemainingColumn(),
                console=err_console,
                disable=as_json,
            ) as progress:
                task = progress.add_task("import", total=total or None)

                def on_progress(label: str, read: int, _of: int) -> None:
                    done[label] = read
                    progress.update(task, completed=sum(done.values()))

                report = import_events(
                    store,
                    files,
                    fmt=fmt,
                    since=parse_date_option(since, "--since"),
                    until=parse_date_option(until, "--until"),
                    actor=actor,
                    batch_size=batch_size,
                    on_progress=on_progress,
                )
        if as_json:
            typer.echo(json.dumps(report.to_dict(), ensure_ascii=False))
        else:
            table = Table(title="import")
            table.add_column("lines", justify="right")
            table.add_column("new events", justify="right")
            table.add_column("already present", justify="right")
            table.add_column("filtered out", justify="right")
            table.add_column("bad lines", justify="right")
            table.add_row(
                str(report.lines),
                str(report.inserted),
                str(report.already_present),
                str(report.filtered_out),
                str(report.bad_lines),
            )
            console.print(table)
            for problem in report.problems[:_SHOWN_PROBLEMS]:
                err_console.print(problem, highlight=False, markup=False, soft_wrap=True)
            if report.bad_lines > _SHOWN_PROBLEMS:
                err_console.print(f"... and {report.bad_lines - _SHOWN_PROBLEMS} more bad lines")
        if report.bad_lines:
            raise typer.Exit(EXIT_PARTIAL)

    @app.command("export")
    @handles_errors
    def export(
        ctx: typer.Context,
        what: str = typer.Argument(..., help="events, pledges or checklist."),
        output: Path = typer.Option(..., "-o", "--output", help="File to write."),
        fmt: str | None = typer.Option(
            None,
            "--format",
            help="csv, jsonl or parquet (default: from the file suffix); for events also "
            "plover (PLOVER JSON records, one per line).",
        ),
        actor: str | None = typer.Option(None, "--actor", help="Source or target prefix."),
        source: str | None = typer.Option(None, "--source", help="Events: source prefix."),
        target: str | None = typer.Option(None, "--target", help="Events: target prefix."),
        since: str | None = typer.Option(None, "--since", help="Events: from this day."),
        until: str | None = typer.Option(None, "--until", help="Events: up to this day."),
        origin: str | None = typer.Option(
            None, "--origin", help="Events: pledgewatch, gdelt or icews."
        ),
        cameo: str | None = typer.Option(None, "--cameo", help="Events: CAMEO code prefix."),
        happened_only: bool = typer.Option(
            False,
            "--factual",
            "--happened-only",
            help="Events: only what happened (asserted or reported), as in `events --factual`.",
        ),
        main_only: bool = typer.Option(
            False,
            "--main",
            help="Events: only each sentence's own acts, as in `events --main` (no nominal "
            "mentions, reporting frames or background clauses; their role is in provenance).",
        ),
        as_of: str | None = typer.Option(
            None, "--as-of", help="Pledges/checklist: status as of this day."
        ),
        topic: str | None = typer.Option(None, "--topic", help="Pledges: one topic."),
        status: str | None = typer.Option(None, "--status", help="Pledges: one status."),
        checklist: str | None = typer.Option(
            None, "--checklist", help="Checklist: a YAML file or a shipped checklist's name."
        ),
    ) -> None:
        """Export events, pledges or checklist results to CSV, JSON Lines or Parquet.

        Events have GDELT-like columns (GLOBALEVENTID, SQLDATE, Actor1Code ... SOURCEURL) plus
        modality, PLOVER, evidence, why, doc_id and sentence_id; with --format plover they are
        PLOVER JSON records (id, date, actor, recipient, event, mode, quad_code, event_text,
        text, cite_info ...). Pledges are the ledger as of --as-of; checklist results need
        --checklist FILE and --as-of.

        Example: pledgewatch export events --actor PRK --since 2011-01-01 -o prk.parquet
        """
        from pledgewatch.interop import export_checklist, export_events, export_pledges

        if what not in EXPORT_KINDS:
            raise ConfigError(f"cannot export {what!r}; use one of {', '.join(EXPORT_KINDS)}")
        with state(ctx).store() as store:
            if what == "events":
                written = export_events(
                    store,
                    output,
                    fmt,
                    actor=actor,
                    source=source,
                    target=target,
                    since=parse_date_option(since, "--since"),
                    until=parse_date_option(until, "--until"),
                    origin=origin,
                    cameo=cameo,
                    happened_only=happened_only,
                    main_only=main_only,
                )
            elif what == "pledges":
                written = export_pledges(
                    store,
                    output,
                    fmt,
                    actor=actor,
                    as_of=parse_date_option(as_of, "--as-of"),
                    topic=topic,
                    status=status,
                )
            else:
                day = parse_date_option(as_of, "--as-of")
                if checklist is None or day is None:
                    raise ConfigError("export checklist needs --checklist FILE and --as-of DATE")
                written = export_checklist(store, output, fmt, checklist=checklist, as_of=day)
        console.print(f"wrote {written} {what} row(s) to {output}", highlight=False)
