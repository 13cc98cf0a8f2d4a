"""Trends of words against deeds: event series, say–do gap, charm offensives, change points.

Per actor and directed dyad, by day, week or month, from the events that happened (coded or
imported). Every function returns pandas DataFrames; docs/trends.md defines each measure::

    from pledgewatch.analysis import event_series, trend_report
    series = event_series(store, "PRK", against="USA,KOR", freq="month")
    report = trend_report(store, "PRK", against=["USA", "KOR"])
"""

from pledgewatch.analysis.change_points import (
    change_point_signal,
    change_points,
    weighted_signal,
)
from pledgewatch.analysis.charm_offensive import charm_offensive_windows
from pledgewatch.analysis.report import DyadTrend, TrendReport, trend_report
from pledgewatch.analysis.say_do import add_say_do_gap, net_tone, say_do_gap
from pledgewatch.analysis.series import (
    ANY_TARGET,
    event_series,
    events_in_period,
    happened_events,
    period_start,
    series_from_events,
)
from pledgewatch.analysis.settings import (
    ChangePointSettings,
    CharmOffensiveSettings,
    TrendSettings,
    trend_settings,
)

__all__ = [
    "ANY_TARGET",
    "ChangePointSettings",
    "CharmOffensiveSettings",
    "DyadTrend",
    "TrendReport",
    "TrendSettings",
    "add_say_do_gap",
    "change_point_signal",
    "change_points",
    "charm_offensive_windows",
    "event_series",
    "events_in_period",
    "happened_events",
    "net_tone",
    "period_start",
    "say_do_gap",
    "series_from_events",
    "trend_report",
    "trend_settings",
    "weighted_signal",
]
