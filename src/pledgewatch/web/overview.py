"""The overview of one actor: monthly events by quad class, tone, say–do gap, shifts, and the
events behind any point of the chart.

Counts per month and quad class are aggregated in the database (fast on large stores); the
say–do gap, change points and charm-offensive windows come from the analysis stage and are
marked "not available" when that stage is missing or fails on this data.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from pledgewatch.errors import PledgewatchError
from pledgewatch.store.frames import reporting_range
from pledgewatch.web import queries
from pledgewatch.web.charts import timeline_spec
from pledgewatch.web.context import ViewContext, clean_text, iso
from pledgewatch.web.models import (
    QUAD_LABELS,
    ActorOut,
    ChangePoint,
    EventPage,
    GapPoint,
    MonthTone,
    QuadBin,
    TimelineOut,
    Window,
)
from pledgewatch.web.stages import analysis_function

log = logging.getLogger(__name__)

#: Series count columns of the analysis stage, by quad class.
QUAD_COLUMNS = {1: "verbal_coop", 2: "material_coop", 3: "verbal_conflict", 4: "material_conflict"}


def _top_actors(ctx: ViewContext, limit: int) -> list[dict[str, Any]]:
    return ctx.cached(("actors", limit), lambda: queries.top_source_actors(ctx.store, limit=limit))


def list_actors(ctx: ViewContext, *, limit: int = 40) -> list[ActorOut]:
    return [
        ActorOut(code=row["code"], label=ctx.actor_label(row["code"]), events=int(row["events"]))
        for row in _top_actors(ctx, limit)
    ]


def default_actor(ctx: ViewContext) -> str | None:
    """The country (first three letters of the code) of the most active source actor."""
    top = _top_actors(ctx, 1)
    return top[0]["code"][:3] if top else None


def _records(frame: Any) -> list[dict[str, Any]]:
    """Rows of a DataFrame (or a list of dicts) as dicts."""
    if frame is None:
        return []
    if hasattr(frame, "to_dict") and hasattr(frame, "columns"):
        return list(frame.to_dict("records"))
    return [dict(row) for row in frame]


def _number(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if number != number else number  # NaN


def _from_trend_report(
    ctx: ViewContext, actor: str, since: dt.date | None, until: dt.date | None
) -> tuple[list[QuadBin], list[MonthTone], list[GapPoint], list[ChangePoint], list[Window]] | None:
    """Bars, tone, gap, change points and windows from the analysis stage's trend report."""
    trend_report = analysis_function("trend_report")
    if trend_report is None:
        return None
    report = trend_report(ctx.store, actor, None, "month", since, until)
    if not report.dyads:
        return [], [], [], [], []
    dyad = report.dyads[0]
    bars, tone, gap = [], [], []
    for row in _records(dyad.series):
        month = iso(row["period"])
        if month is None:
            continue
        for quad, column in QUAD_COLUMNS.items():
            count = int(row.get(column) or 0)
            if count:
                bars.append(
                    QuadBin(month=month, quad=quad, quad_label=QUAD_LABELS[quad], events=count)
                )
        classed = sum(int(row.get(column) or 0) for column in QUAD_COLUMNS.values())
        mean = _number(row.get("goldstein_mean"))
        if mean is not None:
            tone.append(MonthTone(month=month, goldstein=round(mean, 3), events=int(row["events"])))
        if classed:
            gap.append(
                GapPoint(
                    period=month,
                    gap=round(float(row["say_do_gap"]), 3),
                    say=_number(row.get("say_score")),
                    do=_number(row.get("do_score")),
                )
            )
    changes = [
        ChangePoint(
            date=iso(row["date"]) or "",
            detail=f"{row.get('direction', '')}: mean Goldstein {row.get('before_mean')} "
            f"→ {row.get('after_mean')}",
        )
        for row in _records(dyad.change_points)
    ]
    windows = [
        Window(
            start=iso(row["start"]) or "",
            end=iso(row["end"]) or "",
            label="charm offensive" + (" (provisional)" if row.get("provisional") else ""),
            reason=str(row.get("reason") or ""),
        )
        for row in _records(dyad.charm_offensive)
    ]
    return bars, tone, gap, changes, windows


def _bars_and_tone(
    ctx: ViewContext, actor: str, since: dt.date | None, until: dt.date | None
) -> tuple[list[QuadBin], list[MonthTone]]:
    bars: list[QuadBin] = []
    tone_sum: dict[str, float] = {}
    tone_n: dict[str, int] = {}
    for row in queries.monthly_quad_counts(ctx.store, actor, since, until):
        quad = int(row["quad"])
        if quad not in QUAD_LABELS:
            continue
        month = f"{row['month']}-01"
        bars.append(
            QuadBin(month=month, quad=quad, quad_label=QUAD_LABELS[quad], events=int(row["events"]))
        )
        if row["goldstein_n"]:
            tone_sum[month] = tone_sum.get(month, 0.0) + float(row["goldstein_sum"])
            tone_n[month] = tone_n.get(month, 0) + int(row["goldstein_n"])
    tone = [
        MonthTone(
            month=month, goldstein=round(tone_sum[month] / tone_n[month], 3), events=tone_n[month]
        )
        for month in sorted(tone_sum)
    ]
    return bars, tone


def actor_timeline(
    ctx: ViewContext,
    actor: str,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    width: int = 720,
    interactive: bool = True,
) -> TimelineOut:
    """Everything the overview chart draws for ``actor`` (a code or code prefix).

    Results are cached per actor and period until the store's events change. Without
    ``since`` the chart starts at the earliest report: events dated decades before it (the
    1953 Armistice, a 1983 bombing recalled in 2010) would squeeze the reporting years into
    the chart's last few pixels.
    """
    actor = clean_text(actor) or ""
    if since is None:
        since = ctx.cached(("reporting range",), lambda: reporting_range(ctx.store))[0]
    return ctx.cached(
        ("timeline-out", actor, since, until, width, interactive),
        lambda: _timeline_out(ctx, actor, since, until, width, interactive),
    )


def _timeline_out(
    ctx: ViewContext,
    actor: str,
    since: dt.date | None,
    until: dt.date | None,
    width: int,
    interactive: bool,
) -> TimelineOut:
    """The chart's data and its Vega-Lite spec (building the spec costs as much as the data)."""
    bars, tone, gap, changes, windows, notices = ctx.cached(
        ("timeline", actor, since, until), lambda: _compute_timeline(ctx, actor, since, until)
    )
    spec = timeline_spec(
        bars=[{**b.model_dump(), "month_key": b.month[:7]} for b in bars],
        tone=[{**t.model_dump(), "month_key": t.month[:7]} for t in tone],
        gap=[{**g.model_dump(), "month_key": g.period[:7]} for g in gap] if gap else None,
        change_points=[c.model_dump() for c in changes] if changes else None,
        windows=[w.model_dump() for w in windows] if windows else None,
        width=width,
        interactive=interactive,
    )
    return TimelineOut(
        actor=actor,
        actor_label=ctx.actor_label(actor),
        since=iso(since),
        until=iso(until),
        bars=bars,
        tone=tone,
        gap=gap,
        change_points=changes,
        windows=windows,
        notices=notices,
        spec=spec,
    )


def _compute_timeline(
    ctx: ViewContext, actor: str, since: dt.date | None, until: dt.date | None
) -> tuple[Any, ...]:
    try:
        analysed = _from_trend_report(ctx, actor, since, until)
    except PledgewatchError as exc:
        log.warning("trend report failed for %s: %s", actor, exc)
        analysed, failure = None, f"trend analysis failed: {exc}"
    else:
        failure = (
            "say–do gap, change points and charm-offensive windows: not available "
            "(analysis stage not installed)"
        )
    if analysed is not None:
        bars, tone, gap, changes, windows = analysed
        return bars, tone, gap, changes, windows, []
    bars, tone = _bars_and_tone(ctx, actor, since, until)
    return bars, tone, None, None, None, [failure]


def month_table(timeline: TimelineOut) -> list[dict[str, Any]]:
    """The chart's data as rows: month (``YYYY-MM``), counts per quad class, mean Goldstein."""
    months: dict[str, dict[str, Any]] = {}
    for bar in timeline.bars:
        row = months.setdefault(
            bar.month[:7], {"month": bar.month[:7], "counts": {}, "goldstein": None}
        )
        row["counts"][bar.quad] = bar.events
    for tone in timeline.tone:
        months.setdefault(tone.month[:7], {"month": tone.month[:7], "counts": {}})["goldstein"] = (
            tone.goldstein
        )
    return [months[key] for key in sorted(months)]


def actor_events(
    ctx: ViewContext,
    actor: str,
    *,
    month_start: dt.date | None = None,
    quad: int | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    page: int = 1,
    per_page: int = 50,
) -> EventPage:
    """The events behind a chart point: one month, optionally one quad class.

    Pages are cached until the store changes: the chart's points are few and clicked often."""
    actor = clean_text(actor) or ""

    def compute() -> EventPage:
        found = queries.actor_events(
            ctx.store,
            actor,
            month_start=month_start,
            quad=quad,
            since=since,
            until=until,
            page=page,
            per_page=per_page,
        )
        return EventPage(
            total=found.total,
            page=page,
            per_page=per_page,
            items=[ctx.event_out(row) for row in found.rows],
        )

    return ctx.cached(
        ("actor-events", actor, month_start, quad, since, until, page, per_page), compute
    )
