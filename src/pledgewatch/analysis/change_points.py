"""Change points: the dates an actor's behaviour shifts between belligerence and engagement.

The series searched is the per-period Goldstein mean (or the net cooperation share) over the
periods that have events; periods without events carry no information about tone and are left
out rather than counted as neutral. ruptures finds the breaks (Pelt or binary segmentation with
an L2 cost); the penalty is ``penalty * noise variance * ln(n)``, with the noise estimated from
period-to-period differences (robust to the shifts themselves), so one setting works for quiet and
busy actors alike. Each break is reported with the means of the segments before and after it.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import ruptures as rpt

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


def change_point_signal(series: pd.DataFrame, signal: str) -> pd.Series:
    """The values searched, indexed by period start, for periods that have events.

    ``goldstein_mean``: the mean Goldstein score of the period's events. ``net_cooperation``:
    (cooperative - conflictual events) / all classed events, from -1 to +1.
    """
    if signal == "goldstein_mean":
        values = series.set_index("period")["goldstein_mean"].astype(float)
        return values[series.set_index("period")["events"] > 0].dropna()
    if signal == "net_cooperation":
        frame = series.set_index("period")
        cooperative = frame["verbal_coop"] + frame["material_coop"]
        conflictual = frame["verbal_conflict"] + frame["material_conflict"]
        total = cooperative + conflictual
        return ((cooperative - conflictual) / total.where(total > 0)).dropna().astype(float)
    raise ConfigError(
        f"unknown change-point signal {signal!r}; use goldstein_mean or net_cooperation"
    )


def noise_scale(values: np.ndarray) -> float:
    """Robust noise standard deviation from first differences (MAD), floored at 10 % of the std."""
    if len(values) < 3:
        return float(np.std(values)) or 1.0
    differences = np.diff(values)
    mad = float(np.median(np.abs(differences - np.median(differences))))
    sigma = 1.4826 * mad / math.sqrt(2)
    floor = 0.1 * float(np.std(values))
    return max(sigma, floor, 1e-6)


def _breakpoints(values: np.ndarray, settings: ChangePointSettings) -> list[int]:
    n = len(values)
    if n < 2 * settings.min_size:
        return []
    penalty = settings.penalty * noise_scale(values) ** 2 * math.log(n)
    signal = values.reshape(-1, 1)
    if settings.method == "pelt":
        algorithm = rpt.Pelt(model="l2", min_size=settings.min_size, jump=1)
    else:
        algorithm = rpt.Binseg(model="l2", min_size=settings.min_size, jump=1)
    return [index for index in algorithm.fit(signal).predict(pen=penalty) if index < n]


def change_points(series: pd.DataFrame, settings: ChangePointSettings) -> pd.DataFrame:
    """Dated shifts in one dyad's series.

    Returns:
        One row per change point: ``date`` (first period of the new segment), ``before_mean``
        and ``after_mean`` (means of the signal over the segments on either side), ``shift``
        (after - before), ``direction`` (``towards engagement`` when the signal rises, else
        ``towards belligerence``), ``before_start`` and ``after_end`` (the segments' outer
        periods) and ``signal``.
    """
    if series.empty:
        return pd.DataFrame({column: [] for column in CHANGE_POINT_COLUMNS})
    values = change_point_signal(series.sort_values("period"), settings.signal)
    breaks = _breakpoints(values.to_numpy(), settings)
    bounds = [0, *breaks, len(values)]
    periods = list(values.index)
    rows = []
    for position, index in enumerate(breaks, start=1):
        before = values.iloc[bounds[position - 1] : index]
        after = values.iloc[index : bounds[position + 1]]
        shift = float(after.mean() - before.mean())
        rows.append(
            {
                "date": periods[index],
                "before_mean": round(float(before.mean()), 3),
                "after_mean": round(float(after.mean()), 3),
                "shift": round(shift, 3),
                "direction": TOWARDS_ENGAGEMENT if shift > 0 else TOWARDS_BELLIGERENCE,
                "before_start": periods[bounds[position - 1]],
                "after_end": periods[bounds[position + 1] - 1],
                "signal": settings.signal,
            }
        )
    return pd.DataFrame(rows, columns=list(CHANGE_POINT_COLUMNS))
