"""Accuracy of the event coder on the shared evaluation sets, printed per data set.

    python benchmarks/eval_events.py [--data DIR] [--only NAME ...] [--json FILE]
                                     [--errors N] [--no-prefilter] [--no-classifier]

Data sets (``events_*.jsonl`` in ``--data``, default ``../shared/data/eval``; their README
describes each):

* ``events_petr2_gsr`` (PETRARCH2 gold sentences): precision, recall and F1 of (source country,
  target country, CAMEO root) triples and of (source country, target country, full code);
  records marked ``noevents`` have no gold triple, so anything coded there is a false positive
  (the count of such records coded empty is printed);
* ``events_plover_gsr`` (CAMEO-manual examples with PLOVER types): the same for (source country,
  target country, PLOVER type), comparing with ``plover_event_v2`` and mapping each coded
  CAMEO code to PLOVER through the code table; gold sources x targets, an empty list as '---';
* ``events_cameo_human`` (human-coded news sentences): accuracy of the main event's root
  against the coders' consensus Action-1 root, on the sentences that have one;
* ``events_conflibert_quad`` (news sentences in five classes): accuracy and macro F1 of the
  Phoenix penta class of the sentence's main event.

How a sentence's coded findings are compared: they are put in CAMEO's conventions first
(:func:`pledgewatch.events.cameo_view`: a reporting verb is not counted when its content is
coded, a future cooperative act is an intent, a hostile one a threat, a negated past act is no
event, events without a source actor are dropped). A country is the first three letters of an
actor code (``USAGOV`` -> ``USA``, ``IGOUNO`` -> ``IGO``); a missing actor is ``---``. The
"main event" of a sentence is the one whose trigger is highest in the parse
(:func:`pledgewatch.events.conventions.main_event`). For the five-class set, a sentence with no
coded event is classified by the shipped classifier over the sentence's words and coded events
(``data/events/penta_classifier.json``, trained by ``benchmarks/train_penta.py``); with
``--no-classifier`` it falls back to the majority class of the training data (3).

Nothing here is tuned to a sentence; figures move only when the lexicon, rules or model change.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _bootstrap import f1_interval  # noqa: E402
from _evaldata import DEFAULT_EVAL_DIR, load_dataset  # noqa: E402

DATASETS = ("events_petr2_gsr", "events_plover_gsr", "events_cameo_human", "events_conflibert_quad")
PENTA_NAMES = ("statement", "verbal coop", "material coop", "verbal conflict", "material conflict")


# -- metrics ------------------------------------------------------------------------------


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "p": round(p, 3),
        "r": round(r, 3),
        "f1": round(f, 3),
        "tp": tp,
        "n_pred": n_pred,
        "n_gold": n_gold,
    }


def macro_f1(pred: Sequence[Any], gold: Sequence[Any], labels: Iterable[Any]) -> float:
    scores = []
    for label in labels:
        tp = sum(1 for p, g in zip(pred, gold, strict=True) if p == label and g == label)
        scores.append(
            prf(tp, sum(1 for p in pred if p == label), sum(1 for g in gold if g == label))["f1"]
        )
    return round(sum(scores) / len(scores), 3) if scores else 0.0


def country(code: str | None) -> str:
    return code[:3] if code else "---"


def confusion_table(pairs: Iterable[tuple[str, str]], title: str, max_labels: int = 22) -> str:
    counts = Counter(pairs)
    gold_labels = sorted({g for g, _ in counts})
    pred_labels = sorted({p for _, p in counts})
    labels = sorted(set(gold_labels) | set(pred_labels), key=lambda x: (x == "none", x))[
        :max_labels
    ]
    width = max(5, *(len(label) for label in labels)) + 1
    lines = [
        f"{title} (rows gold, columns predicted)",
        " " * width + "".join(f"{lab:>{width}}" for lab in labels),
    ]
    for g in labels:
        if g not in gold_labels:
            continue
        row = "".join(f"{counts.get((g, p), 0) or '.':>{width}}" for p in labels)
        lines.append(f"{g:>{width}}{row}")
    return "\n".join(lines)


# -- coding -------------------------------------------------------------------------------


class Runner:
    """Codes evaluation sentences with one coder and puts the findings in CAMEO conventions.

    ``by_action``: the set scores the action, not the actors (root and class sets), so events
    without a named actor are kept too (``EventCoder(require_actor=False)``, no source needed).
    """

    def __init__(
        self,
        prefilter: bool = True,
        *,
        by_action: bool = False,
        skip_roles: frozenset[str] | None = None,
        use_ner: bool | None = None,
    ) -> None:
        from pledgewatch.events import EventCoder

        self.by_action = by_action
        self.skip_roles = skip_roles
        self.coder = EventCoder(prefilter=prefilter, require_actor=not by_action, use_ner=use_ner)
        self.table = self.coder.code_table

    def code(self, records: list[dict[str, Any]]) -> list[Any]:
        from pledgewatch.events.types import DocContext

        pairs = []
        for record in records:
            date = _date(record.get("date"))
            pairs.append((record["text"], DocContext(doc_id=str(record["id"]), date=date)))
        return list(self.coder.code_texts(pairs, batch_size=64))

    def cameo(self, coded: Any) -> list[Any]:
        from pledgewatch.events import cameo_view

        options = {} if self.skip_roles is None else {"skip_roles": self.skip_roles}
        events = cameo_view(
            coded.findings, self.coder.lexicon, require_source=not self.by_action, **options
        )
        if not events and self.by_action:
            # no main-clause event: a background or in-passing one still says what happened
            events = cameo_view(
                coded.findings,
                self.coder.lexicon,
                require_source=False,
                skip_roles=frozenset({"frame", "allegation"}),
            )
        return events


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


# -- the four data sets -------------------------------------------------------------------


def eval_petr2(runner: Runner, records: list[dict[str, Any]], errors: int) -> dict[str, Any]:
    coded = runner.code(records)
    tp_root = tp_full = n_pred = n_pred_full = n_gold = 0
    noevents_total = noevents_empty = len_gold_full = 0
    pairs: list[tuple[str, str]] = []
    by_category: dict[str, list[int]] = {}
    units: list[tuple[int, int, int]] = []
    shown = 0
    for record, result in zip(records, coded, strict=True):
        events = runner.cameo(result)
        gold_root = {
            (country(g["source"]), country(g["target"]), g["code"][:2]) for g in record["gold"]
        }
        gold_full = {
            (country(g["source"]), country(g["target"]), g["code"]) for g in record["gold"]
        }
        pred_root = {(country(e.source), country(e.target), e.code[:2]) for e in events}
        pred_full = {(country(e.source), country(e.target), e.code) for e in events}
        hits = len(gold_root & pred_root)
        tp_root += hits
        tp_full += len(gold_full & pred_full)
        len_gold_full += len(gold_full)
        n_pred += len(pred_root)
        n_pred_full += len(pred_full)
        n_gold += len(gold_root)
        units.append((hits, len(pred_root), len(gold_root)))
        cat = by_category.setdefault(record.get("category", "?"), [0, 0, 0])
        cat[0] += hits
        cat[1] += len(pred_root)
        cat[2] += len(gold_root)
        if record.get("noevents"):
            noevents_total += 1
            noevents_empty += not events
        gold_main = record["gold"][0]["code"][:2] if record["gold"] else "none"
        pred_main = _main_root(events)
        pairs.append((gold_main, pred_main))
        if errors and shown < errors and gold_root != pred_root:
            shown += 1
            _show_error(record["text"], sorted(gold_root), sorted(pred_root), result)
    result = {
        "records": len(records),
        "root_triples": {**prf(tp_root, n_pred, n_gold), "f1_ci95": f1_interval(units)},
        "full_code_triples": prf(tp_full, n_pred_full, len_gold_full),
        "noevents_records": noevents_total,
        "noevents_coded_empty": noevents_empty,
        "by_category": {k: prf(*v) for k, v in sorted(by_category.items())},
        "confusion": pairs,
    }
    return result


def eval_plover(runner: Runner, records: list[dict[str, Any]], errors: int) -> dict[str, Any]:
    coded = runner.code(records)
    tp = n_pred = n_gold = 0
    type_hits = source_type_hits = 0
    pairs: list[tuple[str, str]] = []
    units: list[tuple[int, int, int]] = []
    shown = 0
    for record, result in zip(records, coded, strict=True):
        events = runner.cameo(result)
        plover_type = record["plover_event_v2"]
        sources = [country(s) for s in record.get("sources") or []] or ["---"]
        targets = [country(t) for t in record.get("targets") or []] or ["---"]
        gold = {(s, t, plover_type) for s in sources for t in targets}
        pred = {
            (country(e.source), country(e.target), runner.table.info(e.code).plover or "-")
            for e in events
        }
        tp += len(gold & pred)
        n_pred += len(pred)
        n_gold += len(gold)
        units.append((len(gold & pred), len(pred), len(gold)))
        pred_types = {p[2] for p in pred}
        type_hits += plover_type in pred_types
        source_type_hits += any((s, plover_type) in {(p[0], p[2]) for p in pred} for s in sources)
        main = _main_event(events)
        pairs.append(
            (plover_type, (runner.table.info(main.code).plover or "-") if main else "none")
        )
        if errors and shown < errors and not (gold & pred):
            shown += 1
            _show_error(record["text"], sorted(gold), sorted(pred), result)
    return {
        "records": len(records),
        "triples": {**prf(tp, n_pred, n_gold), "f1_ci95": f1_interval(units)},
        "type_found_in_sentence": round(type_hits / max(1, len(records)), 3),
        "source_and_type_found": round(source_type_hits / max(1, len(records)), 3),
        "confusion": pairs,
    }


def eval_human(runner: Runner, records: list[dict[str, Any]], errors: int) -> dict[str, Any]:
    usable = [r for r in records if r.get("consensus")]
    coded = runner.code(usable)
    hits = any_hits = 0
    pairs: list[tuple[str, str]] = []
    shown = 0
    for record, result in zip(usable, coded, strict=True):
        events = runner.cameo(result)
        pred = _main_root(events)
        gold = record["consensus"]
        hits += pred == gold
        any_hits += pred in (record.get("consensus_any") or [gold])
        pairs.append((gold, pred))
        if errors and shown < errors and pred != gold:
            shown += 1
            _show_error(record["text"], [gold], [pred], result)
    n = max(1, len(usable))
    return {
        "records": len(records),
        "with_consensus": len(usable),
        "root_accuracy": round(hits / n, 3),
        "root_in_any_consensus_slot": round(any_hits / n, 3),
        "confusion": pairs,
    }


def eval_conflibert(
    runner: Runner, records: list[dict[str, Any]], errors: int, use_classifier: bool
) -> dict[str, Any]:
    from pledgewatch.errors import ConfigError
    from pledgewatch.events.classify import MAJORITY_CLASS, PentaClassifier

    coded = runner.code(records)
    classifier = None
    if use_classifier:
        try:
            classifier = PentaClassifier.load()
        except ConfigError as exc:
            print(f"  (no classifier: {exc})", file=sys.stderr)
    rule_preds: list[int] = []
    preds: list[int] = []
    gold: list[int] = []
    decided = Counter()
    shown = 0
    for record, result in zip(records, coded, strict=True):
        events = runner.cameo(result)
        main = _main_event(events)
        rule_label = runner.table.info(main.code).penta if main else MAJORITY_CLASS
        rule_preds.append(rule_label)
        if classifier is not None:
            label, how = classifier.predict(record["text"], events, runner.table)
        else:
            label, how = rule_label, ("rule" if main else "majority")
        decided[how] += 1
        preds.append(label)
        gold.append(int(record["label"]))
        if errors and shown < errors and label != int(record["label"]):
            shown += 1
            _show_error(record["text"], [record["label"]], [label], result)
    correct = sum(p == g for p, g in zip(preds, gold, strict=True))
    out = {
        "records": len(records),
        "rules_accuracy": round(
            sum(p == g for p, g in zip(rule_preds, gold, strict=True)) / max(1, len(records)), 3
        ),
        "rules_macro_f1": macro_f1(rule_preds, gold, range(5)),
        "accuracy": round(correct / max(1, len(records)), 3),
        "macro_f1": macro_f1(preds, gold, range(5)),
        "decided_by": dict(decided),
        "confusion": [(str(g), str(p)) for g, p in zip(gold, preds, strict=True)],
        "rules_confusion": [(str(g), str(p)) for g, p in zip(gold, rule_preds, strict=True)],
    }
    if classifier is not None and classifier.meta:
        out["classifier"] = classifier.meta
    return out


def _main_event(events: list[Any]) -> Any:
    from pledgewatch.events.conventions import main_event

    return main_event(events)


def _main_root(events: list[Any]) -> str:
    main = _main_event(events)
    return main.code[:2] if main else "none"


def _show_error(text: str, gold: Any, pred: Any, result: Any) -> None:
    print(f"  ✗ {text[:200]}\n      gold {gold}\n      pred {pred}", file=sys.stderr)
    for finding in result.findings:
        e = finding.event
        print(
            f"        {e.cameo} {e.source}->{e.target} {e.modality} {finding.role}: {e.why[:160]}",
            file=sys.stderr,
        )


# -- report -------------------------------------------------------------------------------


def _prf_line(label: str, m: dict[str, Any]) -> str:
    counts = f"(tp {m['tp']}, pred {m['n_pred']}, gold {m['n_gold']})"
    line = f"  {label:24} P {m['p']:.3f}  R {m['r']:.3f}  F1 {m['f1']:.3f}  {counts}"
    if "f1_ci95" in m:
        low, high = m["f1_ci95"]
        line += f"\n  {'':24} F1 95% interval over sentences (bootstrap): {low:.3f} - {high:.3f}"
    return line


def print_report(name: str, result: dict[str, Any]) -> None:
    print(f"\n== {name} ({result['records']} records)")
    if name == "events_petr2_gsr":
        print(_prf_line("(src, tgt, root)", result["root_triples"]))
        print(_prf_line("(src, tgt, full code)", result["full_code_triples"]))
        print(
            f"  noevents records coded empty: {result['noevents_coded_empty']}"
            f"/{result['noevents_records']}"
        )
        by_category = ", ".join(f"{k} {v['f1']:.2f}" for k, v in result["by_category"].items())
        print(f"  root-triple F1 by category: {by_category}")
        print(_indent(confusion_table(result["confusion"], "  main root")))
    elif name == "events_plover_gsr":
        print(_prf_line("(src, tgt, PLOVER type)", result["triples"]))
        print(f"  gold type among the sentence's events: {result['type_found_in_sentence']:.3f}")
        print(f"  ... with a gold source country: {result['source_and_type_found']:.3f}")
        print(_indent(confusion_table(result["confusion"], "  main event's PLOVER type")))
    elif name == "events_cameo_human":
        n = result["with_consensus"]
        print(f"  root accuracy vs consensus: {result['root_accuracy']:.3f} ({n} sentences)")
        print(
            "  root among the consensus roots of any slot: "
            f"{result['root_in_any_consensus_slot']:.3f}"
        )
        print(_indent(confusion_table(result["confusion"], "  main root")))
    elif name == "events_conflibert_quad":
        rules = f"accuracy {result['rules_accuracy']:.3f}  macro F1 {result['rules_macro_f1']:.3f}"
        print(f"  rules (majority class 3 when no event): {rules}")
        final = f"accuracy {result['accuracy']:.3f}  macro F1 {result['macro_f1']:.3f}"
        print(f"  five-class {final}  (decided by {result['decided_by']})")
        meta = result.get("classifier")
        if meta:
            cv = meta.get("cross_validation", {})
            print(
                f"  note: the classifier was trained on {meta.get('trained_on')};"
                " on that split only"
                f" its {cv.get('folds')}-fold cross-validated figures are fair: accuracy"
                f" {cv.get('accuracy')}, macro F1 {cv.get('macro_f1')} (benchmarks/train_penta.py)"
            )
        print(_indent(confusion_table(result["rules_confusion"], "  penta class 0-4, rules")))
        if meta is None:
            print(_indent(confusion_table(result["confusion"], "  penta class 0-4, final")))


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--data",
        default=str(DEFAULT_EVAL_DIR),
        help="folder of events_*.jsonl (default ../shared/data/eval)",
    )
    parser.add_argument("--only", nargs="*", choices=DATASETS, help="score only these data sets")
    parser.add_argument(
        "--json",
        dest="json_path",
        help="also write the results as JSON to this file ('-' = stdout)",
    )
    parser.add_argument(
        "--errors",
        type=int,
        default=0,
        help="print up to N wrongly coded sentences per set (stderr)",
    )
    parser.add_argument(
        "--no-prefilter", action="store_true", help="parse every sentence (no trigger filter)"
    )
    parser.add_argument(
        "--no-ner", action="store_true", help="code without spaCy's entity recognizer"
    )
    parser.add_argument(
        "--no-classifier",
        action="store_true",
        help="five-class set: rules plus majority class only",
    )
    parser.add_argument(
        "--keep-roles",
        nargs="*",
        default=None,
        metavar="ROLE",
        help="also count findings of these roles (background, mentioned, ...) as events",
    )
    args = parser.parse_args(argv)

    from pledgewatch.events.conventions import SECONDARY_ROLES

    names = args.only or DATASETS
    skip = None
    if args.keep_roles is not None:
        skip = SECONDARY_ROLES - set(args.keep_roles)
    ner = False if args.no_ner else None
    runner = Runner(prefilter=not args.no_prefilter, skip_roles=skip, use_ner=ner)
    action_runner = Runner(
        prefilter=not args.no_prefilter, by_action=True, skip_roles=skip, use_ner=ner
    )
    results: dict[str, Any] = {
        "data": args.data,
        "coder_version": runner.coder.version,
        "date": dt.date.today().isoformat(),
    }
    for name in names:
        records = load_dataset(name, args.data)
        if records is None:
            results[name] = {"skipped": "not found"}
            continue
        started = time.perf_counter()
        if name == "events_petr2_gsr":
            result = eval_petr2(runner, records, args.errors)
        elif name == "events_plover_gsr":
            result = eval_plover(runner, records, args.errors)
        elif name == "events_cameo_human":
            result = eval_human(action_runner, records, args.errors)
        else:
            result = eval_conflibert(action_runner, records, args.errors, not args.no_classifier)
        result["seconds"] = round(time.perf_counter() - started, 1)
        print_report(name, result)
        results[name] = result
    if args.json_path:
        payload = json.dumps(results, indent=2, default=str)
        if args.json_path == "-":
            print(payload)
        else:
            Path(args.json_path).write_text(payload + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
