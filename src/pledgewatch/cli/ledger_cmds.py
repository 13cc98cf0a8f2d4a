"""``pledgewatch ledger``, ``link`` and ``check``: the pledge ledger and precondition checklists.

Thin skins over :mod:`pledgewatch.ledger` and :mod:`pledgewatch.checklists`. ``ledger`` and
``check`` rebuild the ledger first when it is stale (the store's commitments, events, overrides
or the topic-action map changed since the last build; see
:func:`pledgewatch.ledger.ensure_ledger`), so they always show current data and cost nothing
extra when nothing changed. ``link`` records the analyst's decision and rebuilds at once.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterable, Mapping
from typing import Literal

import typer
from rich.markup import escape
from rich.table import Table

from pledgewatch.cli._common import (
    console,
    echo_json_lines,
    err_console,
    handles_errors,
    parse_date_option,
    state,
)
from pledgewatch.errors import ConfigError
from pledgewatch.ledger.records import (
    Evidence,
    LedgerSummary,
    PledgeStatus,
    base_topic,
    key_items,
    of_unknown_country,
)
from pledgewatch.store import Store
from pledgewatch.store.frames import sentence_texts

STATUS_STYLES = {
    "pledged": "yellow",
    "fulfilled": "green",
    "met": "green",
    "contradicted": "bold red",
    "retracted": "red",
    "refused": "red",
    "lapsed": "magenta",
    "not met": "dim",
    "claimed by others only": "cyan",
}


def _styled(status: str) -> str:
    style = STATUS_STYLES.get(status, "")
    return f"[{style}]{status}[/]" if style else status


def _strength(strength: str | None, conditional: bool) -> str:
    if strength is None:
        return "—"
    return f"{strength}, with conditions" if conditional and strength != "conditional" else strength


def _short(text: str | None, width: int = 90) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


#: Below this many columns the ledger prints a block per pledge instead of a table.
WIDE_TERMINAL = 150


def _evidence_lines(row: PledgeStatus, width: int, sentences: Mapping[str, str]) -> list[str]:
    """The sentences behind the status a reader needs: the first mention, the promisor's own
    words, what set the status (marked ▶) and the latest (``PledgeStatus.key_evidence``)."""
    return _marked_lines(row.key_evidence, width, sentences)


def _marked_lines(
    evidence: Iterable[Evidence], width: int, sentences: Mapping[str, str]
) -> list[str]:
    """One line per item (``key_items`` keeps one per sentence), each its whole sentence where
    known (the event's span, "DPRK launched", tells little), dated as precisely as known; the
    item that set the status marked ▶, a look back at an act marked "(recalled, by <day>)"."""
    return [
        ("▶ " if e.decides else "")
        + f"{e.when or '—'} {e.doc}: {_short(sentences.get(e.sentence or '') or e.text, width)}"
        + (f" ({e.note})" if e.note else "")
        for e in evidence
    ]


def _sentences_behind(store: Store, evidence: Iterable[Evidence]) -> dict[str, str]:
    return sentence_texts(store, [e.sentence for e in evidence if e.sentence])


def _first_when(row: PledgeStatus) -> str:
    """The first mention's date as precisely as it is known ("1953", "2010-12")."""
    return row.mentions[0].when if row.mentions else "—"


def _ledger_table(rows: list[PledgeStatus], shown: dt.date, sentences: Mapping[str, str]) -> Table:
    table = Table(title=f"Pledges as of {shown}", show_lines=True)
    for column in ("pledge", "status", "strength", "formality", "first", "own words", "last"):
        table.add_column(column, no_wrap=column == "pledge")
    table.add_column("history and evidence", overflow="fold")
    for row in rows:
        evidence = "\n".join(_evidence_lines(row, 70, sentences))
        table.add_row(
            row.pledge_id,
            _styled(row.status),
            _strength(row.strength, row.conditional),
            row.formality or "—",
            _first_when(row),
            str(row.first_party_mention or "—"),
            str(row.last_mention or ""),
            f"{escape(row.summary)}\n[dim]{escape(evidence)}[/]",
        )
    return table


def _ledger_block(row: PledgeStatus, sentences: Mapping[str, str]) -> str:
    """One pledge as a few lines, for terminals too narrow for the table."""
    facts = " · ".join(
        [
            _styled(row.status),
            _strength(row.strength, row.conditional),
            f"formality {row.formality or '—'}",
        ]
    )
    dates = (
        f"first {_first_when(row)} · own words {row.first_party_mention or '—'} · "
        f"last {row.mentions[-1].when if row.mentions else '—'}"
    )
    lines = [f"[bold]{escape(row.pledge_id)}[/]  {facts}", f"  {dates}"]
    if row.summary:
        lines.append(f"  {escape(row.summary)}")
    lines += [f"  [dim]{escape(line)}[/]" for line in _evidence_lines(row, 60, sentences)]
    return "\n".join(lines) + "\n"


def _warn_unused_overrides(summary: LedgerSummary | None) -> None:
    """Name the analyst decisions no pledge read in the last rebuild: their pledge is gone or
    was renamed (sanctions and aid pledges are now kept per country, ``USA:food_aid@PRK``), so
    the decision no longer counts and should be given again under the pledge's new id."""
    if summary is None or not summary.unused_overrides:
        return
    listed = ", ".join(summary.unused_overrides[:5])
    more = (
        f" and {len(summary.unused_overrides) - 5} more"
        if len(summary.unused_overrides) > 5
        else ""
    )
    err_console.print(
        f"{len(summary.unused_overrides)} analyst link decision(s) apply to no pledge: "
        f"{listed}{more}; give them again with `pledgewatch link` under the pledge's current id"
    )


def register(app: typer.Typer) -> None:
    @app.command()
    @handles_errors
    def ledger(
        ctx: typer.Context,
        actor: str | None = typer.Option(
            None, "--actor", help="Promisor, by country code prefix (PRK matches PRKGOV)."
        ),
        as_of: str | None = typer.Option(
            None, "--as-of", help="Status as of this date, YYYY-MM-DD (default: today)."
        ),
        topic: str | None = typer.Option(None, "--topic", help="Only this topic."),
        status: str | None = typer.Option(
            None,
            "--status",
            help="Only pledges with this status: pledged, fulfilled, contradicted, retracted, "
            "lapsed, refused, claimed-by-others-only.",
        ),
        generic: bool = typer.Option(
            False,
            "--generic",
            help="Also list pledges on no taxonomy topic (ids PRK:other:<wording>).",
        ),
        unknown: bool = typer.Option(
            False,
            "--unknown",
            help="Also list pledges whose promisor's country is unknown (ids ---:<topic>).",
        ),
        as_json: bool = typer.Option(False, "--json", help="One JSON object per pledge per line."),
        rebuild: bool = typer.Option(False, "--rebuild", help="Rebuild even if not stale."),
    ) -> None:
        """The pledge ledger: each pledge's status as of a date, with its evidence.

        A pledge is one promisor (by country) and one topic over time. Its status as of the date
        is pledged, fulfilled, contradicted, retracted, lapsed, refused or "claimed by others
        only"; with its strength, conditional flag, highest first-party formality, first
        mention, first mention by the promisor itself, last mention and the sentences behind
        them. The ledger is rebuilt first when the store changed since the last build.
        Pledges whose wording matched no taxonomy topic are counted but listed only with
        --generic (or --topic other), those of a promisor whose country the dictionaries
        could not tell ("the leaders said they would ...") only with --unknown; on a wide
        terminal the ledger is a table, on a narrow one a block per pledge.

        Example: pledgewatch ledger --actor PRK --as-of 2012-04-14
        """
        from pledgewatch.ledger import ensure_ledger, ledger_statuses, rebuild_ledger

        when = parse_date_option(as_of, "--as-of")
        with state(ctx).store() as store:
            summary = rebuild_ledger(store) if rebuild else ensure_ledger(store)
            if rebuild and summary is not None:
                err_console.print(
                    f"ledger rebuilt: {summary.pledges} pledges, {summary.links} action links"
                )
            _warn_unused_overrides(summary)
            rows = ledger_statuses(store, actor=actor, as_of=when, topic=topic, status=status)
            sentences = _sentences_behind(store, (e for row in rows for e in row.evidence))
        if not generic and topic is None:
            hidden = [row for row in rows if base_topic(row.topic) != row.topic]
            rows = [row for row in rows if base_topic(row.topic) == row.topic]
            if hidden:
                err_console.print(
                    f"{len(hidden)} pledge(s) on no taxonomy topic not shown (--generic lists them)"
                )
        if not unknown and actor is None:
            hidden = [row for row in rows if of_unknown_country(row.promisor)]
            rows = [row for row in rows if not of_unknown_country(row.promisor)]
            if hidden:
                err_console.print(
                    f"{len(hidden)} pledge(s) of an unknown country not shown "
                    "(--unknown lists them)"
                )
        if as_json:
            echo_json_lines([row.to_dict() for row in rows])
            return
        shown = when or dt.date.today()
        if not rows:
            console.print(f"No pledges as of {shown}.")
        elif console.width >= WIDE_TERMINAL:
            console.print(_ledger_table(rows, shown, sentences))
        else:
            console.print(f"[bold]Pledges as of {shown}[/]\n")
            for row in rows:
                console.print(_ledger_block(row, sentences))

    @app.command()
    @handles_errors
    def link(
        ctx: typer.Context,
        pledge: str = typer.Argument(
            ..., help="Pledge id, e.g. PRK:missile_launch_moratorium or USA:sanctions@PRK."
        ),
        event: str = typer.Argument(..., help="Event id (see `pledgewatch events --json`)."),
        confirm: bool = typer.Option(False, "--confirm", help="The event does relate to it."),
        reject: bool = typer.Option(False, "--reject", help="The event does not relate to it."),
        relation: str | None = typer.Option(
            None, "--relation", help="fulfils or contradicts (default: the automatic link's)."
        ),
        note: str | None = typer.Option(None, "--note", help="Why, for the record."),
    ) -> None:
        """Confirm or reject a link between a pledge and an event; overrides the automatic one.

        The decision is kept by promisor, topic and event id, so it survives every rebuild.
        Confirming an event the topic-action map did not link needs --relation.

        Example: pledgewatch link PRK:missile_launch_moratorium DOC:3:0 --reject --note "satellite"
        """
        from pledgewatch.ledger import ensure_ledger, rebuild_ledger, set_link_override

        if confirm == reject:
            raise ConfigError("give exactly one of --confirm or --reject")
        decision: Literal["confirm", "reject"] = "confirm" if confirm else "reject"
        with state(ctx).store() as store:
            ensure_ledger(store)
            override = set_link_override(
                store, pledge, event, decision, relation=relation, note=note
            )
            summary = rebuild_ledger(store)
        how = f" ({override.relation})" if override.relation else ""
        console.print(
            f"{decision}ed: {pledge} ← {event}{how}; ledger rebuilt with "
            f"{summary.links} action links ({summary.overrides_applied} by analyst decisions)"
        )
        _warn_unused_overrides(summary)

    @app.command()
    @handles_errors
    def check(
        ctx: typer.Context,
        checklist: str = typer.Argument(
            ..., help="A checklist YAML file, or a shipped name such as allied-preconditions-2011."
        ),
        as_of: str = typer.Option(..., "--as-of", help="Evaluate as of this date, YYYY-MM-DD."),
        as_json: bool = typer.Option(False, "--json", help="Print the result as one JSON object."),
    ) -> None:
        """Evaluate a precondition checklist at a date: met, pledged, not met or contradicted.

        Each item is judged on the ledger as of the date, with the sentences behind the verdict
        and what is missing ("only third-party claims", "strength hedged < firm", "no formal
        statement"). The evaluation is stored in the checklist_evaluations table.

        Example: pledgewatch check allied-preconditions-2011 --as-of 2012-03-01 --json
        """
        from pledgewatch.checklists import evaluate_checklist, load_checklist

        when = parse_date_option(as_of, "--as-of")
        assert when is not None
        loaded = load_checklist(checklist)
        with state(ctx).store() as store:
            result = evaluate_checklist(store, loaded, when)
            sentences = _sentences_behind(store, (e for i in result.items for e in i.evidence))
        if as_json:
            sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
            return
        table = Table(title=f"{result.title} — as of {result.as_of}", show_lines=True)
        for column in ("item", "status", "strength", "missing"):
            table.add_column(column)
        table.add_column("evidence", overflow="fold")
        for item in result.items:
            strength = _strength(item.strength, item.conditional)
            evidence = "\n".join(_marked_lines(key_items(item.evidence), 70, sentences))
            table.add_row(
                f"{item.id}\n[dim]{item.label}[/]",
                _styled(item.status),
                strength,
                "\n".join(item.missing),
                evidence,
            )
        console.print(table)
