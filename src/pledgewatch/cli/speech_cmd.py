"""``pledgewatch attributions TEXT``: who said what in a text (source, cue, content)."""

from __future__ import annotations

import typer
from rich.markup import escape

from pledgewatch.cli._common import console, echo_json_lines, handles_errors, read_text_argument


def register(app: typer.Typer) -> None:
    @app.command()
    @handles_errors
    def attributions(
        text: str = typer.Argument(..., help="The text, or - to read standard input."),
        as_json: bool = typer.Option(False, "--json", help="One JSON object per attribution."),
        rules_only: bool = typer.Option(
            False, "--rules-only", help="Without the learned cue detector."
        ),
    ) -> None:
        """List every attribution in a text: the source, the cue and the content.

        The sources a report relies on at a glance ("a Kremlin spokeswoman said ...",
        "according to Yonhap ...", "Pyongyang denied ..."), with character offsets in --json.
        This is the finder the PolNeAR benchmark measures: rules revised by a learned cue
        detector.

        Example: pledgewatch attributions "A Kremlin spokeswoman said North Korea was ready."
        """
        from pledgewatch.commitments.reported_speech import reported_speech

        found = reported_speech(read_text_argument(text), learned=not rules_only)
        if as_json:
            echo_json_lines([item.to_dict() for item in found])
            return
        if not found:
            console.print("no attributions found")
        for item in found:
            source = escape(item.source) if item.source else "[dim](no source)[/]"
            content = escape(item.content) if item.content else "[dim](no content)[/]"
            console.print(f"[bold]{source}[/] —{escape(item.cue)}→ {content}", highlight=False)
