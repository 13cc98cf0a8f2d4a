"""Scale benchmark: ingest and coding time, throughput and peak memory as the corpus grows.

For each corpus size it writes a synthetic news corpus to disk (``_corpus.py``: deterministic,
one Markdown file per report, folders of 1,000), runs ``pledgewatch ingest`` into a fresh SQLite
store, then ``pledgewatch code --workers W`` for each worker count on a copy of that store, each
command in its own subprocess, and prints one table:

    stage   size   workers  seconds  docs/s  sentences/s  peak RSS (MB)

Peak RSS is measured with ``resource.getrusage(RUSAGE_CHILDREN)`` in a small wrapper process
that runs the command and nothing else, so it is the peak of the largest single process of that
command (the coordinator or one pool worker), not the sum over the pool. Streaming stages keep
it flat as the corpus grows; time should grow linearly, i.e. docs/s stays level.

Usage::

    .venv/bin/python benchmarks/bench_scale.py --sizes 1000,10000 --workers 1,2
    .venv/bin/python benchmarks/bench_scale.py --sizes 100000 --stages ingest
    .venv/bin/python benchmarks/bench_scale.py --sizes 1000 --json results.jsonl --workdir /tmp/b

Large corpora take long on a small machine: coding runs at tens of documents per second and
core. ``--code-sizes`` limits coding to some sizes while ingest runs on all.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import write_corpus  # noqa: E402

PER_FOLDER = 1000


@dataclass
class Measurement:
    """One stage of one run."""

    stage: str
    size: int
    workers: int
    seconds: float
    documents: int
    sentences: int
    events: int
    peak_rss_mb: float
    exit_code: int

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0

    @property
    def sentences_per_second(self) -> float:
        return self.sentences / self.seconds if self.seconds else 0.0


def measure_command(command: list[str]) -> tuple[float, float, int]:
    """Run ``command`` in a fresh wrapper process; (seconds, peak RSS in MB, exit code)."""
    wrapper = [sys.executable, __file__, "--measure-only", "--", *command]
    out = subprocess.run(wrapper, capture_output=True, text=True, check=False)
    if out.returncode != 0 and not out.stdout.strip():
        raise SystemExit(f"the wrapper failed: {out.stderr}")
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    return figures["seconds"], figures["peak_rss_mb"], figures["exit_code"]


def run_measured(command: list[str]) -> None:
    """The wrapper's job: run the command, print its time and the peak RSS of its processes."""
    started = time.perf_counter()
    completed = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seconds = time.perf_counter() - started
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # kilobytes on Linux
    if completed.returncode not in (0, 1):
        sys.stderr.write(completed.stderr.decode(errors="replace")[-4000:])
    print(
        json.dumps(
            {"seconds": seconds, "peak_rss_mb": peak_kb / 1024, "exit_code": completed.returncode}
        )
    )


def pledgewatch(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "pledgewatch", "--db", f"sqlite:///{db}", *args]


def count(db: Path, query: str) -> int:
    with sqlite3.connect(db) as connection:
        return int(connection.execute(query).fetchone()[0])


def copy_store(source: Path, target: Path) -> None:
    """A consistent copy of a SQLite store (WAL included) through SQLite's backup API."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)


def corpus_folders(root: Path, size: int, seed: int) -> list[Path]:
    """The folders that hold the first ``size`` documents (writing what is missing)."""
    if size % PER_FOLDER == 0:
        write_corpus(root / "shared", size, seed, per_folder=PER_FOLDER)
        return [root / "shared" / f"part-{i:04d}" for i in range(size // PER_FOLDER)]
    own = root / f"exact-{size}"
    write_corpus(own, size, seed, per_folder=PER_FOLDER)
    return [own]


def bench_ingest(workdir: Path, size: int, seed: int) -> tuple[Measurement, Path]:
    folders = corpus_folders(workdir / "corpus", size, seed)
    db = workdir / f"ingested-{size}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    seconds, rss, code = measure_command(pledgewatch(db, "ingest", "--quiet", *map(str, folders)))
    documents = count(db, "select count(*) from documents")
    return Measurement("ingest", size, 1, seconds, documents, 0, 0, rss, code), db


def bench_code(workdir: Path, ingested: Path, size: int, workers: int) -> Measurement:
    db = workdir / f"coded-{size}-w{workers}.db"
    copy_store(ingested, db)
    seconds, rss, code = measure_command(pledgewatch(db, "code", "--workers", str(workers)))
    documents = count(db, "select count(*) from documents where coded_version is not null")
    sentences = count(db, "select count(*) from sentences")
    events = count(db, "select count(*) from events")
    for suffix in ("", "-wal", "-shm"):  # a coded 100k store is large; keep the disk free
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    return Measurement("code", size, workers, seconds, documents, sentences, events, rss, code)


def table(results: list[Measurement]) -> str:
    lines = [
        "| stage | documents | workers | seconds | docs/s | sentences/s | events | peak RSS (MB) |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for m in results:
        sentences = f"{m.sentences_per_second:,.0f}" if m.stage == "code" else "—"
        events = f"{m.events:,}" if m.stage == "code" else "—"
        status = "" if m.exit_code == 0 else f" (exit {m.exit_code})"
        lines.append(
            f"| {m.stage}{status} | {m.documents:,} | {m.workers} | {m.seconds:,.1f} | "
            f"{m.docs_per_second:,.1f} | {sentences} | {events} | {m.peak_rss_mb:,.0f} |"
        )
    return "\n".join(lines)


def int_list(text: str) -> list[int]:
    return [int(part) for part in text.split(",") if part.strip()]


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--measure-only"]:
        run_measured(argv[2:] if argv[1:2] == ["--"] else argv[1:])
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int_list, default=[1000, 10000], help="corpus sizes")
    parser.add_argument("--workers", type=int_list, default=[1, 2], help="coding processes")
    parser.add_argument("--stages", default="ingest,code", help="ingest, code or both")
    parser.add_argument("--code-sizes", type=int_list, default=None, help="sizes to code")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workdir", type=Path, default=None, help="keep corpora and stores here")
    parser.add_argument("--json", type=Path, default=None, help="append results as JSON lines")
    args = parser.parse_args(argv)
    stages = {s.strip() for s in args.stages.split(",")}
    code_sizes = set(args.code_sizes if args.code_sizes is not None else args.sizes)

    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="pledgewatch-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    print(
        f"# bench_scale {time.strftime('%Y-%m-%d %H:%M')} on {platform.node()}: "
        f"{os.cpu_count()} cores, Python {platform.python_version()}, workdir {workdir}",
        flush=True,
    )
    results: list[Measurement] = []
    try:
        for size in sorted(args.sizes):
            started = time.perf_counter()
            write_corpus_only = corpus_folders(workdir / "corpus", size, args.seed)
            print(
                f"corpus of {size:,}: {len(write_corpus_only)} folder(s), "
                f"{time.perf_counter() - started:.0f} s to write",
                flush=True,
            )
            measured, ingested = bench_ingest(workdir, size, args.seed)
            if "ingest" in stages:
                results.append(measured)
                print(table([measured]).splitlines()[-1], flush=True)
            if "code" in stages and size in code_sizes:
                for workers in args.workers:
                    coded = bench_code(workdir, ingested, size, workers)
                    results.append(coded)
                    print(table([coded]).splitlines()[-1], flush=True)
            if args.json:
                with args.json.open("a", encoding="utf-8") as out:
                    for m in results:
                        if m.size == size:
                            row = asdict(m) | {
                                "docs_per_second": m.docs_per_second,
                                "sentences_per_second": m.sentences_per_second,
                            }
                            out.write(json.dumps(row) + "\n")
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    print()
    print(table(results))


if __name__ == "__main__":
    main()
