"""What an ingest run did, per source: ingested, duplicate, failed (with the reason), skipped.

The report is the library's answer; the CLI only renders it. A source can be partly ingested
(a CSV file with one bad row), so counts are kept per source and every failure keeps its own
location (``file``, ``file:line`` or ``feed.xml: entry 3``) and message.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from pledgewatch.errors import PledgewatchError

SourceStatus = Literal["ingested", "duplicate", "partial", "failed", "skipped", "empty"]


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


@dataclass(slots=True)
class SourceReport:
    """The outcome for one file, URL or standard input."""

    source: str
    ingested: int = 0
    duplicates: int = 0
    failures: list[Failure] = field(default_factory=list)
    skipped: str | None = None
    doc_ids: list[str] = field(default_factory=list)

    @property
    def status(self) -> SourceStatus:
        if self.skipped is not None:
            return "skipped"
        stored = self.ingested + self.duplicates
        if self.failures:
            return "partial" if stored else "failed"
        if self.ingested:
            return "ingested"
        return "duplicate" if self.duplicates else "empty"


@dataclass(slots=True)
class IngestReport:
    """Every source of a run, in the order read, with totals."""

    sources: list[SourceReport] = field(default_factory=list)

    @property
    def ingested(self) -> int:
        """Documents stored for the first time."""
        return sum(source.ingested for source in self.sources)

    @property
    def duplicates(self) -> int:
        """Documents whose text the store already held (or held twice in this run)."""
        return sum(source.duplicates for source in self.sources)

    @property
    def failures(self) -> list[Failure]:
        return [failure for source in self.sources for failure in source.failures]

    @property
    def failed(self) -> int:
        """Files, rows or entries that could not be ingested."""
        return len(self.failures)

    @property
    def skipped(self) -> list[SourceReport]:
        return [source for source in self.sources if source.skipped is not None]

    @property
    def ok(self) -> bool:
        """True when nothing failed (a run of duplicates only is fine)."""
        return not self.failed

    def summary(self) -> str:
        """``"3 new, 2 duplicates, 1 failed"``."""
        plural = "" if self.duplicates == 1 else "s"
        return f"{self.ingested} new, {self.duplicates} duplicate{plural}, {self.failed} failed"
