"""Distributed coding stores exactly what a single-process run stores, loading spaCy once a worker.

Twenty demo documents are ingested into separate SQLite stores; one is coded in this process,
the others on a real ``distributed.LocalCluster`` (two worker processes), through the library
through ``pledgewatch code --cluster ADDR`` and into PostgreSQL (the multi-machine set-up), and
with ``pledgewatch code --workers 2`` (a local process pool). Every table the coder writes is
compared row by row, all columns but timestamps and autoincrement ids.

Loads are counted on the workers themselves: before coding, every Dask worker wraps
``spacy.load`` with a counter (``client.run``); after many small batches each worker reports
one load, and one coder build in its per-process cache
(:func:`pledgewatch.distributed.worker.coder_builds`). Pool processes report their builds the
same way.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from pledgewatch.coding import CoderOptions, batches_of, code_documents, code_store
from pledgewatch.errors import ConfigError
from pledgewatch.store import Store, open_store, schema

ROOT = Path(__file__).resolve().parents[1]
DEMO_CORPUS = ROOT / "src" / "pledgewatch" / "data" / "demo" / "corpus"

#: Per table: the columns left out of the comparison (timestamps, autoincrement ids).
SKIPPED = {
    "events": set(),
    "sentences": set(),
    "commitments": set(),
    "flags": {"id"},
    "documents": {"ingested_at", "coded_at"},
}


def table_rows(store: Store, table: str) -> list[tuple]:
    """Rows through SQLAlchemy Core, so SQLite and PostgreSQL values compare as Python values."""
    columns = [c for c in schema.metadata.tables[table].c if c.name not in SKIPPED[table]]
    with store.reading() as connection:
        rows = [tuple(row) for row in connection.execute(select(*columns))]
    return sorted(rows, key=repr)


def assert_same_coding(got: Store, want: Store) -> None:
    for table in SKIPPED:
        assert table_rows(got, table) == table_rows(want, table), f"{table} differ"


def spread_demo_documents(folder: Path, count: int = 20) -> Path:
    """Every k-th demo document, so the sample spans the corpus's kinds and years."""
    paths = sorted(DEMO_CORPUS.glob("*.md"))
    step = max(1, len(paths) // count)
    folder.mkdir(parents=True, exist_ok=True)
    for path in paths[::step][:count]:
        (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    return folder


def new_store(path: Path | Store, corpus: Path) -> Store:
    from pledgewatch.ingest.options import IngestOptions
    from pledgewatch.ingest.pipeline import ingest_paths

    store = path if isinstance(path, Store) else open_store(f"sqlite:///{path}")
    report = ingest_paths(store, [corpus], options=IngestOptions(quiet=True))
    assert report.ingested == 20, report.summary()
    return store


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return spread_demo_documents(tmp_path_factory.mktemp("demo20"))


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory, corpus: Path) -> Store:
    """The single-process run everything else must equal."""
    store = new_store(tmp_path_factory.mktemp("ref") / "single.db", corpus)
    report = code_store(store)
    assert report.documents == 20 and not report.failed, report.failed
    assert report.events > 0, "the reference run found no events: the comparison proves nothing"
    yield store
    store.close()


def run_cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pledgewatch", "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )


# -- Dask ------------------------------------------------------------------------------------------


def install_spacy_load_counter() -> None:
    """Run on a worker: count every spacy.load call from now on."""
    import spacy

    if getattr(spacy.load, "pledgewatch_counter", None) is not None:
        return
    original = spacy.load
    counter = {"loads": 0}

    def counting_load(*args, **kwargs):
        counter["loads"] += 1
        return original(*args, **kwargs)

    counting_load.pledgewatch_counter = counter  # type: ignore[attr-defined]
    spacy.load = counting_load


def spacy_load_count() -> int:
    import spacy

    return spacy.load.pledgewatch_counter["loads"]  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def cluster_client():
    from distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


@pytest.mark.model
@pytest.mark.slow
def test_cluster_run_equals_single_process_and_loads_spacy_once_per_worker(
    tmp_path: Path, corpus: Path, reference: Store, cluster_client
) -> None:
    from pledgewatch.distributed.dask_runner import code_store_on_cluster
    from pledgewatch.distributed.worker import coder_builds

    client = cluster_client
    counters_installed = client.run(install_spacy_load_counter)
    assert len(counters_installed) == 2
    with new_store(tmp_path / "cluster.db", corpus) as store:
        # batch_size=2: ten batches, so each worker codes several and would reload if it could.
        report = code_store_on_cluster(store, client, batch_size=2, window=4)
        assert report.documents == 20 and not report.failed, report.failed
        assert_same_coding(store, reference)
        assert store.get_setting("coder_version") == reference.get_setting("coder_version")
    loads = client.run(spacy_load_count)
    builds = client.run(coder_builds)
    assert sorted(loads.values()) == [1, 1], f"spacy.load calls per worker: {loads}"
    assert sorted(count for _pid, count in builds.values()) == [1, 1], builds
    # Coding again finds nothing to do: documents coded on the cluster carry the same version.
    with open_store(f"sqlite:///{tmp_path / 'cluster.db'}") as store:
        assert code_store_on_cluster(store, client).documents == 0
    assert sorted(client.run(spacy_load_count).values()) == [1, 1]


@pytest.mark.model
@pytest.mark.slow
def test_cli_cluster_option_equals_single_process(
    tmp_path: Path, corpus: Path, reference: Store, cluster_client
) -> None:
    address = cluster_client.scheduler.address
    db = tmp_path / "cli-cluster.db"
    new_store(db, corpus).close()
    result = run_cli(db, "code", "--cluster", address)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "coded 20 document(s)" in result.stdout
    with open_store(f"sqlite:///{db}") as store:
        assert_same_coding(store, reference)


@pytest.mark.model
@pytest.mark.slow
@pytest.mark.postgres
def test_cluster_run_into_postgresql_equals_single_process_sqlite(
    corpus: Path, reference: Store, cluster_client, pg_store: Store
) -> None:
    """The multi-machine set-up: workers code, the client writes to PostgreSQL."""
    from pledgewatch.distributed.dask_runner import code_store_on_cluster

    store = new_store(pg_store, corpus)
    report = code_store_on_cluster(store, cluster_client, batch_size=4)
    assert report.documents == 20 and not report.failed, report.failed
    assert_same_coding(store, reference)


def test_unreachable_scheduler_is_a_clear_config_error() -> None:
    from pledgewatch.distributed.dask_runner import connect

    with pytest.raises(ConfigError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        connect("tcp://127.0.0.1:9", timeout="2s")


def test_cli_reports_an_unreachable_scheduler_without_a_traceback(tmp_path: Path) -> None:
    result = run_cli(tmp_path / "x.db", "code", "--cluster", "tcp://127.0.0.1:9")
    assert result.returncode == 2
    assert "cannot reach the Dask scheduler" in result.stderr
    assert "Traceback" not in result.stderr


# -- the local process pool ----------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.slow
def test_cli_workers_option_equals_single_process(
    tmp_path: Path, corpus: Path, reference: Store
) -> None:
    db = tmp_path / "pool.db"
    new_store(db, corpus).close()
    result = run_cli(db, "code", "--workers", "2")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "coded 20 document(s)" in result.stdout
    with open_store(f"sqlite:///{db}") as store:
        assert_same_coding(store, reference)


@pytest.mark.model
@pytest.mark.slow
def test_pool_processes_build_their_coder_once(tmp_path: Path, corpus: Path) -> None:
    from pledgewatch.distributed.pool import open_pool
    from pledgewatch.distributed.worker import coder_builds

    options = CoderOptions()
    with new_store(tmp_path / "p.db", corpus) as store:
        batches = list(batches_of(store.iter_documents(), 2))
    with open_pool(2, options) as pool:
        coded = [pool.submit(code_documents, batch, options) for batch in batches]
        assert sum(len(future.result()) for future in coded) == 20
        probes = {pool.submit(coder_builds).result() for _ in range(20)}
    assert 1 <= len({pid for pid, _ in probes}) <= 2, probes
    assert {count for _pid, count in probes} == {1}, f"coder builds per process: {probes}"


# -- one coder per process, also under threads ------------------------------------------------


def test_concurrent_first_calls_build_one_coder(monkeypatch: pytest.MonkeyPatch) -> None:
    """A Dask worker runs tasks on several threads: they must share one coder, built once."""
    import threading
    import time

    import pledgewatch.coding as coding

    built: list[int] = []

    class SlowCoder:
        def __init__(self, options: CoderOptions) -> None:
            time.sleep(0.2)  # long enough for every thread to miss the cache at once
            built.append(threading.get_ident())

    monkeypatch.setattr(coding, "Coder", SlowCoder)
    options = CoderOptions(actor_paths=("threads-test.yaml",))
    start = threading.Barrier(8)
    got: list[object] = []

    def first_call() -> None:
        start.wait()
        got.append(coding.shared_coder(options))

    threads = [threading.Thread(target=first_call) for _ in range(8)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(built) == 1, f"{len(built)} coders built by 8 concurrent first calls"
        assert len({id(coder) for coder in got}) == 1
    finally:
        coding.shared_coder.cache_clear()
