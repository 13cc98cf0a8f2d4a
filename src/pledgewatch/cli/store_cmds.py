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

        Documents whose last coding failed are counted too, when there are any: `pledgewatch
        code` skips them while the coder version stays the same. Pledges are counted as the
        ledger was last built; when coding changed the store since, the summary says so
        (`pledgewatch ledger` or `report` rebuilds it).

        Example: pledgewatch --db pledgewatch.db summary
        """
        from pledgewatch.ledger.rebuild import ledger_is_stale

        with state(ctx).store() as store:
            counts = store.counts()
            failed = store.count_coding_failures()
            table = Table(title=f"pledgewatch store {store.url}")
            table.add_column("records")
            table.add_column("count", justify="right")
            for name, count in counts.items():
                table.add_row(name, str(count))
            if failed:
                table.add_row("documents that failed coding", str(failed), style="red")
            console.print(table)
            if failed:
                console.print(
                    f"{failed} document(s) failed coding; `pledgewatch code --retry-failed` "
                    "codes them again once the cause is fixed",
                    highlight=False,
                    soft_wrap=True,
                )
            if counts.get("commitments") and ledger_is_stale(store):
                console.print(
                    "the ledger predates the latest coding: pledges are counted as last built; "
                    "`pledgewatch ledger` (or `report`) brings it up to date",
                    highlight=False,
                    soft_wrap=True,
                )
