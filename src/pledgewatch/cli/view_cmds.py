"""``pledgewatch serve`` and ``pledgewatch report``: the dashboard and the briefing.

Both are thin: ``serve`` runs :func:`pledgewatch.web.serving_app` under uvicorn, ``report`` calls
:func:`pledgewatch.report.write_briefing` and prints the path it wrote.
"""

from __future__ import annotations

import os
from pathlib import Path

import typer

from pledgewatch.cli._common import console, err_console, handles_errors, parse_date_option, state
from pledgewatch.errors import ConfigError


def register(app: typer.Typer) -> None:
    @app.command()
    @handles_errors
    def serve(
        ctx: typer.Context,
        db: str | None = typer.Option(
            None, "--db", help="Database URL or SQLite path (overrides the global --db)."
        ),
        host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on."),
        port: int = typer.Option(8000, "--port", min=1, max=65535, help="TCP port."),
        write_token: str | None = typer.Option(
            None,
            "--write-token",
            envvar="PLEDGEWATCH_WRITE_TOKEN",
            help="Allow the write endpoint (POST /api/links) to clients sending "
            "'Authorization: Bearer TOKEN'. Without it the dashboard is read-only.",
            show_default=False,
        ),
        workers: int = typer.Option(
            1,
            "--workers",
            min=1,
            max=64,
            help="Worker processes (uvicorn workers), each with its own store connection and "
            "response cache; at most one per core the dashboard has to itself (one answered "
            "1,800 req/s on a 100k-event store here, see docs/scaling.md).",
        ),
    ) -> None:
        """Run the analyst's dashboard (overview, ledger, checklists, documents, search, JSON API).

        Read-only unless --write-token (or PLEDGEWATCH_WRITE_TOKEN) is set. The ledger is brought
        up to date once at start. Listens on 127.0.0.1 unless --host says otherwise.

        Example: pledgewatch serve --db pledgewatch.db --port 8000
        """
        import uvicorn

        from pledgewatch.store import resolve_url
        from pledgewatch.web import serving_app
        from pledgewatch.web.app import STORE_URL_ENV, WRITE_TOKEN_ENV
        from pledgewatch.web.stages import stage_function

        url = resolve_url(db or state(ctx).db_url)
        ensure_ledger = stage_function("pledgewatch.ledger", "ensure_ledger")
        if ensure_ledger is not None:
            from pledgewatch.store import open_store

            with open_store(url) as store:
                ensure_ledger(store)
        if write_token and host not in ("127.0.0.1", "localhost", "::1"):
            err_console.print(
                "[yellow]warning[/] writes are enabled on a public interface; "
                "use HTTPS in front of it so the token is not sent in clear"
            )
        console.print(
            f"pledgewatch dashboard on http://{host}:{port}/ (store {url}, "
            f"{workers} worker{'s' if workers > 1 else ''}); Ctrl-C stops it"
        )
        if workers == 1:
            application = serving_app(url, write_token=write_token)
            uvicorn.run(application, host=host, port=port, log_level="warning")
            return
        # each worker process builds its own app from the environment
        os.environ[STORE_URL_ENV] = url
        if write_token:
            os.environ[WRITE_TOKEN_ENV] = write_token
        else:
            os.environ.pop(WRITE_TOKEN_ENV, None)
        uvicorn.run(
            "pledgewatch.web.app:app_from_env",
            factory=True,
            host=host,
            port=port,
            workers=workers,
            log_level="warning",
        )

    @app.command()
    @handles_errors
    def report(
        ctx: typer.Context,
        actor: str = typer.Option("PRK", "--actor", help="Actor code or prefix the memo is about."),
        since: str | None = typer.Option(None, "--from", help="First day (YYYY-MM-DD)."),
        until: str | None = typer.Option(
            None, "--to", help="Last day (YYYY-MM-DD); default: the end of the data."
        ),
        checklist: str = typer.Option(
            "allied-preconditions-2011", "--checklist", help="Checklist name or YAML file."
        ),
        as_of: str | None = typer.Option(
            None, "--as-of", help="Date the checklist and statuses are evaluated at (default --to)."
        ),
        output: Path | None = typer.Option(
            None, "-o", "--output", help="File to write (default brief.html or brief.md)."
        ),
        fmt: str = typer.Option("html", "--format", help="html (self-contained) or md."),
    ) -> None:
        """Write an analyst's briefing: key pledges and their status, the checklist, the trend
        chart, the say–do gap, flagged headlines and the sources, as one HTML file (or Markdown
        with the chart as a PNG beside it). Prints the path written.

        Example: pledgewatch report --actor PRK --from 2011-01-01 --to 2012-12-31 -o brief.html
        """
        from pledgewatch.report import write_briefing

        if fmt not in ("html", "md"):
            raise ConfigError(f"--format {fmt!r}: use html or md")
        path = output or Path(f"brief.{fmt}")
        with state(ctx).store() as store:
            written = write_briefing(
                store,
                path,
                actor=actor,
                since=parse_date_option(since, "--from"),
                until=parse_date_option(until, "--to"),
                checklist=checklist,
                as_of=parse_date_option(as_of, "--as-of"),
                fmt=fmt,
            )
        typer.echo(str(written))
