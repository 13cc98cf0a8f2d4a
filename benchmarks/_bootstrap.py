"""Bootstrap intervals for the evaluation scripts' F1 figures.

A dev split of a few dozen articles or a few hundred sentences moves by a point or two when a
handful of items change, so a figure near a target (0.80 attribution F1, 0.75 triple F1) says
little without its spread. Resampling the scored units (articles, sentences) with replacement and
recomputing the pooled F1 gives that spread; it is seeded, so the same counts print the same
interval. The unit is what a held-out split would draw anew: an article for PolNeAR (its
attributions are not independent), a sentence for the event sets.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

#: resamples per interval: enough for a stable 2.5th/97.5th percentile at these sizes
ROUNDS = 1000


def pooled_f1(tp: int, n_pred: int, n_gold: int) -> float:
    """F1 of pooled counts (0 where precision or recall is undefined)."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def f1_interval(
    units: Sequence[tuple[int, int, int]],
    *,
    rounds: int = ROUNDS,
    level: float = 0.95,
    seed: int = 2024,
) -> tuple[float, float]:
    """The percentile bootstrap interval of pooled F1 over ``units`` of (tp, predicted, gold).

    An empty list gives (0.0, 0.0).
    """
    if not units:
        return 0.0, 0.0
    if not 0 < level < 1:
        raise ValueError(f"level must be between 0 and 1, not {level}")
    rng = random.Random(seed)
    n = len(units)
    scores = []
    for _ in range(rounds):
        tp = n_pred = n_gold = 0
        for _ in range(n):
            a, b, c = units[rng.randrange(n)]
            tp += a
            n_pred += b
            n_gold += c
        scores.append(pooled_f1(tp, n_pred, n_gold))
    scores.sort()
    tail = (1 - level) / 2
    low = scores[int(tail * rounds)]
    high = scores[min(rounds - 1, int((1 - tail) * rounds))]
    return round(low, 4), round(high, 4)
