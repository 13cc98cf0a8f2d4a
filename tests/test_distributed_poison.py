"""A document whose coding kills its worker is reported and skipped; the run stores the rest.

Seven demo documents and one "poison" document are ingested. The poison document's text holds
a marker; with ``PLEDGEWATCH_TEST_CRASH_MARKER`` set to it where the workers start, the task
that receives it ends its worker process with ``os._exit`` (the test hook in
:mod:`pledgewatch.distributed.task`), as a segfault or the OOM killer would.

On a real ``LocalCluster`` and on the local process pool (``--workers 2``) the run must go on:
every good document is written exactly once (``Store.save_coding`` is counted) with the same
rows a single-process run stores, the poison document is listed as failed with its path and the
reason, is not stored, and its failure is recorded in its meta with the coder version. A second
run (through the CLI) codes nothing: it skips the poison document without sending it to a worker
again, says so and exits with status 0. ``--retry-failed`` codes it again (in this process, where
the hook never runs, it codes) and clears the record. When documents keep failing with none
coded in between, the workers are at fault and the run stops
(:class:`~pledgewatch.distributed.task.FailureStreak`).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from pledgewatch.coding import code_store
from pledgewatch.distributed.task import CRASH_MARKER_ENV, FailureStreak, failed_coding
from pledgewatch.errors import PledgewatchError
from pledgewatch.model import Document
from pledgewatch.store import Store, open_store, schema
from pledgewatch.store.database import CODING_FAILURE_KEY

ROOT = Path(__file__).resolve().parents[1]
DEMO_CORPUS = ROOT / "src" / "pledgewatch" / "data" / "demo" / "corpus"
MARKER = "POISON-MARKER-4417"
POISON_TEXT = f"""Ministry statement

PYONGYANG, March 3 -- The ministry said on Tuesday that talks would resume next month.
{MARKER}
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("poisoned")
    for path in sorted(DEMO_CORPUS.glob("*.md"))[::20][:7]:
        (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "050-poison.md").write_text(POISON_TEXT, encoding="utf-8")
    return folder


def ingested(db: Path, corpus: Path, *, without_poison: bool = False) -> Store:
    from pledgewatch.ingest import IngestOptions, ingest_paths

    paths = [p for p in sorted(corpus.iterdir()) if not (without_poison and "poison" in p.name)]
    store = open_store(f"sqlite:///{db}")
    report = ingest_paths(store, paths, options=IngestOptions(quiet=True))
    assert report.ingested == len(paths), report.summary()
    return store


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory, corpus: Path) -> Store:
    """The good documents coded in this process (where the hook never runs)."""
    store = ingested(tmp_path_factory.mktemp("ref") / "ref.db", corpus, without_poison=True)
    report = code_store(store)
    assert report.documents == 7 and not report.failed and report.events > 0
    yield store
    store.close()


def poison_id(store: Store) -> str:
    (doc,) = [d for d in store.iter_documents() if MARKER in d.text]
    return doc.id


def count_writes(store: Store, monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    writes: Counter[str] = Counter()
    real_save = store.save_coding

    def counting_save(doc_id, *args, **kwargs):
        writes[doc_id] += 1
        return real_save(doc_id, *args, **kwargs)

    monkeypatch.setattr(store, "save_coding", counting_save)
    return writes


def coded_rows(store: Store, table: str, skipped: set[str]) -> list[tuple]:
    columns = [c for c in schema.metadata.tables[table].c if c.name not in skipped]
    with store.reading() as connection:
        return sorted((tuple(row) for row in connection.execute(select(*columns))), key=repr)


def assert_good_documents_stored_once(
    store: Store, reference: Store, writes: Counter[str], report
) -> None:
    poison = poison_id(store)
    good = {doc.id for doc in store.iter_documents()} - {poison}
    assert writes == Counter(dict.fromkeys(good, 1)), writes
    assert report.documents == 7
    ((failed_id, reason),) = report.failed
    assert failed_id == poison
    assert "050-poison.md" in reason and "on its own failed" in reason, reason
    for table, skipped in (("events", set()), ("sentences", set()), ("commitments", set())):
        assert coded_rows(store, table, skipped) == coded_rows(reference, table, skipped), table
    assert store.document(poison).id == poison  # still there, uncoded
    assert [d.id for d in store.iter_documents(not_coded_with=report.version)] == [poison]
    record = store.document(poison).meta[CODING_FAILURE_KEY]
    assert (record["version"], record["reason"]) == (report.version, reason)


def run_cli(db: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pledgewatch", "--db", str(db), "code", *args],
        capture_output=True,
        text=True,
        timeout=900,
        cwd=ROOT,
        env=env,
    )


def assert_rerun_skips_the_known_failure(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 0, result.stdout + result.stderr
    assert "coded 0 document(s)" in result.stdout and "failed" not in result.stderr
    assert "1 document skipped: it failed with this coder version" in result.stdout
    assert "Traceback" not in result.stderr


def coded_at(store: Store) -> dict[str, object]:
    table = schema.metadata.tables["documents"]
    with store.reading() as connection:
        return dict(connection.execute(select(table.c.id, table.c.coded_at)).all())


# -- Dask ------------------------------------------------------------------------------------------


@pytest.fixture()
def poisoned_cluster(monkeypatch: pytest.MonkeyPatch):
    """Two worker processes that die on the marker; the scheduler gives up after 2 deaths."""
    import dask
    from distributed import Client, LocalCluster

    monkeypatch.setenv(CRASH_MARKER_ENV, MARKER)  # inherited by every (re)started worker
    with (
        dask.config.set({"distributed.scheduler.allowed-failures": 1}),
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


@pytest.mark.model
@pytest.mark.slow
def test_cluster_run_skips_a_document_that_kills_workers(
    tmp_path: Path, corpus: Path, reference: Store, poisoned_cluster, monkeypatch
) -> None:
    from pledgewatch.distributed.dask_runner import code_store_on_cluster

    db = tmp_path / "cluster.db"
    with ingested(db, corpus) as store:
        writes = count_writes(store, monkeypatch)
        done: list[int] = []
        totals: list[int] = []
        report = code_store_on_cluster(
            store,
            poisoned_cluster,
            batch_size=4,
            window=2,
            on_progress=done.append,
            on_total=totals.append,
        )
        assert "KilledWorker" in report.failed[0][1]
        assert_good_documents_stored_once(store, reference, writes, report)
        assert totals == [8] and sum(done) == 8
        poison, before = poison_id(store), coded_at(store)

    address = poisoned_cluster.scheduler.address
    rerun = run_cli(db, "--cluster", address, env=dict(os.environ))
    assert_rerun_skips_the_known_failure(rerun)
    with open_store(f"sqlite:///{db}") as store:
        assert coded_at(store) == before
        assert store.document(poison).meta[CODING_FAILURE_KEY]["version"] == report.version


# -- the local process pool ----------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.slow
def test_pool_run_skips_a_document_that_kills_its_process(
    tmp_path: Path, corpus: Path, reference: Store, monkeypatch
) -> None:
    monkeypatch.setenv(CRASH_MARKER_ENV, MARKER)  # inherited by the spawned pool processes
    db = tmp_path / "pool.db"
    with ingested(db, corpus) as store:
        writes = count_writes(store, monkeypatch)
        done: list[int] = []
        report = code_store(store, workers=2, batch_size=3, on_progress=done.append)
        assert "worker process died" in report.failed[0][1]
        assert_good_documents_stored_once(store, reference, writes, report)
        assert sum(done) == 8
        poison, before = poison_id(store), coded_at(store)

    rerun = run_cli(db, "--workers", "2", env=dict(os.environ))
    assert_rerun_skips_the_known_failure(rerun)
    with open_store(f"sqlite:///{db}") as store:
        assert coded_at(store) == before
        # The cause "removed": coded in this process, where the crash hook never runs.
        retried = code_store(store, retry_failed=True)
        assert (retried.documents, retried.failed, retried.skipped_failed) == (1, [], 0)
        assert CODING_FAILURE_KEY not in store.document(poison).meta
        assert store.count_coding_failures() == 0


# -- when every document fails, the workers are at fault ---------------------------------------


@pytest.mark.parametrize(
    ("events", "stops_at"),
    [
        ("FFFF", None),  # four poison documents in a row: still the documents' fault
        ("FFFFF", 5),
        ("FFCFFFFCF", None),  # a coded piece in between resets the count
        ("FCFFFFF", 7),
    ],
)
def test_a_streak_of_failures_stops_the_run(events: str, stops_at: int | None) -> None:
    streak = FailureStreak(limit=5)
    doc = Document(id="d1", text="x", content_hash="h")
    stopped = None
    for n, event in enumerate(events, start=1):
        if event == "C":
            streak.coded()
            continue
        try:
            streak.failed(doc, "KilledWorker: ...")
        except PledgewatchError as exc:
            stopped = n
            assert "the workers are failing, not the documents" in str(exc)
            break
    assert stopped == stops_at


def test_a_failed_document_names_its_source_and_the_cause() -> None:
    doc = Document(id="d1", text="x", content_hash="h", source_path="news/a.md")
    result = failed_coding(doc, "KilledWorker: gone")
    assert (result.doc_id, result.sentences, result.events) == ("d1", [], [])
    assert result.error.startswith("news/a.md: coding this document on its own failed")
    assert "(KilledWorker: gone)" in result.error
