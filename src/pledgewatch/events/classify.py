"""A small learned sentence classifier for the five Phoenix classes (statement, verbal and
material cooperation, verbal and material conflict).

The rule coder leaves some event sentences uncoded (a verb missing from the lexicon, an actor it
cannot name) and sometimes picks a class that the sentence's wording contradicts. This linear
model reads the sentence's words and word pairs together with what the rules found (the main
event's class and root, the classes of all events, or "no event") and predicts the class.
It is a logistic regression trained by ``benchmarks/train_penta.py`` on the development split
of the ConfliBERT five-class sentences (fixed seed), stored as plain JSON weights in
``data/events/penta_classifier.json`` (no pickle), and scored here with a dot product.

``mode`` in the model file says how it is used: ``fallback`` (rules decide when they found an
event, the model otherwise) or ``stacked`` (the model always decides, with the rule features
as inputs); the training script picks the one with the better cross-validated accuracy.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pledgewatch.errors import ConfigError
from pledgewatch.events.codetable import CodeTable
from pledgewatch.events.conventions import CameoEvent, main_event

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "events" / "penta_classifier.json"
#: The most frequent class of the training data (verbal conflict), the last-resort answer.
MAJORITY_CLASS = 3

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def sentence_features(
    text: str, events: Sequence[CameoEvent], table: CodeTable | None = None
) -> list[str]:
    """Binary features: lower-case words and word pairs, plus what the rule coder found."""
    table = table or CodeTable.default()
    words = _WORD.findall(text.lower())
    features = {f"w:{w}" for w in words}
    features |= {f"b:{a}_{b}" for a, b in zip(words, words[1:], strict=False)}
    main = main_event(list(events))
    if main is None:
        features.add("rule:none")
    else:
        info = table.info(main.code)
        features.add(f"rule:main_penta={info.penta}")
        features.add(f"rule:main_root={info.root}")
    for event in events:
        features.add(f"rule:any_penta={table.info(event.code).penta}")
    return sorted(features)


@dataclass(frozen=True, slots=True)
class PentaClassifier:
    """Linear weights over :func:`sentence_features`, one row per class 0-4."""

    vocabulary: dict[str, int]
    coef: list[list[float]]
    intercept: list[float]
    mode: str = "fallback"
    meta: dict[str, Any] | None = None

    @classmethod
    def load(cls, path: str | Path = MODEL_PATH) -> PentaClassifier:
        return _load(str(path))

    def scores(self, features: Iterable[str]) -> list[float]:
        indices = [self.vocabulary[f] for f in features if f in self.vocabulary]
        return [
            b + sum(row[i] for i in indices)
            for row, b in zip(self.coef, self.intercept, strict=True)
        ]

    def probabilities(self, features: Iterable[str]) -> list[float]:
        scores = self.scores(features)
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]

    def predict(
        self, text: str, events: Sequence[CameoEvent], table: CodeTable | None = None
    ) -> tuple[int, str]:
        """(class, what decided it: "rule" or "classifier")."""
        table = table or CodeTable.default()
        main = main_event(list(events))
        if self.mode == "fallback" and main is not None:
            return table.info(main.code).penta, "rule"
        scores = self.scores(sentence_features(text, events, table))
        return max(range(len(scores)), key=scores.__getitem__), "classifier"

    def to_json(self) -> dict[str, Any]:
        features = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        return {
            "what": "pledgewatch five-class (Phoenix penta) classifier (events/classify.py)",
            "mode": self.mode,
            "classes": [0, 1, 2, 3, 4],
            "intercept": [round(b, 5) for b in self.intercept],
            "features": features,
            "coef": [[round(row[self.vocabulary[f]], 5) for f in features] for row in self.coef],
            "meta": self.meta or {},
        }


@functools.lru_cache(maxsize=2)
def _load(path: str) -> PentaClassifier:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        features = data["features"]
        return PentaClassifier(
            vocabulary={f: i for i, f in enumerate(features)},
            coef=[list(map(float, row)) for row in data["coef"]],
            intercept=list(map(float, data["intercept"])),
            mode=data.get("mode", "fallback"),
            meta=data.get("meta"),
        )
    except (OSError, ValueError, KeyError) as exc:
        raise ConfigError(
            f"cannot read the five-class model ({exc}); retrain it with benchmarks/train_penta.py",
            path=path,
        ) from exc
