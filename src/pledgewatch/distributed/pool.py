"""Code batches of documents on a local pool of processes, one spaCy pipeline per process.

Results come back as batches finish, and the caller writes them, so a pool run stores exactly
what a single-process run stores. Each worker process builds its coder once, when it starts
(:func:`pledgewatch.coding.shared_coder` is cached per process), and keeps it for every batch.

A :class:`concurrent.futures.ProcessPoolExecutor` is used rather than ``multiprocessing.Pool``:
when a worker dies (out of memory, a crash in a parser), the executor reports a broken pool
instead of waiting forever for a result that will never come.

A broken pool fails every batch in flight, and any of them may hold the document that killed
the process. So the run opens a new pool and codes those batches in quarantine, one at a time
and alone in the pool: a batch that succeeds is written; a batch that breaks the pool again is
split into single documents, each coded alone; a single document that still breaks it is
recorded as failed (:func:`~pledgewatch.distributed.task.failed_coding`) and skipped. Then the
run goes on in parallel. A poison document costs three pool restarts, not the run, and only
once per coder version: the failure is remembered on the document and later runs skip it.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from pledgewatch.coding import CodedDocument, CoderOptions, shared_coder
from pledgewatch.distributed.task import (
    FailureStreak,
    code_batch,
    failed_coding,
    single_documents,
)
from pledgewatch.errors import PledgewatchError
from pledgewatch.model import Document

Piece = list[Document]


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


def _outcome(future: Future[list[CodedDocument]]) -> list[CodedDocument] | BaseException:
    """A finished task's results, or the exception it ended with."""
    try:
        return future.result()
    except PledgewatchError:
        raise  # the coder cannot be built (e.g. no spaCy model): no document would succeed
    except Exception as exc:  # noqa: BLE001 - BrokenProcessPool or a worker-side failure
        return exc


def _describe(exc: BaseException) -> str:
    if isinstance(exc, BrokenProcessPool):
        return "the worker process died: a crash, or the system ran out of memory"
    return f"{exc.__class__.__name__}: {exc}"


class _PoolRun:
    """One run over a stream of batches: a parallel phase and, after a failure, a quarantine."""

    def __init__(self, workers: int, options: CoderOptions) -> None:
        self.workers = workers
        self.options = options
        self.pool = open_pool(workers, options)
        self.in_flight: dict[Future[list[CodedDocument]], Piece] = {}
        #: Pieces to code alone in the pool, because a task that held them failed.
        self.quarantine: deque[Piece] = deque()
        self.streak = FailureStreak()

    def reopen(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
        self.pool = open_pool(self.workers, self.options)

    def close(self) -> None:
        for future in self.in_flight:
            future.cancel()
        self.pool.shutdown(wait=True, cancel_futures=True)

    def code_alone(self, piece: Piece) -> Iterator[tuple[Piece, list[CodedDocument]]]:
        """Code one quarantined piece with nothing else in the pool."""
        outcome = _outcome(self.pool.submit(code_batch, piece, self.options))
        if not isinstance(outcome, BaseException):
            self.streak.coded()
            yield piece, outcome
            return
        if isinstance(outcome, BrokenProcessPool):
            self.reopen()
        if len(piece) > 1:
            self.quarantine.extendleft(reversed(single_documents(piece)))
        else:
            self.streak.failed(piece[0], _describe(outcome))
            yield piece, [failed_coding(piece[0], _describe(outcome))]

    def fill(self, batches: Iterator[Piece]) -> None:
        """Submit batches until ``2 * workers`` are in flight or the stream ends."""
        while len(self.in_flight) < self.workers * 2:
            batch = next(batches, None)
            if batch is None:
                return
            self.in_flight[self.pool.submit(code_batch, batch, self.options)] = batch

    def collect(self) -> Iterator[tuple[Piece, list[CodedDocument]]]:
        """Yield what finishes first; quarantine what failed, everything in a broken pool."""
        done, _ = wait(self.in_flight, return_when=FIRST_COMPLETED)
        broken = False
        for future in done:
            piece = self.in_flight.pop(future)
            outcome = _outcome(future)
            if isinstance(outcome, BaseException):
                broken = broken or isinstance(outcome, BrokenProcessPool)
                self.quarantine.append(piece)
            else:
                self.streak.coded()
                yield piece, outcome
        if not broken:
            return
        # Every task still in flight fails with the pool; those that finished first stand.
        wait(self.in_flight)
        for future, piece in self.in_flight.items():
            outcome = _outcome(future)
            if isinstance(outcome, BaseException):
                self.quarantine.append(piece)
            else:
                self.streak.coded()
                yield piece, outcome
        self.in_flight.clear()
        self.reopen()

    def run(self, batches: Iterator[Piece]) -> Iterator[tuple[Piece, list[CodedDocument]]]:
        while True:
            if self.quarantine and not self.in_flight:
                yield from self.code_alone(self.quarantine.popleft())
                continue
            if not self.quarantine:  # while pieces wait for quarantine, only drain the pool
                self.fill(batches)
            if not self.in_flight:
                return
            yield from self.collect()


def map_batches(
    batches: Iterable[list[Document]], options: CoderOptions, *, workers: int
) -> Iterator[tuple[list[Document], list[CodedDocument]]]:
    """Yield ``(piece, results)`` as pieces finish, coding up to ``workers`` batches at once.

    Every document comes back exactly once: in a successful piece (a batch, or a single
    document after a failure), or as a failed :class:`CodedDocument` when it ended its worker
    even when coded alone. At most ``2 * workers`` batches are in flight, so memory stays flat
    on any corpus size.
    """
    run = _PoolRun(workers, options)
    try:
        yield from run.run(iter(batches))
    finally:
        run.close()
