"""What an ingest run did: counts, and the details worth a look (failures, duplicates, skips).

The report is the library's answer; the CLI only renders it. A source can be partly ingested
(a CSV file with one bad row), so each source is first counted in its own :class:`SourceReport`,
and every failure keeps its own location (``file``, ``file:line`` or ``feed.xml: entry 3``) and
message. A source read with a caveat (a file of mixed encodings) is not a failure: its
:class:`IngestWarning` is listed apart and the source counts as ingested.

Memory stays flat however many documents a run reads: when a source is done it is folded into
the :class:`IngestReport`, which keeps counts for everything but details only for what needs
attention (failures, duplicate documents, sources that were skipped, failed or held nothing
new), and of those only the first :data:`DETAIL_LIMIT` of each kind, counting the rest. A run
over 100,000 files that all went in keeps a handful of numbers, not 100,000 records.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Literal

from pledgewatch.errors import PledgewatchError

SourceStatus = Literal["ingested", "renewed", "duplicate", "partial", "failed", "skipped", "empty"]

#: How many failures, duplicate documents and notable sources a report lists one by one.
DETAIL_LIMIT = 100


@dataclass(frozen=True, slots=True)
class Failure:
    """One thing that could not be ingested: where, why, and the error code."""

    where: str
    reason: str
    code: str

    @classmethod
    def from_error(cls, error: PledgewatchError, default_where: str) -> Failure:
        where = error.path or default_where
        message = str(error)
        prefix = f"{error.path}: " if error.path else ""
        reason = message[len(prefix) :] if prefix and message.startswith(prefix) else message
        return cls(where=where, reason=reason, code=error.code)

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


@dataclass(frozen=True, slots=True)
class IngestWarning:
    """A source that was read, but with a caveat the user should check: where, and what."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass(frozen=True, slots=True)
class Duplicate:
    """A document whose text the store already held: the source it was read from, its id."""

    where: str
    doc_id: str


@dataclass(slots=True)
class SourceReport:
    """The outcome for one file, URL or standard input (counts and its own failures)."""

    source: str
    ingested: int = 0
    duplicates: int = 0
    renewed: int = 0
    failures: list[Failure] = field(default_factory=list)
    skipped: str | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def status(self) -> SourceStatus:
        if self.skipped is not None:
            return "skipped"
        stored = self.ingested + self.duplicates + self.renewed
        if self.failures:
            return "partial" if stored else "failed"
        if self.ingested:
            return "ingested"
        if self.renewed:
            return "renewed"
        return "duplicate" if self.duplicates else "empty"


@dataclass(slots=True)
class IngestReport:
    """Totals of a run, with the first ``detail_limit`` failures, duplicates and notable sources.

    Attributes:
        ingested: documents stored for the first time.
        duplicates: documents whose text the store already held (or held twice in this run).
        renewed: documents read from a source stored before, whose text now reads differently
            (the readers' normalisation changed): the stored text was replaced and its coding
            dropped, for ``code`` to redo (see :mod:`pledgewatch.ingest.hashing`).
        source_counts: sources read, per status (``ingested``, ``partial``, ``failed`` ...).
        failures: the first failures, in the order met; ``failures_not_listed`` counts the rest.
        duplicate_documents: the first duplicates (source and stored id); the rest are counted
            in ``duplicates`` only.
        sources: the first sources whose status is not plain ``ingested`` (failed, partial,
            duplicate, empty, skipped), in the order read; ``sources_not_listed`` counts the rest.
        warnings: the first warnings about sources that were read (mixed encodings), in the
            order met; ``warnings_not_listed`` counts the rest.
    """

    detail_limit: int = DETAIL_LIMIT
    ingested: int = 0
    duplicates: int = 0
    renewed: int = 0
    source_counts: Counter[str] = field(default_factory=Counter)
    failures: list[Failure] = field(default_factory=list)
    failures_not_listed: int = 0
    duplicate_documents: list[Duplicate] = field(default_factory=list)
    sources: list[SourceReport] = field(default_factory=list)
    sources_not_listed: int = 0
    warnings: list[IngestWarning] = field(default_factory=list)
    warnings_not_listed: int = 0

    def add_document(
        self, source: SourceReport, doc_id: str, *, is_new: bool, renewed: bool = False
    ) -> None:
        """Count one written document for ``source`` and for the run."""
        if is_new:
            source.ingested += 1
            self.ingested += 1
            return
        if renewed:
            source.renewed += 1
            self.renewed += 1
            return
        source.duplicates += 1
        self.duplicates += 1
        if len(self.duplicate_documents) < self.detail_limit:
            self.duplicate_documents.append(Duplicate(source.source, doc_id))

    def add_source(self, source: SourceReport) -> None:
        """Fold a source whose documents are all written into the run's counts and details.

        Its document counts are already in the totals (:meth:`add_document`); its failures
        and, unless plainly ingested, the source itself are kept up to the limit.
        """
        status = source.status
        self.source_counts[status] += 1
        room = max(self.detail_limit - len(self.failures), 0)
        self.failures.extend(source.failures[:room])
        self.failures_not_listed += max(len(source.failures) - room, 0)
        for message in source.warnings:
            if len(self.warnings) < self.detail_limit:
                self.warnings.append(IngestWarning(source.source, message))
            else:
                self.warnings_not_listed += 1
        if status == "ingested":
            return
        if len(self.sources) < self.detail_limit:
            # A partly read file with a million bad rows keeps only its first ones.
            source.failures = source.failures[: self.detail_limit]
            self.sources.append(source)
        else:
            self.sources_not_listed += 1

    @property
    def failed(self) -> int:
        """Files, rows or entries that could not be ingested (listed or not)."""
        return len(self.failures) + self.failures_not_listed

    @property
    def sources_read(self) -> int:
        """Every source of the run: files, URLs, standard input, skipped files."""
        return sum(self.source_counts.values())

    @property
    def duplicates_not_listed(self) -> int:
        return self.duplicates - len(self.duplicate_documents)

    @property
    def skipped(self) -> list[SourceReport]:
        """The listed skipped sources (``source_counts["skipped"]`` counts them all)."""
        return [source for source in self.sources if source.skipped is not None]

    @property
    def ok(self) -> bool:
        """True when nothing failed (a run of duplicates only is fine)."""
        return not self.failed

    def summary(self) -> str:
        """``"3 new, 2 duplicates, 1 failed"`` (``"1 renewed"`` after "new" when any was)."""
        plural = "" if self.duplicates == 1 else "s"
        renewed = f"{self.renewed} renewed, " if self.renewed else ""
        return (
            f"{self.ingested} new, {renewed}{self.duplicates} duplicate{plural}, "
            f"{self.failed} failed"
        )

    def to_dict(self) -> dict[str, Any]:
        """The report as plain JSON data (``pledgewatch ingest --json``)."""
        return {
            "summary": self.summary(),
            "ingested": self.ingested,
            "duplicates": self.duplicates,
            "renewed": self.renewed,
            "failed": self.failed,
            "sources": {"read": self.sources_read, **dict(sorted(self.source_counts.items()))},
            "failures": [
                {"where": f.where, "reason": f.reason, "code": f.code} for f in self.failures
            ],
            "failures_not_listed": self.failures_not_listed,
            "duplicate_documents": [
                {"where": d.where, "doc_id": d.doc_id} for d in self.duplicate_documents
            ],
            "duplicates_not_listed": self.duplicates_not_listed,
            "notable_sources": [
                {
                    "source": s.source,
                    "status": s.status,
                    "ingested": s.ingested,
                    "duplicates": s.duplicates,
                    "renewed": s.renewed,
                    "failures_listed": len(s.failures),
                    **({"skipped": s.skipped} if s.skipped is not None else {}),
                }
                for s in self.sources
            ],
            "notable_sources_not_listed": self.sources_not_listed,
            "warnings": [{"where": w.where, "message": w.message} for w in self.warnings],
            "warnings_not_listed": self.warnings_not_listed,
            "detail_limit": self.detail_limit,
        }
