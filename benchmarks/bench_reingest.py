"""Time re-ingesting a many-row source into a store written before raw hashes (migration 0003).

    python benchmarks/bench_reingest.py [--rows 500 1000 2000 4000] [--batch-size 200]

For each size, a CSV of that many rows (one generated news-like sentence each, written here) is
read once with the current readers; each document is stored as an earlier reader would have
stored it: no raw hash, and the word "negotiations" broken as "nego- tiations" (what the readers
did before line-end hyphens were joined). Then the CSV is ingested again, timed: every row must
be recognised as the earlier reading of its stored document and renewed in place
(:mod:`pledgewatch.store.document_writes`). The script checks that no document is lost or stored
twice (as many rows as before, every one renewed, none new) and prints the seconds per size and
the microseconds per row; a linear lookup keeps the last figure flat as the rows grow.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import sys
import tempfile
import time
from pathlib import Path

from pledgewatch.ingest import IngestOptions, ingest_paths, read_path
from pledgewatch.ingest.hashing import content_hash
from pledgewatch.store import open_store

_PLACES = ("Seoul", "Tokyo", "Beijing", "Hanoi", "Manila", "Jakarta", "Canberra", "Delhi")


def _write_csv(path: Path, rows: int) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["date", "title", "text"])
        for index in range(rows):
            place = _PLACES[index % len(_PLACES)]
            other = _PLACES[(index * 3 + 1) % len(_PLACES)]
            writer.writerow(
                [
                    f"2012-{index % 12 + 1:02d}-{index % 27 + 1:02d}",
                    f"Round {index} of talks",
                    f"{place} and {other} held round {index} of trade negotiations on "
                    f"{index % 9 + 2} points and agreed to meet again.",
                ]
            )


def run(rows: int, batch_size: int) -> float:
    options = IngestOptions(quiet=True, batch_size=batch_size)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "rounds.csv"
        _write_csv(source, rows)
        current = read_path(source, options).documents
        with open_store(f"sqlite:///{tmp}/store.db") as store:
            earlier = []
            for document in current:
                text = document.text.replace("negotiations", "nego- tiations")
                earlier.append(
                    dataclasses.replace(
                        document,
                        id=content_hash(text)[:16],
                        text=text,
                        content_hash=content_hash(text),
                        raw_hash=None,
                    )
                )
            store.add_documents(earlier)
            started = time.perf_counter()
            report = ingest_paths(store, [source], options)
            seconds = time.perf_counter() - started
            stored = store.count_documents()
        if (report.renewed, report.ingested, stored) != (rows, 0, rows):
            sys.exit(
                f"{rows} rows: renewed {report.renewed}, new {report.ingested}, "
                f"stored {stored}: a document was lost or stored twice"
            )
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[500, 1000, 2000, 4000])
    parser.add_argument("--batch-size", type=int, default=200)
    args = parser.parse_args()
    print(f"{'rows':>6} {'seconds':>8} {'us/row':>8}")
    for rows in args.rows:
        seconds = run(rows, args.batch_size)
        print(f"{rows:>6} {seconds:>8.2f} {seconds / rows * 1e6:>8.0f}")


if __name__ == "__main__":
    main()
