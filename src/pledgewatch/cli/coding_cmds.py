"""``pledgewatch code``, ``explain`` and ``events``: run the coder and look at what it found."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from pledgewatch.cli._common import (
    EXIT_PARTIAL,
    console,
    echo_json_lines,
    err_console,
    handles_errors,
    parse_date_option,
    read_text_argument,
    state,
)

if TYPE_CHECKING:
    from pledgewatch.coding import CodingReport
    from pledgewatch.model import Event


def _dated(ev: Event) -> str:
    """The event's date with where it came from: "2011-08-22 (from 'on Monday')"."""
    if ev.date is None:
        return ""
    basis = f" ({ev.date_basis.describe()})" if ev.date_basis is not None else ""
    return f"{ev.date}{basis}"


def _describe_commitment(commitment: dict | None) -> str:
    if not commitment:
        return ""
    parts = [
        f"{commitment['kind']} · {commitment['strength']}",
        f"topic {commitment['topic']}",
        "first party" if commitment["first_party"] else "third party",
        commitment["formality"],
    ]
    if commitment.get("conditions"):
        parts.append("if: " + "; ".join(commitment["conditions"]))
    if commitment.get("attribution"):
        parts.append("chain: " + " → ".join(commitment["attribution"]))
    return " | ".join(parts)


class DocumentRateColumn(ProgressColumn):
    """Documents per second, over the last seconds of the run."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.1f} docs/s" if speed else "", style="progress.data.speed")


def coding_progress(quiet: bool) -> Progress:
    """The bar every runner shows: documents done of total, rate, time left.

    Off with ``--quiet`` and when standard error is not a terminal (a log file, a pipe).
    """
    return Progress(
        TextColumn("coding"),
        BarColumn(),
        MofNCompleteColumn(),
        DocumentRateColumn(),
        TimeRemainingColumn(),
        console=err_console,
        transient=True,
        disable=quiet or not err_console.is_terminal,
    )


def skipped_failures_notice(count: int) -> str:
    """The line saying how many known failures a run left out, and how to code them again."""
    if count == 1:
        return (
            "1 document skipped: it failed with this coder version; --retry-failed codes it again"
        )
    return (
        f"{count} documents skipped: they failed with this coder version; "
        "--retry-failed codes them again"
    )


def report_coding(report: CodingReport) -> None:
    """The one-line total, the documents skipped as known failures, then every document that
    failed in this run, with its source and the reason."""
    failed = f"; {len(report.failed)} failed" if report.failed else ""
    console.print(
        f"coded {report.documents} document(s): {report.events} event(s), "
        f"{report.commitments} commitment(s){failed}; coder version {report.version}"
    )
    if report.skipped_failed:
        notice = skipped_failures_notice(report.skipped_failed)
        console.print(notice, highlight=False, soft_wrap=True)
    for doc_id, reason in report.failed:
        err_console.print(f"[red]failed[/] document {doc_id}: {reason}", highlight=False)


def register(app: typer.Typer) -> None:
    @app.command()
    @handles_errors
    def code(
        ctx: typer.Context,
        workers: int = typer.Option(1, "--workers", "-w", min=1, help="Processes on this machine."),
        cluster: str | None = typer.Option(
            None, "--cluster", help="Dask scheduler address, e.g. tcp://10.0.0.5:8786."
        ),
        recode: bool = typer.Option(False, "--recode", help="Code every document again."),
        retry_failed: bool = typer.Option(
            False,
            "--retry-failed",
            help="Code again the documents that failed with this coder version (skipped "
            "otherwise).",
        ),
        actors: list[Path] = typer.Option(
            [], "--actors", help="Extra actor dictionary file(s) (YAML), added to the built-in."
        ),
        topics: list[Path] = typer.Option(
            [], "--topics", help="Extra commitment topic file(s) (YAML)."
        ),
        quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    ) -> None:
        """Code every stored document not coded yet with the current lexicon version.

        Documents coded with an older lexicon or dictionary are coded again; the others are
        left alone, so running it twice does nothing the second time. With --workers or
        --cluster, a document whose coding kills a worker process is retried on its own, then
        listed as failed and skipped; the others are stored and the exit status is 1.

        A document that failed is remembered: later runs with the same coder version skip it
        and say how many they skipped (exit status 0 when nothing new failed). A new coder
        version, --retry-failed or --recode codes it again.

        Example: pledgewatch code --workers 2
        """
        from pledgewatch.coding import CoderOptions, code_store

        options = CoderOptions(
            actor_paths=tuple(str(p) for p in actors), topic_paths=tuple(str(p) for p in topics)
        )
        with state(ctx).store() as store, coding_progress(quiet) as progress:
            task = progress.add_task("code", total=None)

            def advance(done: int) -> None:
                progress.advance(task, done)

            if cluster:
                from pledgewatch.distributed.dask_runner import code_store_on_cluster

                report = code_store_on_cluster(
                    store,
                    cluster,
                    options=options,
                    recode=recode,
                    retry_failed=retry_failed,
                    on_progress=advance,
                    on_total=lambda total: progress.update(task, total=total),
                )
            else:
                from pledgewatch.coding import pending_filter, shared_coder

                version = shared_coder(options).version
                pending = pending_filter(version, recode=recode, retry_failed=retry_failed)
                progress.update(task, total=store.count_documents(**pending))
                report = code_store(
                    store,
                    options=options,
                    workers=workers,
                    recode=recode,
                    retry_failed=retry_failed,
                    on_progress=advance,
                )
        report_coding(report)
        if report.failed:
            raise typer.Exit(EXIT_PARTIAL)

    @app.command()
    @handles_errors
    def explain(
        text: str = typer.Argument(..., help="The text to code, or - to read standard input."),
        date: str | None = typer.Option(None, "--date", help="Date of the text (YYYY-MM-DD)."),
        title: str | None = typer.Option(None, "--title", help="A headline for the text."),
        as_json: bool = typer.Option(False, "--json", help="One JSON object per event."),
        actors: list[Path] = typer.Option([], "--actors", help="Extra actor dictionary file(s)."),
    ) -> None:
        """Code a text without a store and show each event with the reason it was coded.

        Example: pledgewatch explain "North Korea seized South Korean assets at Mount Kumgang
        on Monday." --date 2011-08-22
        """
        from pledgewatch.coding import CoderOptions, context_for_text, shared_coder
        from pledgewatch.jsonforms import event_json

        body = read_text_argument(text).strip()
        when = parse_date_option(date, "--date")
        coder = shared_coder(CoderOptions(actor_paths=tuple(str(p) for p in actors)))
        coded_text = f"{title}\n\n{body}" if title else body
        sentences, events, flags = coder.code_text(coded_text, context_for_text(when, title=title))
        if as_json:
            texts = {sentence.id: sentence.text for sentence in sentences}
            echo_json_lines([event_json(ev, texts.get(ev.sentence_id or "")) for ev in events])
            return
        if not events:
            console.print("no events found")
        for ev in events:
            console.print(
                f"[bold]{ev.source or '?'} → {ev.target or '?'}[/]  CAMEO {ev.cameo} "
                f"(quad {ev.quad}, Goldstein {ev.goldstein}, PLOVER {ev.plover})  "
                f"[italic]{ev.modality}[/]  {_dated(ev)}",
                highlight=False,
            )
            console.print(f"   evidence: {ev.evidence}", highlight=False)
            console.print(f"   why: {ev.why}", highlight=False)
            if ev.commitment:
                console.print(
                    f"   commitment: {_describe_commitment(ev.commitment.to_dict())}",
                    highlight=False,
                )
        for flag in flags:
            console.print(
                f"[yellow]flag[/] {flag['kind']}: headline {flag['text_a']!r} is stronger than "
                f"the body {flag['text_b']!r}",
                highlight=False,
            )

    @app.command()
    @handles_errors
    def events(
        ctx: typer.Context,
        actor: str | None = typer.Option(None, help="Source or target code prefix, e.g. PRK."),
        source: str | None = typer.Option(None, help="Source code prefix."),
        target: str | None = typer.Option(None, help="Target code prefix."),
        cameo: str | None = typer.Option(None, help="CAMEO code prefix, e.g. 17 or 1711."),
        quad: int | None = typer.Option(None, min=1, max=4, help="Quad class 1-4."),
        modality: str | None = typer.Option(
            None, help="asserted, reported, future, hypothetical, recommended or negated."
        ),
        factual: bool = typer.Option(
            False, "--factual", help="Only events that happened (asserted or reported)."
        ),
        doc: str | None = typer.Option(None, help="Only this document id."),
        since: str | None = typer.Option(None, help="From this date (YYYY-MM-DD)."),
        until: str | None = typer.Option(None, help="Up to this date (YYYY-MM-DD)."),
        limit: int | None = typer.Option(None, min=1, help="At most this many events."),
        main: bool = typer.Option(
            False,
            "--main",
            help="Only each sentence's own events: no nominal mentions ('condemned the "
            "attack'), reporting frames or background clauses.",
        ),
        as_json: bool = typer.Option(False, "--json", help="One JSON object per event."),
    ) -> None:
        """List stored events, filtered; with --json one JSON object per line.

        Every coded event is listed, promises and threats included (see the modality column),
        and events a sentence only names or frames (their role follows the modality: "asserted
        · mentioned"); --factual keeps only what happened, --main only each sentence's own acts.

        Example: pledgewatch events --actor PRK --quad 4 --factual --since 2011-01-01
        """
        from pledgewatch.jsonforms import event_row_json
        from pledgewatch.store.frames import events_frame

        with state(ctx).store() as store:
            frame = events_frame(
                store,
                actor=actor,
                source=source,
                target=target,
                cameo=cameo,
                quad=quad,
                modality=modality,
                factual=factual,
                doc_id=doc,
                since=parse_date_option(since, "--since"),
                until=parse_date_option(until, "--until"),
                limit=limit,
                main=main,
            )
        rows = [event_row_json(row) for row in frame.to_dict("records")]
        if as_json:
            echo_json_lines(rows)
            return
        table = Table(title=f"{len(rows)} event(s)")
        for column in ("date", "source", "target", "cameo", "quad", "modality", "evidence"):
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(
                str(row["date"] or ""),
                row["source"] or "",
                row["target"] or "",
                row["cameo"],
                str(row["quad"] or ""),
                row["modality"] + ("" if row["role"] == "main" else f" · {row['role']}"),
                (row["evidence"] or "")[:120],
            )
        console.print(table)
