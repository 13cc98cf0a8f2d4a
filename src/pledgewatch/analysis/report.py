"""The trend report: series, say–do gap, change points and charm-offensive windows per dyad.

This is what ``pledgewatch trend`` prints and what the web view and the briefing show: one call
reads the actor's events once, builds the actor-wide series and one series per target, and runs
the detectors on each. :meth:`TrendReport.to_dict` is the JSON document of ``trend --json``.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from pledgewatch.analysis.change_points import change_points
from pledgewatch.analysis.charm_offensive import charm_offensive_windows
from pledgewatch.analysis.series import (
    ANY_TARGET,
    happened_events,
    parse_against,
    series_from_events,
)
from pledgewatch.analysis.settings import TrendSettings, trend_settings
from pledgewatch.errors import ConfigError
from pledgewatch.store import Store
from pledgewatch.store.frames import reporting_range

#: Series columns written to the JSON document (``ids_by_class`` stays in the DataFrame).
JSON_SERIES_COLUMNS = (
    "period",
    "verbal_coop",
    "material_coop",
    "verbal_conflict",
    "material_conflict",
    "threats",
    "events",
    "goldstein_total",
    "goldstein_mean",
    "say_score",
    "do_score",
    "say_do_gap",
    "event_ids",
)


def _plain(value: Any) -> Any:
    """A JSON-ready value: dates as ISO strings, NaN as None, numpy scalars as Python ones."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if hasattr(value, "item") and not isinstance(value, str):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def frame_records(
    frame: pd.DataFrame, columns: Iterable[str] | None = None
) -> list[dict[str, Any]]:
    """Rows of a frame as JSON-ready dicts."""
    names = list(columns) if columns is not None else list(frame.columns)
    return [
        {name: _plain(value) for name, value in zip(names, row, strict=True)}
        for row in frame[names].itertuples(index=False, name=None)
    ]


@dataclass
class DyadTrend:
    """One directed dyad (``target`` ``*`` = the actor against anyone)."""

    source: str
    target: str
    series: pd.DataFrame
    change_points: pd.DataFrame
    charm_offensive: pd.DataFrame

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "target": self.target,
            "series": frame_records(self.series, JSON_SERIES_COLUMNS),
            "change_points": frame_records(self.change_points),
            "charm_offensive": frame_records(self.charm_offensive),
        }


@dataclass
class TrendReport:
    actor: str
    freq: str
    since: dt.date | None
    until: dt.date | None
    settings: TrendSettings
    dyads: list[DyadTrend] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "actor": self.actor,
            "freq": self.freq,
            "since": _plain(self.since),
            "until": _plain(self.until),
            "settings": self.settings.to_dict(),
            "dyads": [dyad.to_dict() for dyad in self.dyads],
        }


def trend_report(
    store: Store,
    actor: str,
    against: str | Iterable[str] | None = None,
    freq: str = "month",
    since: dt.date | None = None,
    until: dt.date | None = None,
    *,
    settings: TrendSettings | None = None,
    **overrides: Any,
) -> TrendReport:
    """Series, change points and charm-offensive windows of ``actor`` against each target.

    Args:
        store: the open store.
        actor: source code prefix (``PRK``).
        against: target prefixes (``"USA,KOR"`` or a list); None = one dyad against anyone.
        freq: ``day``, ``week`` or ``month``.
        since, until: the days the series covers (default: the actor's first to last event,
            held within the first and last report: a recalled 1953 Armistice or talks
            scheduled after the last report do not stretch the series).
        settings: complete settings; else :func:`trend_settings` for ``freq`` with ``overrides``
            (``window``, ``lag``, ``rise_ratio``, ``penalty`` ...).
    """
    settings = settings or trend_settings(freq, **overrides)
    actor = actor.strip().upper()
    if not actor:
        raise ConfigError("give an actor code prefix, e.g. PRK")
    first_report, last_report = reporting_range(store)
    events = happened_events(
        store, actor, None, since=since or first_report, until=until or last_report
    )
    start = since or (min(events["date"]) if not events.empty else None)
    end = until or (max(events["date"]) if not events.empty else None)
    roots = settings.charm_offensive.threat_roots

    def build(target: str) -> pd.DataFrame:
        return series_from_events(
            events,
            actor,
            target,
            freq=settings.freq,
            start=start,
            end=end,
            threat_roots=roots,
            statement_roots=settings.charm_offensive.statement_roots,
        )

    actor_wide = build(ANY_TARGET)
    report = TrendReport(actor, settings.freq, since, until, settings)
    for target in parse_against(against):
        series = actor_wide if target == ANY_TARGET else build(target)
        report.dyads.append(
            DyadTrend(
                source=actor,
                target=target,
                series=series,
                change_points=change_points(series, settings.change_points, context=actor_wide),
                charm_offensive=charm_offensive_windows(
                    series, settings.charm_offensive, freq=settings.freq, hostility=actor_wide
                ),
            )
        )
    return report
