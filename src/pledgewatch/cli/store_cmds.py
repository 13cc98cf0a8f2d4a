"""``pledgewatch summary``: what the store holds."""

from __future__ import annotations

import typer
from rich.table import Table

from pledgewatch.cli._common import console, handles_errors, state


def register(app: typer.Typer) -> None:
    @app.command()
    @handles_errors
    def summary(ctx: typer.Context) -> None:
        """Count what the store holds: documents, sentences, events, commitments, pledges.

        Example: pledgewatch --db pledgewatch.db summary
        """
        with state(ctx).store() as store:
            counts = store.counts()
            table = Table(title=f"pledgewatch store {store.url}")
            table.add_column("records")
            table.add_column("count", justify="right")
            for name, count in counts.items():
                table.add_row(name, str(count))
            console.print(table)
