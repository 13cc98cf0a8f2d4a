"""Code a store's documents on an existing Dask cluster (``pledgewatch code --cluster ADDR``).

The unit of work is the same :func:`pledgewatch.coding.code_documents` a local run uses: each
worker process builds its coder once (cached per process) and codes batches; the client writes
every result to the store in its own transaction. Only a bounded window of batches is in flight,
so memory stays flat however large the corpus is.
"""

from __future__ import annotations

from collections.abc import Callable

from pledgewatch.coding import (
    CODER_VERSION_KEY,
    CoderOptions,
    CodingReport,
    batches_of,
    code_documents,
    shared_coder,
    write_results,
)
from pledgewatch.errors import ConfigError
from pledgewatch.store import Store


def connect(address: str):  # type: ignore[no-untyped-def]
    """A Dask client for ``address``; a clear error when the scheduler cannot be reached."""
    from distributed import Client

    try:
        return Client(address, timeout="15s")
    except (OSError, TimeoutError) as exc:
        raise ConfigError(
            f"cannot reach the Dask scheduler at {address}: {exc}. Start one with "
            "`dask scheduler` and workers with `dask worker ADDRESS`, or use --workers N."
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
    """Code every document not coded with the current version on the cluster at ``address``.

    ``address`` is a scheduler address or an existing ``distributed.Client``.
    """
    from distributed import Client, wait

    client = address if isinstance(address, Client) else connect(str(address))
    version = shared_coder(options).version
    report = CodingReport(version=version)
    pending = store.iter_documents(not_coded_with=None if recode else version)
    in_flight: list = []
    try:
        for batch in batches_of(pending, batch_size):
            in_flight.append(client.submit(code_documents, batch, options, pure=False))
            if len(in_flight) >= window:
                done = in_flight.pop(0)
                results = done.result()
                write_results(store, results, version, report)
                if on_progress:
                    on_progress(len(results))
        wait(in_flight)
        for future in in_flight:
            results = future.result()
            write_results(store, results, version, report)
            if on_progress:
                on_progress(len(results))
    finally:
        if not isinstance(address, Client):
            client.close()
    store.set_setting(CODER_VERSION_KEY, version)
    return report
