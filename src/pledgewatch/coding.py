"""Run the coder over documents: sentences → actors → events → commitments → store.

This is the one place that chains the stages, so a single process, a multiprocessing pool and a
Dask cluster all code a document with the same function (:func:`code_document`) and write it the
same way (:meth:`Store.save_coding`), which is what makes their results identical.

A document that cannot be coded is reported and remembered: :func:`write_results` records the
failure in the document's ``meta`` (under ``CODING_FAILURE_KEY``, with the coder version), so
later runs with the same coder version skip it instead of failing on it (and, on a cluster,
killing workers) again. A new coder version, ``retry_failed`` or ``recode`` tries it again; a
successful coding clears the record.
"""

from __future__ import annotations

import datetime as dt
import functools
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypedDict

from pledgewatch.errors import ConfigError, ModelError, PledgewatchError, StoreError
from pledgewatch.events.types import DocContext
from pledgewatch.model import Document, Event, Sentence
from pledgewatch.store import Store
from pledgewatch.store.database import CODING_FAILURE_KEY

#: Packages whose source decides what the coder stores (their code is part of its version).
CODING_STAGES = ("nlp", "actors", "events", "commitments")

#: Setting key under which the store remembers which coder version coded it last.
CODER_VERSION_KEY = "coder_version"

#: Errors of the set-up, not of a document: reported, never remembered on the document, so
#: fixing the set-up (installing the spaCy model, a dictionary file) codes the document again.
SETUP_ERRORS = (ConfigError, ModelError, StoreError)

#: Longest failure reason kept in a document's meta (a reason is a line or two; this bounds
#: what an odd exception message could put in the store).
FAILURE_REASON_LIMIT = 2000


@dataclass(slots=True)
class CodedDocument:
    """What coding one document produced, ready to be written in one transaction."""

    doc_id: str
    sentences: list[Sentence]
    events: list[Event]
    flags: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None
    #: The error is the set-up's (no spaCy model, a bad dictionary), not the document's: it is
    #: reported but not remembered on the document.
    setup_error: bool = False
    #: The document carried a recorded coding failure, which writing these results clears.
    had_failure: bool = False


@dataclass(slots=True)
class CodingReport:
    """Totals of a coding run, and the documents that could not be coded (with why)."""

    documents: int = 0
    events: int = 0
    commitments: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    version: str = ""
    #: Documents left out because they failed with this coder version in an earlier run.
    skipped_failed: int = 0
    #: Ids of the failures recorded since the last document that coded: a run stopped because
    #: the workers fail (not the documents) takes these records back.
    _recent_failures: list[str] = field(default_factory=list, init=False, repr=False, compare=False)


@dataclass(frozen=True, slots=True)
class CoderOptions:
    """What a worker needs to build its own coder: plain data, so it can be sent anywhere."""

    actor_paths: tuple[str, ...] = ()
    topic_paths: tuple[str, ...] = ()


class Coder:
    """The event coder and the commitment grader, built once per process and reused."""

    def __init__(self, options: CoderOptions = CoderOptions(), nlp: Any = None) -> None:
        from pledgewatch.commitments import CommitmentGrader
        from pledgewatch.events import EventCoder

        self.options = options
        self.events = EventCoder(actor_paths=options.actor_paths, nlp=nlp)
        self.grader = CommitmentGrader(topic_paths=options.topic_paths)

    @functools.cached_property
    def version(self) -> str:
        """The event coder's version combined with the commitment lexicons and the code of
        every coding stage.

        Editing a strength cue, a topic or a rule in the coder's source changes it, so
        ``code`` recodes what it affects rather than keeping results of older rules.
        """
        import hashlib
        from pathlib import Path

        package = Path(__file__).parent
        digest = hashlib.sha256(self.events.version.encode())
        paths = sorted((package / "data" / "commitments").rglob("*"))
        for stage in CODING_STAGES:
            paths += sorted((package / stage).rglob("*.py"))
        # The lexicon tables' reader sits at the top level (the ledger reads it without spaCy).
        paths += [package / "coding.py", package / "word_classes.py"]
        paths += [Path(p) for p in self.options.topic_paths]
        for path in paths:
            if path.is_file():
                digest.update(path.name.encode())
                digest.update(path.read_bytes())
        return digest.hexdigest()[:12]

    def warm_up(self) -> Coder:
        """Load what the coder loads lazily (spaCy pipeline, actor matcher) by coding a line.

        Runners call it when a worker starts, so a missing model fails at once and the first
        batch is not slowed by the load.
        """
        self.code_text("The ministry said talks would resume.", context_for_text(None))
        return self

    def code_text(self, text: str, ctx: DocContext) -> tuple[list[Sentence], list[Event], list]:
        """Code one text: its sentences, its events (commitments graded) and its flags."""
        from pledgewatch.commitments import headline_flags

        coded = self.events.code_text(text, ctx)
        per_topic = self._graded(coded, ctx)
        flags = headline_flags(per_topic, ctx)
        # one event per action: the per-topic copies serve the headline check only (a
        # commitment keeps its further topics in ``other_topics``; the ledger reads them)
        return coded.sentences, [f.event for f in coded.findings], flags

    def _graded(self, coded: Any, ctx: DocContext) -> list:
        """Grade each finding (in place) and list one finding per topic for comparisons."""
        return self.grader.expand_all(coded.findings, ctx, coded.mentions)

    def graded_findings(self, doc: Document) -> list:
        """A document's findings with their commitments graded, one per topic."""
        ctx = context_for(doc)
        return self._graded(self.events.code_text(doc.coding_text, ctx), ctx)

    def code_document(self, doc: Document) -> CodedDocument:
        """Code a stored document; a failure is reported on the result, not raised."""
        ctx = context_for(doc)
        had_failure = CODING_FAILURE_KEY in (doc.meta or {})
        try:
            sentences, events, flags = self.code_text(doc.coding_text, ctx)
        except PledgewatchError as exc:
            return CodedDocument(
                doc.id,
                [],
                [],
                error=str(exc),
                setup_error=isinstance(exc, SETUP_ERRORS),
                had_failure=had_failure,
            )
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop a batch
            error = f"{exc.__class__.__name__}: {exc}"
            return CodedDocument(doc.id, [], [], error=error, had_failure=had_failure)
        return CodedDocument(doc.id, sentences, events, flags, had_failure=had_failure)


def context_for(doc: Document) -> DocContext:
    """The document facts the coder needs before it reads a sentence."""
    return DocContext(
        doc_id=doc.id,
        date=doc.published,
        title=doc.title,
        publisher=doc.publisher,
        kind=doc.kind,
        place=doc.place,
        headline_end=doc.headline_end,
    )


def context_for_text(date: dt.date | None, *, title: str | None = None) -> DocContext:
    """A context for text coded without a store (``pledgewatch explain``)."""
    return DocContext(
        doc_id="text",
        date=date,
        title=title,
        headline_end=len(title) if title else 0,
    )


#: Serialises the first build of a coder: a Dask worker runs tasks on several threads, and an
#: unguarded cache would let each thread that misses it load spaCy again.
_CODER_BUILD_LOCK = threading.Lock()


@functools.lru_cache(maxsize=4)
def _cached_coder(options: CoderOptions) -> Coder:
    return Coder(options)


def shared_coder(options: CoderOptions = CoderOptions()) -> Coder:
    """One coder per process and options: loading spaCy dominates start-up.

    Thread-safe: concurrent first calls build the coder once. ``shared_coder.cache_info()``
    counts the builds (misses) in this process.
    """
    with _CODER_BUILD_LOCK:
        return _cached_coder(options)


shared_coder.cache_info = _cached_coder.cache_info  # type: ignore[attr-defined]
shared_coder.cache_clear = _cached_coder.cache_clear  # type: ignore[attr-defined]


#: One batch at a time per process: a Dask worker may run several tasks on threads, and the
#: coder (spaCy pipeline, matchers) is not promised to be thread-safe. Coding holds the GIL
#: anyway, so this costs no throughput; use more worker processes to use more cores.
_CODING_LOCK = threading.Lock()


def code_documents(docs: Iterable[Document], options: CoderOptions) -> list[CodedDocument]:
    """Code a batch in this process with its shared coder (the unit of work of every runner)."""
    coder = shared_coder(options)
    with _CODING_LOCK:
        return [coder.code_document(doc) for doc in docs]


def compare_documents(
    first: Document,
    second: Document,
    *,
    labels: tuple[str, str] = ("A", "B"),
    options: CoderOptions = CoderOptions(),
) -> Any:
    """Code two accounts of one agreement and align their commitments (a ReadoutComparison)."""
    from pledgewatch.commitments import compare_readouts

    coder = shared_coder(options)
    return compare_readouts(
        coder.graded_findings(first), coder.graded_findings(second), labels, grader=coder.grader
    )


def batches_of(items: Iterator[Document], size: int) -> Iterator[list[Document]]:
    """Group a stream of documents into lists of at most ``size``."""
    batch: list[Document] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class PendingFilter(TypedDict):
    """Keyword arguments of :meth:`Store.iter_documents` that select the documents to code."""

    not_coded_with: str | None
    skip_failed_with: str | None


def failure_record(version: str, reason: str) -> dict[str, str]:
    """What a document's meta keeps of a failed coding: coder version, reason, time (UTC)."""
    return {
        "version": version,
        "reason": reason[:FAILURE_REASON_LIMIT],
        "at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }


def pending_filter(
    version: str, *, recode: bool = False, retry_failed: bool = False
) -> PendingFilter:
    """The documents a run codes, as keyword arguments of :meth:`Store.iter_documents` and
    :meth:`Store.count_documents`.

    Those not coded with ``version``, less those that failed with it before (unless
    ``retry_failed``); every document with ``recode``.
    """
    if recode:
        return {"not_coded_with": None, "skip_failed_with": None}
    return {"not_coded_with": version, "skip_failed_with": None if retry_failed else version}


def count_skipped_failures(
    store: Store, version: str, *, recode: bool = False, retry_failed: bool = False
) -> int:
    """How many documents a run leaves out because they failed with ``version`` before."""
    if recode or retry_failed:
        return 0
    return store.count_coding_failures(version=version)


def write_results(
    store: Store, results: Iterable[CodedDocument], version: str, report: CodingReport
) -> None:
    """Write each coded document in its own transaction and add it to the report.

    A failure is recorded in the document's meta (in its own transaction, other keys kept)
    unless the set-up caused it; a success clears an earlier record in the transaction that
    stores it.
    """
    for result in results:
        if result.error is not None:
            report.failed.append((result.doc_id, result.error))
            if not result.setup_error:
                store.merge_document_meta(
                    result.doc_id, {CODING_FAILURE_KEY: failure_record(version, result.error)}
                )
                report._recent_failures.append(result.doc_id)
            continue
        store.save_coding(
            result.doc_id,
            result.sentences,
            result.events,
            version=version,
            flags=result.flags,
            drop_meta_keys=(CODING_FAILURE_KEY,) if result.had_failure else (),
        )
        report._recent_failures.clear()
        report.documents += 1
        report.events += len(result.events)
        report.commitments += sum(1 for ev in result.events if ev.commitment is not None)


def write_pieces(
    store: Store,
    pieces: Iterable[tuple[list[Document], Iterable[CodedDocument]]],
    version: str,
    report: CodingReport,
    on_progress: Callable[[int], None] | None = None,
) -> None:
    """Write what a runner yields (a batch or piece of documents and their results) as it
    comes, telling ``on_progress`` how many documents are done. The one writing loop of the
    single-process, pool and cluster runners: a run stopped by an error of the workers or the
    set-up takes back the failure records written just before it."""
    try:
        for documents, results in pieces:
            write_results(store, results, version, report)
            if on_progress:
                on_progress(len(documents))
    except PledgewatchError:
        forget_recent_failures(store, report)
        raise


def forget_recent_failures(store: Store, report: CodingReport) -> None:
    """Take back the failure records written since the last document that coded.

    Runners call it when a run stops on an error of the workers or the set-up (e.g. a streak
    of failures, :class:`~pledgewatch.distributed.task.FailureStreak`): the documents that
    failed just before were most likely not at fault, so the next run tries them again.
    """
    for doc_id in report._recent_failures:
        store.merge_document_meta(doc_id, {}, remove=(CODING_FAILURE_KEY,))
    report._recent_failures.clear()


def code_store(
    store: Store,
    *,
    options: CoderOptions = CoderOptions(),
    workers: int = 1,
    batch_size: int = 16,
    recode: bool = False,
    retry_failed: bool = False,
    on_progress: Callable[[int], None] | None = None,
) -> CodingReport:
    """Code every stored document not yet coded with the current coder version.

    Documents are streamed from the store in batches and written back one transaction per
    document, so memory stays flat and an interrupted run resumes where it stopped. With
    ``workers > 1`` batches are coded by a pool of processes, each loading spaCy once.

    Documents that failed with the current coder version in an earlier run are skipped and
    counted in ``skipped_failed``; ``retry_failed`` (or ``recode``) codes them again.
    """
    coder = shared_coder(options)
    version = coder.version
    report = CodingReport(version=version)
    report.skipped_failed = count_skipped_failures(
        store, version, recode=recode, retry_failed=retry_failed
    )
    pending = store.iter_documents(
        **pending_filter(version, recode=recode, retry_failed=retry_failed)
    )
    batches = batches_of(pending, batch_size)
    if workers <= 1:
        pieces: Iterable[tuple[list[Document], Iterable[CodedDocument]]] = (
            (batch, (coder.code_document(doc) for doc in batch)) for batch in batches
        )
    else:
        from pledgewatch.distributed.pool import map_batches

        pieces = map_batches(batches, options, workers=workers)
    write_pieces(store, pieces, version, report, on_progress)
    store.set_setting(CODER_VERSION_KEY, version)
    return report
