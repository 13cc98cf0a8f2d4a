"""Crash safety: ``ingest`` and ``code`` killed with SIGKILL at random points lose nothing.

Each test runs the real command line in a subprocess, kills it (SIGKILL to its process group,
so no cleanup code runs, pool workers included) at a seeded random point (after a random delay
for ingest; once a random number of documents is coded, plus a random fraction of a second, for
code), several rounds, then runs it again to completion and compares
the store with a clean, uninterrupted run: every document and event stored exactly once, no
duplicate content hashes or event ids, and each document's events equal to the clean run's.
The last test checks that the dashboard's JSON API keeps answering while ``code`` writes to the
same SQLite file (WAL mode lets readers and one writer work at once).
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parents[1]
DEMO_CORPUS = ROOT / "src" / "pledgewatch" / "data" / "demo" / "corpus"
PLEDGEWATCH = [sys.executable, "-m", "pledgewatch"]

#: Columns compared between runs: everything except timestamps (coded_at, ingested_at).
EVENT_COLUMNS = (
    "id, doc_id, sentence_id, date, date_precision, source, target, source_text, target_text, "
    "cameo, root, plover, plover_mode, quad, penta, goldstein, modality, action_text, evidence, "
    "evidence_start, evidence_end, why, origin"
)


def synthetic_corpus(directory: Path, count: int) -> Path:
    """``count`` synthetic reports from the benchmarks' generator (deterministic)."""
    spec = importlib.util.spec_from_file_location("_corpus", ROOT / "benchmarks" / "_corpus.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("_corpus", module)
    spec.loader.exec_module(module)
    return module.write_corpus(directory, count, seed=11)


def run(db: Path, *args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*PLEDGEWATCH, "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
    )


def run_and_kill_after(
    db: Path,
    args: list[str],
    coded: int,
    delay: float,
    progress: Callable[[Path], int] | None = None,
) -> None:
    """Start the command; SIGKILL its process group ``delay`` s after ``progress(db)`` (by
    default the documents coded) reaches ``coded``: a kill tied to progress, not to the clock,
    lands mid-run on a fast machine and a loaded one alike."""
    count = progress or coded_count
    process = subprocess.Popen(
        [*PLEDGEWATCH, "--db", str(db), *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=ROOT,
        start_new_session=True,
    )
    deadline = time.monotonic() + 300
    try:
        while count(db) < coded:
            assert process.poll() is None, "the run ended before it could be killed"
            assert time.monotonic() < deadline, "the run made no progress in 300 s"
            time.sleep(0.05)
        time.sleep(delay)
    finally:
        with contextlib.suppress(ProcessLookupError):  # it may have finished in the delay
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def rows(db: Path, query: str) -> list[tuple]:
    engine = create_engine(f"sqlite:///{db}")
    try:
        with engine.connect() as connection:
            return [tuple(row) for row in connection.execute(text(query))]
    finally:
        engine.dispose()


def assert_documents_stored_once(db: Path, clean: Path) -> None:
    docs = rows(db, "select id, content_hash, title, text, published from documents order by id")
    expected = rows(
        clean, "select id, content_hash, title, text, published from documents order by id"
    )
    hashes = Counter(doc[1] for doc in docs)
    assert not [h for h, n in hashes.items() if n > 1], "duplicate content hashes"
    assert len({doc[0] for doc in docs}) == len(docs), "duplicate document ids"
    assert len(docs) == len(expected), f"{len(docs)} documents, clean run has {len(expected)}"
    assert docs == expected


def coded_count(db: Path) -> int:
    """Documents stored as coded; read with sqlite3 directly, cheap enough to poll."""
    with contextlib.closing(sqlite3.connect(db, timeout=30)) as connection:
        query = "select count(*) from documents where coded_version is not null"
        return connection.execute(query).fetchone()[0]


def stored_count(db: Path) -> int:
    """Documents stored, 0 before the store exists (an ingest run creates it)."""
    if not db.exists():
        return 0
    try:
        with contextlib.closing(sqlite3.connect(db, timeout=30)) as connection:
            return connection.execute("select count(*) from documents").fetchone()[0]
    except sqlite3.OperationalError:  # the schema is not there yet
        return 0


def events_by_document(db: Path) -> dict[str, list[tuple]]:
    grouped: dict[str, list[tuple]] = {}
    for row in rows(db, f"select {EVENT_COLUMNS} from events order by doc_id, id"):
        grouped.setdefault(row[1], []).append(row)
    return grouped


def assert_coding_stored_once(db: Path, clean: Path) -> None:
    ids = [row[0] for row in rows(db, "select id from events")]
    assert len(ids) == len(set(ids)), "duplicate event ids"
    uncoded = rows(db, "select id from documents where coded_version is null")
    assert not uncoded, f"{len(uncoded)} documents left uncoded"
    for table in ("sentences", "events", "commitments", "flags"):
        count = rows(db, f"select count(*) from {table}")[0][0]
        expected = rows(clean, f"select count(*) from {table}")[0][0]
        assert count == expected, f"{table}: {count} rows, clean run has {expected}"
    got, want = events_by_document(db), events_by_document(clean)
    assert got.keys() == want.keys()
    for doc_id, events in want.items():
        assert got[doc_id] == events, f"document {doc_id}: events differ from the clean run"
    sentences = "select id, doc_id, idx, text, start_char, end_char from sentences order by id"
    assert rows(db, sentences) == rows(clean, sentences)
    commitments = (
        "select event_id, kind, strength, promisor, topic, data from commitments order by event_id"
    )
    assert rows(db, commitments) == rows(clean, commitments)


# -- ingest -------------------------------------------------------------------------------------


@pytest.mark.slow
def test_ingest_killed_at_random_points_stores_every_document_once(tmp_path: Path) -> None:
    corpus = synthetic_corpus(tmp_path / "corpus", 3000)
    clean = tmp_path / "clean.db"
    assert run(clean, "ingest", "--quiet", str(corpus)).returncode == 0
    killed_db = tmp_path / "killed.db"
    rng = random.Random(20261129)
    stored_after_kill = []
    for _ in range(3):
        done = stored_count(killed_db)
        if done >= 2700:
            break
        # kill once a random number more documents are stored, plus up to 0.2 s: mid-batch,
        # often mid-write, however fast or loaded the machine is
        target = done + rng.randint(1, 2700 - done)  # written in batches of 200: not the last
        args = ["ingest", "--quiet", str(corpus)]
        run_and_kill_after(killed_db, args, target, rng.uniform(0, 0.2), progress=stored_count)
        stored_after_kill.append(stored_count(killed_db))
    assert any(0 < n < 3000 for n in stored_after_kill), (
        f"no kill landed mid-run (stored after each kill: {stored_after_kill})"
    )
    final = run(killed_db, "ingest", "--quiet", str(corpus))
    assert final.returncode == 0, final.stderr
    assert_documents_stored_once(killed_db, clean)
    again = run(killed_db, "ingest", "--quiet", str(corpus))
    assert "0 new" in again.stdout, "a complete store took new documents on a second run"


# -- code ---------------------------------------------------------------------------------------


def demo_store(db: Path, sources: Path) -> None:
    result = run(db, "ingest", "--quiet", str(sources))
    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="module")
def demo_subset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """60 demo documents: enough for coding to take several seconds."""
    folder = tmp_path_factory.mktemp("demo60")
    for path in sorted(DEMO_CORPUS.glob("*.md"))[:60]:
        (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def clean_coded(tmp_path_factory: pytest.TempPathFactory, demo_subset: Path) -> Path:
    db = tmp_path_factory.mktemp("clean") / "clean.db"
    demo_store(db, demo_subset)
    result = run(db, "code")
    assert result.returncode == 0, result.stdout + result.stderr
    return db


@pytest.mark.model
@pytest.mark.slow
@pytest.mark.parametrize("workers", ["1", "2"])
def test_code_killed_at_random_points_stores_every_event_once(
    tmp_path: Path, demo_subset: Path, clean_coded: Path, workers: str
) -> None:
    db = tmp_path / "killed.db"
    demo_store(db, demo_subset)
    rng = random.Random(7 + int(workers))
    coded_after_kill = []
    for _ in range(3):
        done = coded_count(db)
        if done >= 58:
            break
        # Kill once the run has stored a random number more documents, plus up to 0.3 s: a
        # point in the middle of a batch, often in the middle of a write.
        target = done + rng.randint(1, 58 - done)
        run_and_kill_after(db, ["code", "--workers", workers], target, rng.uniform(0, 0.3))
        coded_after_kill.append(coded_count(db))
    assert any(0 < n < 60 for n in coded_after_kill), (
        f"no kill landed mid-run (coded after each kill: {coded_after_kill})"
    )
    partial = coded_count(db)
    final = run(db, "code", "--workers", workers)
    assert final.returncode == 0, final.stdout + final.stderr
    assert_coding_stored_once(db, clean_coded)
    assert f"coded {60 - partial} document(s)" in final.stdout, (
        "the final run did not resume where the killed runs stopped: " + final.stdout
    )


# -- the dashboard keeps serving while coding writes -----------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_http(url: str, timeout: float = 60) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=2).status_code < 500:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    pytest.fail(f"the web app did not answer at {url} within {timeout} s")


@pytest.mark.model
@pytest.mark.slow
def test_dashboard_serves_while_code_writes(tmp_path: Path, demo_subset: Path) -> None:
    if importlib.util.find_spec("pledgewatch.web.app") is None:
        pytest.skip("the web app (pledgewatch.web.app) is not there yet")
    import httpx

    db = tmp_path / "live.db"
    demo_store(db, demo_subset)
    port = free_port()
    server = subprocess.Popen(
        [*PLEDGEWATCH, "--db", str(db), "serve", "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        start_new_session=True,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for_http(f"{base}/api/health")
        coder = subprocess.Popen(
            [*PLEDGEWATCH, "--db", str(db), "code"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        statuses: Counter[int] = Counter()
        seen_events: set[int] = set()
        slowest = 0.0
        with httpx.Client(base_url=base, timeout=10) as client:
            while coder.poll() is None:
                started = time.monotonic()
                # /api/health counts the events table; /api/actors aggregates over it.
                response = client.get("/api/health")
                actors = client.get("/api/actors")
                slowest = max(slowest, time.monotonic() - started)
                statuses[response.status_code] += 1
                statuses[actors.status_code] += 1
                if response.status_code == 200:
                    seen_events.add(response.json()["counts"]["events"])
                time.sleep(0.05)
            final = client.get("/api/health")
        out, err = coder.communicate()
        assert coder.returncode == 0, out + err
        assert final.status_code == 200
        assert final.json()["counts"]["events"] > 0
        assert set(statuses) == {200}, f"non-200 answers while coding: {dict(statuses)}"
        assert sum(statuses.values()) >= 20, "too few requests landed during coding"
        assert len(seen_events) >= 2, "the API never saw the events grow while coding wrote"
        assert slowest < 5.0, f"two requests waited {slowest:.1f} s for the writer"
    finally:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait()
