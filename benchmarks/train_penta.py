"""Train the five-class (Phoenix penta) sentence classifier and report cross-validated figures.

    python benchmarks/train_penta.py [--data DIR] [--folds 5] [--seed 0] [--out PATH] [--dry-run]

The classifier (:mod:`pledgewatch.events.classify`) is a logistic regression over the
sentence's words and word pairs plus what the rule coder found (main event's class and root,
classes of all events, "no event"). It is trained on the development split of
``events_conflibert_quad`` in ``--data`` (default ``../shared/data/eval``).

Figures are stratified k-fold cross-validated on that split (``--folds``, fixed ``--seed``),
never train-set figures. Four ways to answer are compared:

* ``rules``: the main event's class; the majority class (3) when no event was coded;
* ``text``: the classifier on words alone (no rule features);
* ``fallback``: the main event's class, the classifier when no event was coded;
* ``stacked``: the classifier always, with the rule features among its inputs;

for each of three regularisation strengths. The best of ``fallback`` and ``stacked`` (by mean
cross-validated accuracy) is retrained on the whole split and written, as plain JSON weights,
to ``src/pledgewatch/data/events/penta_classifier.json`` (features seen fewer than twice are
dropped to keep the file small). The same seed gives the same file.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _evaldata import DEFAULT_EVAL_DIR, load_dataset  # noqa: E402

C_GRID = (0.3, 1.0, 3.0)


def rule_outputs(records: list[dict[str, Any]]) -> tuple[list[list[str]], list[int | None]]:
    """Per record: classifier features and the rule coder's own answer (None = no event)."""
    from eval_events import Runner

    from pledgewatch.events.classify import sentence_features
    from pledgewatch.events.conventions import main_event

    runner = Runner(by_action=True)
    coded = runner.code(records)
    features, rule_labels = [], []
    for record, result in zip(records, coded, strict=True):
        events = runner.cameo(result)
        features.append(sentence_features(record["text"], events, runner.table))
        main = main_event(events)
        rule_labels.append(runner.table.info(main.code).penta if main else None)
    return features, rule_labels


def fit(
    features: list[list[str]], labels: list[int], c: float, seed: int, min_count: int = 1
) -> Any:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    counts: dict[str, int] = {}
    for row in features:
        for f in row:
            counts[f] = counts.get(f, 0) + 1
    rows = [{f: 1 for f in row if counts[f] >= min_count} for row in features]
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform(rows)
    model = LogisticRegression(C=c, max_iter=3000, random_state=seed)
    model.fit(x, labels)
    return vectorizer, model


def predict(vectorizer: Any, model: Any, features: list[list[str]]) -> list[int]:
    x = vectorizer.transform([{f: 1 for f in row} for row in features])
    return [int(p) for p in model.predict(x)]


def scores(pred: Sequence[int], gold: Sequence[int]) -> tuple[float, float]:
    from sklearn.metrics import accuracy_score, f1_score

    return accuracy_score(gold, pred), f1_score(gold, pred, average="macro")


def cross_validate(
    features, rule_labels, labels, folds: int, seed: int
) -> dict[str, dict[str, float]]:
    import numpy as np
    from sklearn.model_selection import StratifiedKFold

    from pledgewatch.events.classify import MAJORITY_CLASS

    text_only = [[f for f in row if not f.startswith("rule:")] for row in features]
    results: dict[str, list[tuple[float, float]]] = {}
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    for train, test in splitter.split(np.zeros(len(labels)), labels):
        gold = [labels[i] for i in test]
        rules = [rule_labels[i] if rule_labels[i] is not None else MAJORITY_CLASS for i in test]
        results.setdefault("rules", []).append(scores(rules, gold))
        for c in C_GRID:
            tr_y = [labels[i] for i in train]
            v, m = fit([text_only[i] for i in train], tr_y, c, seed)
            results.setdefault(f"text C={c}", []).append(
                scores(predict(v, m, [text_only[i] for i in test]), gold)
            )
            v, m = fit([features[i] for i in train], tr_y, c, seed)
            stacked = predict(v, m, [features[i] for i in test])
            results.setdefault(f"stacked C={c}", []).append(scores(stacked, gold))
            fallback = [
                rule_labels[i] if rule_labels[i] is not None else s
                for i, s in zip(test, stacked, strict=True)
            ]
            results.setdefault(f"fallback C={c}", []).append(scores(fallback, gold))
    return {
        name: {
            "accuracy": round(float(np.mean([a for a, _ in runs])), 3),
            "macro_f1": round(float(np.mean([f for _, f in runs])), 3),
        }
        for name, runs in results.items()
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default=str(DEFAULT_EVAL_DIR))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", default=None, help="model path (default: the shipped model file)")
    parser.add_argument(
        "--dry-run", action="store_true", help="report cross-validation only, write nothing"
    )
    args = parser.parse_args(argv)

    from pledgewatch.events.classify import MODEL_PATH, PentaClassifier

    records = load_dataset("events_conflibert_quad", args.data)
    if records is None:
        return 0
    labels = [int(r["label"]) for r in records]
    features, rule_labels = rule_outputs(records)
    table = cross_validate(features, rule_labels, labels, args.folds, args.seed)
    print(f"{args.folds}-fold cross-validation on {len(records)} dev sentences (seed {args.seed})")
    print(f"{'answer':22} {'accuracy':>9} {'macro F1':>9}")
    for name, m in table.items():
        print(f"{name:22} {m['accuracy']:>9.3f} {m['macro_f1']:>9.3f}")
    candidates = {k: v for k, v in table.items() if k.startswith(("fallback", "stacked"))}
    best = max(candidates, key=lambda k: (candidates[k]["accuracy"], candidates[k]["macro_f1"]))
    mode, c = best.split(" C=")[0], float(best.split("C=")[1])
    print(f"chosen: {best}")
    if args.dry_run:
        return 0
    vectorizer, model = fit(features, labels, c, args.seed, min_count=2)
    vocabulary = {name: i for i, name in enumerate(vectorizer.get_feature_names_out())}
    classifier = PentaClassifier(
        vocabulary=vocabulary,
        coef=[list(map(float, row)) for row in model.coef_],
        intercept=list(map(float, model.intercept_)),
        mode=mode,
        meta={
            "trained_on": "events_conflibert_quad (development split)",
            "records": len(records),
            "C": c,
            "seed": args.seed,
            "cross_validation": {"folds": args.folds, **table[best]},
            "script": "benchmarks/train_penta.py",
        },
    )
    out = Path(args.out) if args.out else MODEL_PATH
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(classifier.to_json(), separators=(",", ":")) + "\n", encoding="utf-8")
    print(
        f"wrote {out} ({out.stat().st_size / 1e6:.2f} MB, {len(vocabulary)} features, mode {mode})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
