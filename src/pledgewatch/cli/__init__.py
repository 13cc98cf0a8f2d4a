"""The ``pledgewatch`` command line: one sub-command per job, each a thin skin over the API.

Each sub-command lives in its own module and registers itself in :func:`build_app`; errors are
turned into one clear line by :func:`pledgewatch.cli._common.handles_errors`.
"""

from __future__ import annotations

import importlib

import typer

from pledgewatch.cli._common import CliState

#: Modules that each define ``register(app)``; the order is the order in ``--help``.
COMMAND_MODULES = (
    "pledgewatch.cli.store_cmds",
    "pledgewatch.cli.ingest_cmd",
    "pledgewatch.cli.coding_cmds",
    "pledgewatch.cli.compare_cmd",
    "pledgewatch.cli.speech_cmd",
    "pledgewatch.cli.ledger_cmds",
    "pledgewatch.cli.analysis_cmds",
    "pledgewatch.cli.interop_cmds",
    "pledgewatch.cli.view_cmds",
)

HELP = """Track what governments promise against what they do.

Ingest news and statements, code the events in them (CAMEO/PLOVER), grade every promise,
keep a ledger of pledges against actions and evaluate precondition checklists.

The store is a SQLite file (./pledgewatch.db) unless --db or PLEDGEWATCH_DB names another
database, e.g. postgresql+psycopg://user@host/pledgewatch.
"""


def build_app() -> typer.Typer:
    app = typer.Typer(
        help=HELP,
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        rich_markup_mode="markdown",
        context_settings={"help_option_names": ["-h", "--help"]},
    )

    @app.callback()
    def options(
        ctx: typer.Context,
        db: str | None = typer.Option(
            None,
            "--db",
            envvar="PLEDGEWATCH_DB",
            help="Database URL or SQLite file path (default: ./pledgewatch.db).",
        ),
    ) -> None:
        ctx.obj = CliState(db_url=db)

    for name in COMMAND_MODULES:
        importlib.import_module(name).register(app)
    return app


def main() -> None:
    build_app()(prog_name="pledgewatch")
