"""Throughput of the event coder against spaCy's parse alone, on the same text in the same run.

    python benchmarks/bench_throughput.py [--docs N] [--processes 1 2] [--batch-size 64]
                                          [--no-demo] [--json FILE]

Two generated corpora of news-like text (written here, deterministic for a seed) are coded:

* ``dense``: most sentences carry an event (actor + event verb), as in a curated event feed;
* ``sparse``: about one sentence in six carries an event and the rest are background, markets,
  weather, sport and quotes (many mention a country but have no event verb), as in real news;

plus the demo corpus (``src/pledgewatch/data/demo/corpus/*.md``) when present. For each corpus
and for 1 and 2 worker processes (``multiprocessing``, each worker loads spaCy once, the load is
not timed), the script times

* ``parse``: ``nlp.pipe`` over the whole texts with the full English pipeline (tagger, parser,
  lemmatizer, NER): what a coder that parses everything pays before doing anything else;
* ``coder``: :meth:`EventCoder.code_texts` end to end (sentence split, pre-filter, parsing the
  candidate sentences, actor matching, event extraction, records);

and prints sentences per second, the coder's ratio to parse-alone, and the peak resident memory
(``resource.getrusage``: the largest process; workers via ``RUSAGE_CHILDREN``). Targets (issue 3):
ratio >= 0.8 on the dense corpus, >= 3 on the sparse one.

With one process the CPU seconds of each run are printed too ("parse cpu", "coder cpu") and
their ratio ("cpu ratio"): on a machine other jobs share, the wall-clock rates swing with the
load, CPU seconds much less.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import multiprocessing as mp
import random
import resource
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEMO_CORPUS = REPO / "src" / "pledgewatch" / "data" / "demo" / "corpus"

# -- a generator of news-like text ---------------------------------------------------------

ACTORS = (
    "North Korea", "South Korea", "the United States", "China", "Japan", "Russia", "Iran",
    "Pyongyang", "Seoul", "Washington", "Beijing", "Tokyo", "Moscow", "the United Nations",
    "the IAEA", "South Korean troops", "North Korean soldiers", "the South Korean navy",
    "Japanese officials", "Chinese diplomats", "the Security Council", "Israel", "Syria",
)  # fmt: skip
EVENT_TEMPLATES = (
    "{a} fired artillery shells toward {b} on {day}.",
    "{a} accused {b} of provoking a crisis along the border.",
    "{a} agreed on {day} to resume talks with {b}.",
    "{a} will allow inspectors from {b} to return to its nuclear sites, a spokesman said.",
    "{a} promised to send food aid to {b} before the end of the year.",
    "{a} threatened to retaliate against {b} if the drills went ahead.",
    "{a} condemned the missile launch by {b} as a grave provocation.",
    "Officials from {a} met their counterparts from {b} in Geneva on {day}.",
    "{a} seized assets belonging to {b} at the joint tourist resort.",
    "{a} sent a special envoy to {b} to discuss the nuclear issue.",
    "{a} rejected a proposal from {b} to hold military talks.",
    "{a} said it was ready to discuss a moratorium with {b} if sanctions were eased.",
    "{a} imposed new sanctions on {b} over its weapons programme.",
    "The foreign minister of {a} urged {b} to refrain from further provocations.",
    "{a} released three fishermen detained by {b} last month.",
    "{a} and {b} signed an agreement on economic cooperation on {day}.",
    "{a} deployed additional troops near the border with {b}.",
    "{a} expelled two diplomats from {b} over spying allegations.",
    "{a} praised {b} for its role in the humanitarian talks.",
    "{a} warned {b} that any attack would meet a decisive response.",
)  # fmt: skip
#: Sentences with no event: weather, markets, sport, culture, history, figures. Some name a
#: country ("{c}") without any event verb, as background sentences in real news do.
BACKGROUND_TEMPLATES = (
    "Temperatures in the capital are expected to reach 31 degrees on {day}.",
    "The benchmark stock index closed 0.{n} percent higher, led by technology and shipping shares.",
    "The economy of {c} grew by {n} percent in the second quarter from a year earlier.",
    "Exports from {c} rose for the {n}th consecutive month on strong demand for semiconductors.",
    "The film festival opened with a drama about three generations of a fishing family.",
    "Heavy rain is forecast for the southern coast through the weekend.",
    "The national football team won its qualifying match 2-1 after extra time.",
    "The border area has been fortified since the armistice that ended the fighting in 1953.",
    "The currency of {c} has lost {n} percent of its value this year.",
    "The museum's new wing houses more than 4,000 pieces of traditional pottery.",
    '"It was a long winter for everyone," one of the fishermen at the harbour remembered.',
    "Tourism from {c} has recovered to about {n}0 percent of its level before the pandemic.",
    "The central bank of {c} left its key interest rate unchanged at 3.{n} percent.",
    "Rice prices in the region have climbed for a third month because of the drought.",
    "The new subway line will open to passengers in the spring.",
    "Enrolment for foreign students reached a record this year, according to university figures.",
    "Shares of the shipbuilder fell {n} percent after a quarterly loss.",
    "The ceremony was attended by several hundred guests, including former athletes.",
    "Traffic on the coastal highway was slow for most of the day.",
    "The island has about {n},000 inhabitants, most of them farmers and fishermen.",
)  # fmt: skip
COUNTRIES = ("North Korea", "South Korea", "Japan", "China", "Russia", "Iran", "Israel", "Syria")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
HEADLINES = (
    "Tensions rise on the peninsula", "Talks resume amid uncertainty",
    "Markets steady as region watches", "Envoys meet as sanctions bite",
    "Border incident draws protests", "Aid shipments under discussion",
)  # fmt: skip


def generate_corpus(n_docs: int, event_share: float, seed: int) -> list[tuple[str, dt.date]]:
    """``n_docs`` news-like texts (headline, blank line, 2-4 paragraphs) with their dates."""
    rng = random.Random(seed)
    docs = []
    for i in range(n_docs):
        date = dt.date(2010, 1, 1) + dt.timedelta(days=rng.randrange(1500))
        paragraphs = []
        for _ in range(rng.randint(2, 4)):
            sentences = []
            for _ in range(rng.randint(2, 5)):
                a, b = rng.sample(ACTORS, 2)
                fields = {
                    "a": a,
                    "b": b,
                    "c": rng.choice(COUNTRIES),
                    "day": rng.choice(DAYS),
                    "n": rng.randint(1, 9),
                }
                template = rng.choice(
                    EVENT_TEMPLATES if rng.random() < event_share else BACKGROUND_TEMPLATES
                )
                sentence = template.format(**fields)
                sentences.append(sentence[0].upper() + sentence[1:])
            paragraphs.append(" ".join(sentences))
        text = f"{rng.choice(HEADLINES)} ({i})\n\n" + "\n\n".join(paragraphs)
        docs.append((text, date))
    return docs


def demo_corpus() -> list[tuple[str, dt.date]]:
    """The demo corpus's texts (front matter dropped, headline + body as the coder reads them)."""
    docs = []
    for path in sorted(DEMO_CORPUS.glob("*.md")):
        raw = path.read_text(encoding="utf-8")
        date = dt.date(2010, 1, 1)
        if raw.startswith("---"):
            _, front, raw = raw.split("---", 2)
            for line in front.splitlines():
                if line.startswith("date:"):
                    with contextlib.suppress(ValueError):
                        date = dt.date.fromisoformat(line.split(":", 1)[1].strip()[:10])
        docs.append((raw.strip(), date))
    return docs


# -- workers ------------------------------------------------------------------------------

_WORKER: dict[str, Any] = {}


def _init_worker(mode: str) -> None:
    if mode == "parse":
        from pledgewatch.nlp.pipeline import load_pipeline

        _WORKER["nlp"] = load_pipeline()
    else:
        from pledgewatch.events import EventCoder

        coder = EventCoder()
        coder.code_text(
            "North Korea fired artillery at South Korea.", _context(0, dt.date(2010, 1, 1))
        )
        _WORKER["coder"] = coder


def _context(i: int, date: dt.date) -> Any:
    from pledgewatch.events.types import DocContext

    return DocContext(doc_id=f"bench{i}", date=date)


def _run_chunk(args: tuple[str, list[tuple[int, str, dt.date]], int]) -> tuple[int, int]:
    mode, chunk, batch_size = args
    if mode == "parse":
        docs = list(_WORKER["nlp"].pipe([text for _, text, _ in chunk], batch_size=batch_size))
        return len(docs), 0
    coded = list(
        _WORKER["coder"].code_texts(
            ((text, _context(i, d)) for i, text, d in chunk), batch_size=batch_size
        )
    )
    return len(coded), sum(len(c.findings) for c in coded)


def _ready(_: int) -> bool:
    return True


def timed_run(
    mode: str, docs: list[tuple[str, dt.date]], processes: int, batch_size: int
) -> dict[str, Any]:
    items = [(i, text, date) for i, (text, date) in enumerate(docs)]
    cpu = None
    if processes <= 1:
        _init_worker(mode)
        started, cpu_started = time.perf_counter(), time.process_time()
        n_docs, n_events = _run_chunk((mode, items, batch_size))
        seconds = time.perf_counter() - started
        cpu = time.process_time() - cpu_started
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    else:
        size = max(1, len(items) // (processes * 4))
        chunks = [(mode, items[k : k + size], batch_size) for k in range(0, len(items), size)]
        context = mp.get_context("spawn")
        with context.Pool(processes, initializer=_init_worker, initargs=(mode,)) as pool:
            pool.map(_ready, range(processes * 4))  # wait until every worker has loaded
            started = time.perf_counter()
            results = pool.map(_run_chunk, chunks)
            seconds = time.perf_counter() - started
        n_docs = sum(r[0] for r in results)
        n_events = sum(r[1] for r in results)
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {
        "docs": n_docs,
        "events": n_events,
        "seconds": seconds,
        "cpu_seconds": cpu,  # one process only: the workers' CPU is not summed
        "peak_mb": round(peak / 1024, 1),
    }


def count_sentences(docs: list[tuple[str, dt.date]]) -> int:
    from pledgewatch.nlp.pipeline import SentenceSplitter, load_pipeline

    splitter = SentenceSplitter(load_pipeline())
    return sum(len(splitter.split(text).char_spans) for text, _ in docs)


def _measure(mode: str, docs: list, processes: int, batch_size: int, queue: Any) -> None:
    queue.put(timed_run(mode, docs, processes, batch_size))


def isolated(mode: str, docs: list, processes: int, batch_size: int) -> dict[str, Any]:
    """Run one measurement in a fresh process, so peak memory belongs to that run alone."""
    context = mp.get_context("spawn")
    queue = context.Queue()
    proc = context.Process(target=_measure, args=(mode, docs, processes, batch_size, queue))
    proc.start()
    result = queue.get()
    proc.join()
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--docs", type=int, default=300, help="documents per generated corpus (default 300)"
    )
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-demo", action="store_true", help="leave out the demo corpus")
    parser.add_argument(
        "--json", dest="json_path", help="also write the results as JSON to this file"
    )
    args = parser.parse_args(argv)

    corpora = {
        "dense": generate_corpus(args.docs, event_share=0.85, seed=args.seed),
        "sparse": generate_corpus(args.docs, event_share=0.15, seed=args.seed + 1),
    }
    if not args.no_demo and DEMO_CORPUS.is_dir():
        demo = demo_corpus()
        if demo:
            corpora["demo"] = demo * max(1, 200 // len(demo))  # repeated: enough text to time
    rows = []
    for name, docs in corpora.items():
        sentences = count_sentences(docs)
        for processes in args.processes:
            parse = isolated("parse", docs, processes, args.batch_size)
            coder = isolated("coder", docs, processes, args.batch_size)
            parse_rate = sentences / parse["seconds"]
            coder_rate = sentences / coder["seconds"]
            cpu = parse["cpu_seconds"] is not None and coder["cpu_seconds"] is not None
            rows.append(
                {
                    "corpus": name,
                    "docs": len(docs),
                    "sentences": sentences,
                    "processes": processes,
                    "parse_sent_per_s": round(parse_rate, 1),
                    "coder_sent_per_s": round(coder_rate, 1),
                    "ratio": round(coder_rate / parse_rate, 2),
                    "parse_cpu_s": round(parse["cpu_seconds"], 2) if cpu else "-",
                    "coder_cpu_s": round(coder["cpu_seconds"], 2) if cpu else "-",
                    "cpu_ratio": (
                        round(parse["cpu_seconds"] / coder["cpu_seconds"], 2) if cpu else "-"
                    ),
                    "events": coder["events"],
                    "parse_peak_mb": parse["peak_mb"],
                    "coder_peak_mb": coder["peak_mb"],
                }
            )
            print(f"  measured {name} x{processes}", file=sys.stderr)
    columns = (
        ("corpus", "corpus", "<8"),
        ("docs", "docs", ">5"),
        ("sentences", "sents", ">6"),
        ("processes", "proc", ">4"),
        ("parse_sent_per_s", "parse s/s", ">10"),
        ("coder_sent_per_s", "coder s/s", ">10"),
        ("ratio", "ratio", ">6"),
        ("parse_cpu_s", "parse cpu", ">10"),
        ("coder_cpu_s", "coder cpu", ">10"),
        ("cpu_ratio", "cpu ratio", ">10"),
        ("events", "events", ">7"),
        ("parse_peak_mb", "parse MB", ">9"),
        ("coder_peak_mb", "coder MB", ">9"),
    )
    header = " ".join(f"{title:{fmt}}" for _, title, fmt in columns)
    print(header)
    print("-" * len(header))
    for r in rows:
        print(" ".join(f"{r[key]:{fmt}}" for key, _, fmt in columns))
    if args.json_path:
        Path(args.json_path).write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
