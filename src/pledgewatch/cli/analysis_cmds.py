"""``pledgewatch trend``: words against deeds for an actor and its dyads, over time."""

from __future__ import annotations

import json
from typing import Any

import typer
from rich import box
from rich.table import Table

from pledgewatch.cli._common import console, handles_errors, parse_date_option, state


def _number(value: Any, digits: int = 2) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return "–"
    return f"{value:.{digits}f}" if isinstance(value, float) else str(value)


SERIES_LEGEND = (
    "VC verbal cooperation, MC material cooperation, VX verbal conflict, MX material conflict,"
    " thr threats, n events, GΣ/Gμ Goldstein total/mean, gap = say − do"
)


def _series_table(dyad: Any, freq: str, show_empty: bool) -> Table:
    table = Table(
        title=f"{dyad.source} → {dyad.target} by {freq}",
        title_justify="left",
        box=box.SIMPLE_HEAD,
        padding=(0, 1),
        pad_edge=False,
        collapse_padding=True,
    )
    table.add_column("period", no_wrap=True)
    for header in ("VC", "MC", "VX", "MX", "thr", "n", "GΣ", "Gμ", "say", "do", "gap"):
        table.add_column(header, justify="right", no_wrap=True)
    hidden = 0
    for row in dyad.series.itertuples(index=False):
        if not show_empty and row.events == 0:
            hidden += 1
            continue
        table.add_row(
            str(row.period),
            str(row.verbal_coop),
            str(row.material_coop),
            str(row.verbal_conflict),
            str(row.material_conflict),
            str(row.threats),
            str(row.events),
            _number(row.goldstein_total, 1),
            _number(row.goldstein_mean, 1),
            _number(row.say_score),
            _number(row.do_score),
            _number(row.say_do_gap),
        )
    caption = SERIES_LEGEND
    if hidden:
        caption += f"; {hidden} period(s) without events hidden (--all-periods shows them)"
    table.caption = caption
    return table


def _change_point_table(dyad: Any) -> Table:
    table = Table(title="change points", title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False)
    for header in ("date", "before", "after", "shift", "direction", "from", "to"):
        table.add_column(header, no_wrap=header != "direction")
    for row in dyad.change_points.itertuples(index=False):
        table.add_row(
            str(row.date),
            _number(row.before_mean),
            _number(row.after_mean),
            _number(row.shift),
            row.direction,
            str(row.before_start),
            str(row.after_end),
        )
    return table


def _print_charm_windows(dyad: Any) -> None:
    console.print("[bold]charm-offensive windows[/]")
    for row in dyad.charm_offensive.itertuples(index=False):
        flag = " (provisional)" if row.provisional else ""
        console.print(f"  {row.start} .. {row.end}  score {row.score:g}{flag}", highlight=False)
        console.print(f"    {row.reason}", highlight=False, markup=False)
        shown = ", ".join(row.event_ids[:8]) + (" ..." if len(row.event_ids) > 8 else "")
        console.print(f"    events: {shown}", highlight=False, markup=False)


def register(app: typer.Typer) -> None:
    @app.command()
    @handles_errors
    def trend(
        ctx: typer.Context,
        actor: str = typer.Argument(..., help="Actor code prefix, e.g. PRK."),
        against: str | None = typer.Option(
            None, "--against", help="Target prefixes, comma-separated (USA,KOR); default anyone."
        ),
        freq: str = typer.Option("month", "--freq", help="Period: day, week or month."),
        since: str | None = typer.Option(None, "--since", help="First day, YYYY-MM-DD."),
        until: str | None = typer.Option(None, "--until", help="Last day, YYYY-MM-DD."),
        as_json: bool = typer.Option(False, "--json", help="Print one JSON document."),
        all_periods: bool = typer.Option(False, "--all-periods", help="Show empty periods too."),
        window: int | None = typer.Option(
            None, "--window", help="Charm offensive: periods per window (default by freq)."
        ),
        lag: int | None = typer.Option(
            None,
            "--lag",
            help="Charm offensive: periods in which material cooperation must follow.",
        ),
        rise_ratio: float | None = typer.Option(
            None, "--rise-ratio", help="Charm offensive: verbal cooperation rise, window/previous."
        ),
        min_verbal: int | None = typer.Option(
            None, "--min-verbal", help="Charm offensive: least verbal-cooperation events."
        ),
        min_hostile: int | None = typer.Option(
            None, "--min-hostile", help="Charm offensive: least conflict/threat events persisting."
        ),
        hostility_scope: str | None = typer.Option(
            None, "--hostility-scope", help="Count hostility for the 'actor' or the 'dyad'."
        ),
        penalty: float | None = typer.Option(
            None, "--penalty", help="Change points: penalty factor (higher finds fewer)."
        ),
        method: str | None = typer.Option(None, "--method", help="Change points: pelt or binseg."),
        signal: str | None = typer.Option(
            None, "--signal", help="Change points on goldstein_mean or net_cooperation."
        ),
        context_weight: float | None = typer.Option(
            None,
            "--context-weight",
            help="Change points: weight (0-1) of the actor's events against others in a dyad.",
        ),
    ) -> None:
        """Words against deeds of an actor, per target, over time.

        Series by day, week or month (events by quad class, Goldstein total and mean), the
        say–do gap, dated change points between belligerence and engagement, and
        charm-offensive windows. Definitions and the JSON document: docs/trends.md.

        Example: pledgewatch trend PRK --against USA,KOR --freq month --since 2010-01-01
        """
        from pledgewatch.analysis import trend_report

        with state(ctx).store() as store:
            report = trend_report(
                store,
                actor,
                against,
                freq=freq,
                since=parse_date_option(since, "--since"),
                until=parse_date_option(until, "--until"),
                window=window,
                lag=lag,
                rise_ratio=rise_ratio,
                min_verbal=min_verbal,
                min_hostile=min_hostile,
                hostility_scope=hostility_scope,
                penalty=penalty,
                method=method,
                signal=signal,
                context_weight=context_weight,
            )
        if as_json:
            typer.echo(json.dumps(report.to_dict(), ensure_ascii=False))
            return
        for dyad in report.dyads:
            if dyad.series.empty or int(dyad.series["events"].sum()) == 0:
                console.print(f"[bold]{dyad.source} → {dyad.target}[/]: no events that happened")
                continue
            console.print(_series_table(dyad, report.freq, all_periods))
            console.print(
                _change_point_table(dyad) if len(dyad.change_points) else "no change points"
            )
            if len(dyad.charm_offensive):
                _print_charm_windows(dyad)
            else:
                console.print("no charm-offensive window")
