"""Code batches of documents on a local pool of processes, one spaCy pipeline per process.

Results come back in submission order, and the caller writes them, so a pool run stores exactly
what a single-process run stores. Each worker process builds its coder once, when it starts
(:func:`pledgewatch.coding.shared_coder` is cached per process), and keeps it for every batch.

A :class:`concurrent.futures.ProcessPoolExecutor` is used rather than ``multiprocessing.Pool``:
when a worker dies (out of memory, killed), the executor reports a broken pool instead of
waiting forever for a result that will never come.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from pledgewatch.coding import CodedDocument, CoderOptions, code_documents, shared_coder
from pledgewatch.errors import PledgewatchError
from pledgewatch.model import Document


def warm_up_coder(options: CoderOptions) -> None:
    """Build this process's coder and load spaCy before the first batch (pool initializer).

    A failure is left for the batches to meet: each document then fails with the same clear
    message (e.g. a missing spaCy model) as in a single-process run. Raising here instead
    would only break the pool with a message that hides the cause.
    """
    try:
        shared_coder(options).warm_up()
    except Exception:  # noqa: BLE001 - reported per document by code_documents
        return


def open_pool(workers: int, options: CoderOptions) -> ProcessPoolExecutor:
    """A pool of ``workers`` spawned processes, each with its coder loaded."""
    # spawn, not fork: the parent may hold threads (progress bars) and an open database.
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=warm_up_coder,
        initargs=(options,),
    )


def _result(batch: list[Document], future: Future[list[CodedDocument]]) -> list[CodedDocument]:
    try:
        return future.result()
    except BrokenProcessPool as exc:
        first, last = batch[0].id, batch[-1].id
        raise PledgewatchError(
            f"a coding worker process died while coding documents {first}..{last} "
            f"({exc}); it may have run out of memory or failed to load the spaCy pipeline. "
            "Documents coded so far are stored: run `pledgewatch code` again to go on, "
            "with fewer --workers if memory is short."
        ) from exc


def map_batches(
    batches: Iterable[list[Document]], options: CoderOptions, *, workers: int
) -> Iterator[tuple[list[Document], list[CodedDocument]]]:
    """Yield ``(batch, results)`` pairs in order, coding up to ``workers`` batches at once.

    At most ``2 * workers`` batches are in flight, so memory stays flat on any corpus size.
    """
    with open_pool(workers, options) as pool:
        pending: list[tuple[list[Document], Future[list[CodedDocument]]]] = []
        try:
            for batch in batches:
                pending.append((batch, pool.submit(code_documents, batch, options)))
                if len(pending) >= workers * 2:
                    done_batch, future = pending.pop(0)
                    yield done_batch, _result(done_batch, future)
            for done_batch, future in pending:
                yield done_batch, _result(done_batch, future)
        finally:
            for _, future in pending:
                future.cancel()
