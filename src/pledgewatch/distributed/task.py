"""The task a pool process or Dask worker runs for one batch, and what a lost batch becomes.

:func:`code_batch` is what the runners submit: :func:`pledgewatch.coding.code_documents`, the
unit of work every runner shares, behind one test-only check. When the environment variable
named by :data:`CRASH_MARKER_ENV` is set and a document's text contains its value, the process
ends at once with :func:`os._exit`, the way a segmentation fault or the kernel's out-of-memory
killer ends it; the tests use it to plant a "poison" document
(``tests/test_distributed_poison.py``). The variable is read in the worker process, so it must be
set where the workers start. Unset, as in every real run, the check costs one environment
look-up per batch and changes nothing.

:func:`failed_coding` is the record a runner writes for a document that ended its worker even
when coded alone: a :class:`~pledgewatch.coding.CodedDocument` with an error, which the coding
report lists like any other document that could not be coded, and that is remembered on the
document (:func:`pledgewatch.coding.write_results`) so the next run with the same coder version
skips it. :class:`FailureStreak` stops a run whose workers fail on every document, where the
cause is the workers, not the documents (the runner then takes back the records of the streak's
documents, :func:`pledgewatch.coding.forget_recent_failures`).
"""

from __future__ import annotations

import os

from pledgewatch.coding import CodedDocument, CoderOptions, code_documents
from pledgewatch.errors import PledgewatchError
from pledgewatch.model import Document

#: Test-only: a worker process exits when it is given a document whose text contains this value.
CRASH_MARKER_ENV = "PLEDGEWATCH_TEST_CRASH_MARKER"

#: The exit status of a process ended by the test hook (EX_SOFTWARE).
CRASH_EXIT_STATUS = 70


def code_batch(batch: list[Document], options: CoderOptions) -> list[CodedDocument]:
    """Code ``batch`` in this process (the task the pool and the cluster run)."""
    marker = os.environ.get(CRASH_MARKER_ENV)
    if marker and any(marker in doc.text for doc in batch):
        os._exit(CRASH_EXIT_STATUS)
    return code_documents(batch, options)


def failed_coding(doc: Document, cause: str) -> CodedDocument:
    """The result for a document whose task failed although it was coded on its own."""
    where = doc.source_path or doc.url or doc.title or "no source path"
    return CodedDocument(
        doc.id,
        [],
        [],
        error=(
            f"{where}: coding this document on its own failed in the worker ({cause}); it was "
            "skipped and the other documents were stored. Later runs skip it while the coder "
            "version stays the same; look at its text (size, odd characters) and the worker's "
            "log for the cause, then run `pledgewatch code --retry-failed`."
        ),
    )


def single_documents(batch: list[Document]) -> list[list[Document]]:
    """A failed batch split into batches of one, to be retried one at a time."""
    return [[doc] for doc in batch]


#: Documents failing on their own in a row, none coded in between, after which a run stops.
FAILURES_IN_A_ROW_LIMIT = 5


class FailureStreak:
    """Counts documents that failed on their own since the last piece that coded.

    One poison document is the document's fault; workers that die on every document (too
    little memory for spaCy, a broken installation) are not, and retrying the corpus one
    document at a time would only turn a clear error into a long, slow list of failures.
    """

    def __init__(self, limit: int = FAILURES_IN_A_ROW_LIMIT) -> None:
        self.limit = limit
        self.count = 0

    def coded(self) -> None:
        self.count = 0

    def failed(self, doc: Document, cause: str) -> None:
        """Count a failed document; raise :class:`PledgewatchError` at the limit."""
        self.count += 1
        if self.count >= self.limit:
            raise PledgewatchError(
                f"{self.count} documents in a row failed on their own in the workers and none "
                f"was coded in between (the last, {doc.id}: {cause}): the workers are failing, "
                "not the documents. Check the workers' memory and logs (fewer --workers, a "
                "higher `dask worker --memory-limit`); documents coded so far are stored."
            )
