"""Run the coder over documents: sentences → actors → events → commitments → store.

This is the one place that chains the stages, so a single process, a multiprocessing pool and a
Dask cluster all code a document with the same function (:func:`code_document`) and write it the
same way (:meth:`Store.save_coding`), which is what makes their results identical.
"""

from __future__ import annotations

import datetime as dt
import functools
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from pledgewatch.errors import PledgewatchError
from pledgewatch.events.types import DocContext
from pledgewatch.model import Document, Event, Sentence
from pledgewatch.store import Store

#: Packages whose source decides what the coder stores (their code is part of its version).
CODING_STAGES = ("nlp", "actors", "events", "commitments")

#: Setting key under which the store remembers which coder version coded it last.
CODER_VERSION_KEY = "coder_version"


@dataclass(slots=True)
class CodedDocument:
    """What coding one document produced, ready to be written in one transaction."""

    doc_id: str
    sentences: list[Sentence]
    events: list[Event]
    flags: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None


@dataclass(slots=True)
class CodingReport:
    """Totals of a coding run, and the documents that could not be coded (with why)."""

    documents: int = 0
    events: int = 0
    commitments: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    version: str = ""


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
        paths += [package / "coding.py", *(Path(p) for p in self.options.topic_paths)]
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
        findings = self._graded(coded, ctx)
        flags = headline_flags(findings, ctx)
        return coded.sentences, [f.event for f in findings], flags

    def _graded(self, coded: Any, ctx: DocContext) -> list:
        """Grade each finding and split a commitment naming several topics into one per topic."""
        return self.grader.expand_all(coded.findings, ctx, coded.mentions)

    def graded_findings(self, doc: Document) -> list:
        """A document's findings with their commitments graded, one per topic."""
        ctx = context_for(doc)
        return self._graded(self.events.code_text(doc.coding_text, ctx), ctx)

    def code_document(self, doc: Document) -> CodedDocument:
        """Code a stored document; a failure is reported on the result, not raised."""
        ctx = context_for(doc)
        try:
            sentences, events, flags = self.code_text(doc.coding_text, ctx)
        except PledgewatchError as exc:
            return CodedDocument(doc.id, [], [], error=str(exc))
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop a batch
            return CodedDocument(doc.id, [], [], error=f"{exc.__class__.__name__}: {exc}")
        return CodedDocument(doc.id, sentences, events, flags)


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


def write_results(
    store: Store, results: Iterable[CodedDocument], version: str, report: CodingReport
) -> None:
    """Write each coded document in its own transaction and add it to the report."""
    for result in results:
        if result.error is not None:
            report.failed.append((result.doc_id, result.error))
            continue
        store.save_coding(
            result.doc_id, result.sentences, result.events, version=version, flags=result.flags
        )
        report.documents += 1
        report.events += len(result.events)
        report.commitments += sum(1 for ev in result.events if ev.commitment is not None)


def code_store(
    store: Store,
    *,
    options: CoderOptions = CoderOptions(),
    workers: int = 1,
    batch_size: int = 16,
    recode: bool = False,
    on_progress: Callable[[int], None] | None = None,
) -> CodingReport:
    """Code every stored document not yet coded with the current coder version.

    Documents are streamed from the store in batches and written back one transaction per
    document, so memory stays flat and an interrupted run resumes where it stopped. With
    ``workers > 1`` batches are coded by a pool of processes, each loading spaCy once.
    """
    coder = shared_coder(options)
    version = coder.version
    report = CodingReport(version=version)
    pending = store.iter_documents(not_coded_with=None if recode else version)
    batches = batches_of(pending, batch_size)
    if workers <= 1:
        for batch in batches:
            write_results(store, (coder.code_document(doc) for doc in batch), version, report)
            if on_progress:
                on_progress(len(batch))
    else:
        from pledgewatch.distributed.pool import map_batches

        for batch, results in map_batches(batches, options, workers=workers):
            write_results(store, results, version, report)
            if on_progress:
                on_progress(len(batch))
    store.set_setting(CODER_VERSION_KEY, version)
    return report
