"""Change points: the dates an actor's behaviour shifts between belligerence and engagement.

News coding gives a dyad only a handful of events in most months and none in many, so the search
works on the events, not on a series of monthly averages:

- **Event-weighted cost.** Each period with events contributes its signal value (Goldstein mean
  or net cooperation) weighted by its number of events, so a segment's cost is the squared error
  of its events around the segment's mean and breaks can only fall on period boundaries. A month
  of one stray statement no longer weighs as much as a month of shelling and talks, and segment
  means (hence ``direction``) are event means. Periods without events carry no weight (silence
  says nothing about tone) but keep their place on the calendar.
- **Context for sparse dyads.** A directed dyad's signal pools, at ``context_weight`` per event,
  the actor's events against everyone else (including untargeted ones): PRK→USA then tracks
  North Korea's overall course and the dyad's own events pull it their way. ``0`` is the dyad
  alone.
- **Penalty scaled to the series.** A break is kept when it cuts the weighted squared error by
  more than ``penalty * sigma^2 * ln(n)``, n the periods with events and sigma the per-event
  noise estimated from standardised period-to-period differences (median absolute deviation, so
  the shifts themselves do not inflate it).

ruptures runs the search (Pelt or binary segmentation) with the weighted cost below.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import ruptures as rpt
from ruptures.base import BaseCost

from pledgewatch.analysis.settings import ChangePointSettings
from pledgewatch.errors import ConfigError

CHANGE_POINT_COLUMNS = (
    "date",
    "before_mean",
    "after_mean",
    "shift",
    "direction",
    "before_start",
    "after_end",
    "signal",
)
TOWARDS_ENGAGEMENT = "towards engagement"
TOWARDS_BELLIGERENCE = "towards belligerence"
_COOPERATIVE = ("verbal_coop", "material_coop")
_CONFLICTUAL = ("verbal_conflict", "material_conflict")


class WeightedL2Cost(BaseCost):
    """L2 cost of a weighted series: sum of w * (x - weighted segment mean)^2.

    ``fit`` takes an (n, 2) array of values and weights; cumulative sums make each segment's cost
    O(1), so Pelt stays fast on decades of months.
    """

    model = "weighted_l2"
    min_size = 1

    def fit(self, signal: np.ndarray) -> WeightedL2Cost:
        self.signal = signal  # ruptures reads the sample count from it
        values, weights = signal[:, 0], signal[:, 1]
        self._weight = np.concatenate([[0.0], np.cumsum(weights)])
        self._sum = np.concatenate([[0.0], np.cumsum(weights * values)])
        self._square = np.concatenate([[0.0], np.cumsum(weights * values * values)])
        return self

    def error(self, start: int, end: int) -> float:
        weight = self._weight[end] - self._weight[start]
        if weight <= 0:
            return 0.0
        total = self._sum[end] - self._sum[start]
        return float(self._square[end] - self._square[start] - total * total / weight)


def _totals(series: pd.DataFrame, signal: str) -> tuple[pd.Series, pd.Series]:
    """Per period: the signal's numerator and its weight (events that carry the signal)."""
    frame = series.set_index("period")
    if signal == "goldstein_mean":
        return frame["goldstein_total"].astype(float), frame["events"].astype(float)
    if signal == "net_cooperation":
        cooperative = frame[list(_COOPERATIVE)].sum(axis=1).astype(float)
        conflictual = frame[list(_CONFLICTUAL)].sum(axis=1).astype(float)
        return cooperative - conflictual, cooperative + conflictual
    raise ConfigError(
        f"unknown change-point signal {signal!r}; use goldstein_mean or net_cooperation"
    )


def weighted_signal(
    series: pd.DataFrame,
    signal: str,
    context: pd.DataFrame | None = None,
    context_weight: float = 0.0,
) -> pd.DataFrame:
    """The values searched and their weights, indexed by period start, periods with events only.

    ``goldstein_mean``: the mean Goldstein score of the period's events, weight = events.
    ``net_cooperation``: (cooperative - conflictual events) / classed events (-1 to +1),
    weight = classed events. With ``context`` (the actor's series against anyone, same periods)
    and ``context_weight`` > 0, the actor's other events are pooled in at that weight per event.
    """
    numerator, weight = _totals(series.sort_values("period"), signal)
    if context is not None and context_weight > 0:
        context_numerator, context_events = _totals(context.sort_values("period"), signal)
        others = (context_events - weight.reindex(context_events.index, fill_value=0)).clip(0)
        other_sum = context_numerator - numerator.reindex(context_numerator.index, fill_value=0)
        numerator = numerator.add(context_weight * other_sum, fill_value=0)
        weight = weight.add(context_weight * others, fill_value=0)
    kept = weight > 0
    return pd.DataFrame({"value": numerator[kept] / weight[kept], "weight": weight[kept]})


def change_point_signal(
    series: pd.DataFrame,
    signal: str,
    context: pd.DataFrame | None = None,
    context_weight: float = 0.0,
) -> pd.Series:
    """The signal's values per period with events (see :func:`weighted_signal`)."""
    return weighted_signal(series, signal, context, context_weight)["value"].astype(float)


def noise_scale(values: np.ndarray, weights: np.ndarray | None = None) -> float:
    """Per-unit-weight noise sd from standardised first differences (MAD), floored.

    With weights, value i is taken to have variance sigma^2 / w_i, so the difference of two
    neighbours is divided by sqrt(1/w_i + 1/w_j) before the MAD. The floor is 10 % of the
    weighted standard deviation, so a series of identical values still gets a positive scale.
    """
    weights = np.ones_like(values) if weights is None else weights
    mean = float(np.average(values, weights=weights)) if len(values) else 0.0
    spread = math.sqrt(float(np.sum(weights * (values - mean) ** 2)) / max(len(values), 1))
    if len(values) < 3:
        return spread or 1.0
    differences = np.diff(values) / np.sqrt(1 / weights[:-1] + 1 / weights[1:])
    mad = float(np.median(np.abs(differences - np.median(differences))))
    return max(1.4826 * mad, 0.1 * spread, 1e-6)


def _breakpoints(
    values: np.ndarray, weights: np.ndarray, settings: ChangePointSettings
) -> list[int]:
    n = len(values)
    if n < 2 * settings.min_size:
        return []
    penalty = settings.penalty * noise_scale(values, weights) ** 2 * math.log(n)
    cost = WeightedL2Cost()
    if settings.method == "pelt":
        algorithm = rpt.Pelt(custom_cost=cost, min_size=settings.min_size, jump=1)
    else:
        algorithm = rpt.Binseg(custom_cost=cost, min_size=settings.min_size, jump=1)
    signal = np.column_stack([values, weights])
    return [index for index in algorithm.fit(signal).predict(pen=penalty) if index < n]


def change_points(
    series: pd.DataFrame,
    settings: ChangePointSettings,
    context: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Dated shifts in one dyad's series.

    Args:
        series: one dyad's series (:func:`pledgewatch.analysis.series_from_events`).
        settings: method, signal, penalty, min_size and context_weight.
        context: the actor's series against anyone over the same periods; its other events are
            pooled in at ``settings.context_weight`` (ignored when that is 0 or the series is
            already the actor against anyone).

    Returns:
        One row per change point: ``date`` (first period of the new segment), ``before_mean``
        and ``after_mean`` (event-weighted means of the signal over the segments on either
        side), ``shift`` (after - before), ``direction`` (``towards engagement`` when the signal
        rises, else ``towards belligerence``), ``before_start`` and ``after_end`` (the segments'
        outer periods with events) and ``signal``.
    """
    if series.empty:
        return pd.DataFrame({column: [] for column in CHANGE_POINT_COLUMNS})
    weighted = weighted_signal(series, settings.signal, context, settings.context_weight)
    values, weights = weighted["value"].to_numpy(float), weighted["weight"].to_numpy(float)
    breaks = _breakpoints(values, weights, settings)
    bounds = [0, *breaks, len(values)]
    periods = list(weighted.index)
    rows = []
    for position, index in enumerate(breaks, start=1):
        before = slice(bounds[position - 1], index)
        after = slice(index, bounds[position + 1])
        before_mean = float(np.average(values[before], weights=weights[before]))
        after_mean = float(np.average(values[after], weights=weights[after]))
        shift = after_mean - before_mean
        rows.append(
            {
                "date": periods[index],
                "before_mean": round(before_mean, 3),
                "after_mean": round(after_mean, 3),
                "shift": round(shift, 3),
                "direction": TOWARDS_ENGAGEMENT if shift > 0 else TOWARDS_BELLIGERENCE,
                "before_start": periods[bounds[position - 1]],
                "after_end": periods[bounds[position + 1] - 1],
                "signal": settings.signal,
            }
        )
    return pd.DataFrame(rows, columns=list(CHANGE_POINT_COLUMNS))
