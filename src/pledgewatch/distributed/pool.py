"""Code batches of documents on a local pool of processes, one spaCy pipeline per process.

Results come back in submission order, and the caller writes them, so a pool run stores exactly
what a single-process run stores.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator

from pledgewatch.coding import CodedDocument, CoderOptions, code_documents
from pledgewatch.model import Document


def map_batches(
    batches: Iterable[list[Document]], options: CoderOptions, *, workers: int
) -> Iterator[tuple[list[Document], list[CodedDocument]]]:
    """Yield ``(batch, results)`` pairs in order, coding up to ``workers`` batches at once."""
    # spawn, not fork: the parent may hold threads (progress bars) and an open database.
    context = multiprocessing.get_context("spawn")
    with context.Pool(processes=workers) as pool:
        pending: list[tuple[list[Document], object]] = []
        for batch in batches:
            pending.append((batch, pool.apply_async(code_documents, (batch, options))))
            if len(pending) >= workers * 2:
                done_batch, handle = pending.pop(0)
                yield done_batch, handle.get()  # type: ignore[attr-defined]
        for done_batch, handle in pending:
            yield done_batch, handle.get()  # type: ignore[attr-defined]
