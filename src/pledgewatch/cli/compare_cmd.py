"""``pledgewatch compare A B``: two readouts of one agreement, commitment by commitment."""

from __future__ import annotations

from pathlib import Path

import typer

from pledgewatch.cli._common import console, handles_errors, state
from pledgewatch.model import Document


def load_account(reference: str, ctx: typer.Context) -> Document:
    """A file path or URL (read as one account, see :mod:`pledgewatch.ingest.accounts`:
    compressed or not, an archive only of one file) or the id of a stored document."""
    from pledgewatch.ingest.sources import is_url

    if is_url(reference) or Path(reference).exists():
        from pledgewatch.ingest.accounts import read_account

        return read_account(reference)
    with state(ctx).store() as store:
        return store.document(reference)


def register(app: typer.Typer) -> None:
    @app.command()
    @handles_errors
    def compare(
        ctx: typer.Context,
        first: str = typer.Argument(
            ...,
            help="First account: a file or URL (also gzip'd, or a zip/tar of that one file) "
            "or a stored document id.",
        ),
        second: str = typer.Argument(..., help="Second account: a file, a URL or a document id."),
        as_json: bool = typer.Option(False, "--json", help="Print the comparison as JSON."),
    ) -> None:
        """Align the commitments of two accounts of the same agreement.

        Shows what one includes and the other lacks, and where they differ in strength,
        conditions and scope (e.g. the US and North Korean texts of the Leap Day deal).

        Example: pledgewatch compare us-statement.md kcna-statement.md
        """
        import json

        from pledgewatch.coding import compare_documents

        doc_a, doc_b = load_account(first, ctx), load_account(second, ctx)
        labels = (doc_a.publisher or first, doc_b.publisher or second)
        comparison = compare_documents(doc_a, doc_b, labels=labels)
        if as_json:
            console.print_json(json.dumps(comparison.to_dict(), default=str))
        else:
            console.print(comparison)
