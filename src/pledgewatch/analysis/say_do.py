"""The say–do gap: how much warmer an actor's words are than its deeds in the same window.

Words are quad classes 1 and 3 (verbal cooperation, verbal conflict), deeds quad classes 2 and 4
(material cooperation, material conflict). Each side gets a net tone between -1 (all hostile) and
+1 (all cooperative); the gap is the words' tone minus the deeds' tone, from -2 to +2. A state
that talks of peace while shelling its neighbour scores near +2; one that says little but
delivers aid scores below 0. docs/trends.md gives the definition with a worked example.
"""

from __future__ import annotations

import pandas as pd


def net_tone(cooperative: float, hostile: float) -> float:
    """(cooperative - hostile) / (cooperative + hostile), 0 when there is neither."""
    total = cooperative + hostile
    return 0.0 if total == 0 else (cooperative - hostile) / total


def say_do_gap(
    verbal_coop: float, verbal_conflict: float, material_coop: float, material_conflict: float
) -> float:
    """The say–do gap of one window from its four quad-class counts (see the module docstring).

    >>> say_do_gap(8, 2, 1, 3)   # words +0.6, deeds -0.5
    1.1
    """
    gap = net_tone(verbal_coop, verbal_conflict) - net_tone(material_coop, material_conflict)
    return round(gap, 10)


def add_say_do_gap(series: pd.DataFrame) -> pd.DataFrame:
    """Add ``say_score``, ``do_score`` and ``say_do_gap`` columns to a series frame."""
    words = series["verbal_coop"] + series["verbal_conflict"]
    deeds = series["material_coop"] + series["material_conflict"]
    say = (series["verbal_coop"] - series["verbal_conflict"]) / words.where(words > 0)
    do = (series["material_coop"] - series["material_conflict"]) / deeds.where(deeds > 0)
    series = series.copy()
    series["say_score"] = say.fillna(0.0).astype(float)
    series["do_score"] = do.fillna(0.0).astype(float)
    series["say_do_gap"] = (series["say_score"] - series["do_score"]).round(10)
    return series
