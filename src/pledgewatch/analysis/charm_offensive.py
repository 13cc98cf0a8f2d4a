"""The charm-offensive signal: cooperative talk rising while hostility persists and no deeds follow.

For one dyad, a window of ``window`` periods is a **candidate** when:

1. warm words in the window (verbal cooperation other than plain statements, CAMEO roots in
   ``statement_roots``: a crisis fills the news with "X said") are at least ``min_verbal``
   events and at least ``rise_ratio`` times those of the window of the same length just
   before it (counted as at least 1, so a rise from nothing needs ``rise_ratio`` events too);
2. material-conflict or threat events (quad 4, or a CAMEO root in ``threat_roots``) number at
   least ``min_hostile`` in the window (counted for the actor against anyone, or for the dyad
   only, by ``hostility_scope``).

Overlapping or adjacent candidates form one **episode**, from the first period with verbal
cooperation to the end of the last candidate window. It is flagged as a charm offensive when

3. material cooperation (quad 2) from its start to ``lag`` periods after its end numbers at most
   ``max_material_coop``.

An episode whose lag runs past the end of the data is flagged ``provisional``: the deeds may
still come. docs/trends.md has the definition, its defaults and a worked example.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pandas as pd

from pledgewatch.analysis.series import period_end
from pledgewatch.analysis.settings import CharmOffensiveSettings, Freq

CHARM_COLUMNS = (
    "start",
    "end",
    "score",
    "verbal_coop",
    "verbal_coop_before",
    "hostile",
    "material_coop",
    "provisional",
    "reason",
    "event_ids",
)


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A window meeting conditions 1 and 2 (indices of its first and last period)."""

    first: int
    last: int
    score: float
    verbal: int
    verbal_before: int
    hostile: int


@dataclass(frozen=True, slots=True)
class _Episode:
    first: int
    last: int
    best: _Candidate
    material: int
    follow_last: int  # last period checked for material cooperation
    provisional: bool


def _ids(frame: pd.DataFrame, first: int, last: int, classes: tuple[str, ...]) -> list[str]:
    ids: list[str] = []
    for by_class in frame["ids_by_class"].iloc[first : last + 1]:
        for name in classes:
            ids.extend(by_class.get(name, []))
    return ids


def _aligned(hostility: pd.DataFrame, periods: pd.Series) -> pd.DataFrame:
    """The actor-wide series on the dyad's periods (periods it lacks count zero)."""
    frame = hostility.set_index("period").reindex(list(periods))
    for column in ("material_conflict", "threats"):
        frame[column] = frame[column].fillna(0).astype(int)
    frame["ids_by_class"] = [
        value if isinstance(value, dict) else {} for value in frame["ids_by_class"]
    ]
    return frame.reset_index()


def _candidates(
    verbal: np.ndarray, hostile: np.ndarray, settings: CharmOffensiveSettings
) -> list[_Candidate]:
    w = settings.window
    found = []
    for last in range(2 * w - 1, len(verbal)):
        first = last - w + 1
        now = int(verbal[first : last + 1].sum())
        before = int(verbal[first - w : first].sum())
        score = round(now / max(before, 1), 3)
        if now < settings.min_verbal or score < settings.rise_ratio:
            continue
        persisting = int(hostile[first : last + 1].sum())
        if persisting < settings.min_hostile:
            continue
        found.append(_Candidate(first, last, score, now, before, persisting))
    return found


def _episodes(
    candidates: list[_Candidate],
    verbal: np.ndarray,
    material: np.ndarray,
    settings: CharmOffensiveSettings,
) -> list[_Episode]:
    groups: list[list[_Candidate]] = []
    for candidate in candidates:
        if groups and candidate.first <= groups[-1][-1].last + 1:
            groups[-1].append(candidate)
        else:
            groups.append([candidate])
    n = len(verbal)
    episodes = []
    for group in groups:
        first = next(i for i in range(group[0].first, group[-1].last + 1) if verbal[i] > 0)
        last = group[-1].last
        follow_last = min(n - 1, last + settings.lag)
        deeds = int(material[first : follow_last + 1].sum())
        if deeds > settings.max_material_coop:
            continue
        best = max(group, key=lambda candidate: (candidate.score, candidate.verbal))
        episodes.append(
            _Episode(first, last, best, deeds, follow_last, last + settings.lag > n - 1)
        )
    return episodes


def _reason(
    episode: _Episode,
    dates: list[dt.date],
    freq: Freq,
    settings: CharmOffensiveSettings,
    actor_wide: bool,
) -> str:
    def end_of(index: int) -> dt.date:
        return period_end(dates[index], freq)

    best = episode.best
    scope = "by the actor against anyone" if actor_wide else "in the dyad"
    text = (
        f"verbal cooperation (plain statements aside) {best.verbal} in "
        f"{dates[best.first]}..{end_of(best.last)} against "
        f"{best.verbal_before} in the {settings.window} {freq}(s) before "
        f"(x{best.score:g}, threshold x{settings.rise_ratio:g}, minimum {settings.min_verbal}); "
        f"{best.hostile} material-conflict or threat event(s) {scope} in that window; "
        f"{episode.material} material cooperation from {dates[episode.first]} to "
        f"{end_of(episode.follow_last)} (at most {settings.max_material_coop} allowed)"
    )
    if episode.provisional:
        text += f"; provisional: the {settings.lag}-{freq} lag runs past the end of the data"
    return text


def charm_offensive_windows(
    series: pd.DataFrame,
    settings: CharmOffensiveSettings,
    *,
    freq: Freq = "month",
    hostility: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Flag charm-offensive episodes in one dyad's series.

    Args:
        series: one dyad's rows of :func:`pledgewatch.analysis.event_series`.
        settings: window, lag, thresholds (:func:`pledgewatch.analysis.trend_settings`).
        freq: the series' frequency (for the dates of window ends).
        hostility: the actor-wide series (target ``*``), used when ``hostility_scope`` is
            ``actor``; without it hostility is counted in ``series`` itself.

    Returns:
        One row per episode: ``start`` (first day of the talk), ``end`` (last day of the last
        candidate window), ``score``
        (the best window's verbal cooperation over the window before it, the latter taken as at
        least 1), ``verbal_coop``, ``verbal_coop_before`` and ``hostile`` of that window,
        ``material_coop`` (from start to end + lag), ``provisional``, ``reason`` and
        ``event_ids`` (the episode's verbal-cooperation and hostile events).
    """
    if series.empty:
        return pd.DataFrame({column: [] for column in CHARM_COLUMNS})
    series = series.sort_values("period").reset_index(drop=True)
    actor_wide = settings.hostility_scope == "actor" and hostility is not None
    hostile_frame = (
        _aligned(hostility, series["period"]) if actor_wide and hostility is not None else series
    )
    hostile = (hostile_frame["material_conflict"] + hostile_frame["threats"]).to_numpy()
    # warm words: verbal cooperation other than plain statements (older series: all of it)
    talk = "warm_words" if "warm_words" in series.columns else "verbal_coop"
    verbal = series[talk].to_numpy()
    material = series["material_coop"].to_numpy()
    dates = list(series["period"])
    rows = []
    for episode in _episodes(_candidates(verbal, hostile, settings), verbal, material, settings):
        event_ids = _ids(series, episode.first, episode.last, (talk,)) + _ids(
            hostile_frame, episode.first, episode.last, ("material_conflict", "threats")
        )
        rows.append(
            {
                "start": dates[episode.first],
                "end": period_end(dates[episode.last], freq),
                "score": episode.best.score,
                "verbal_coop": episode.best.verbal,
                "verbal_coop_before": episode.best.verbal_before,
                "hostile": episode.best.hostile,
                "material_coop": episode.material,
                "provisional": episode.provisional,
                "reason": _reason(episode, dates, freq, settings, actor_wide),
                "event_ids": list(dict.fromkeys(event_ids)),
            }
        )
    return pd.DataFrame(rows, columns=list(CHARM_COLUMNS))
