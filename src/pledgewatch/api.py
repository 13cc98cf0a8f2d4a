"""The Python entry point: one object over a store, with every job as a method.

The CLI, the web app and the briefing call the same functions this class calls, so what an
analyst does in a notebook matches what the command line prints::

    import pledgewatch
    pw = pledgewatch.open("pledgewatch.db")
    pw.ingest(["reports/"])
    pw.code()
    pw.events(actor="PRK", quad=4)          # pandas DataFrame
    pw.ledger(actor="PRK", as_of="2012-03-01")
    pw.check("allied-preconditions-2011", as_of="2012-04-14")
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from pledgewatch.store import Store, frames, open_store

if TYPE_CHECKING:
    from pledgewatch.analysis.settings import Freq


def _date(value: str | dt.date | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


class Workspace:
    """A store and the operations on it; use :func:`pledgewatch.open` to get one."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- pipeline ------------------------------------------------------------------------------

    def ingest(self, paths: Sequence[str | Path], **options: Any) -> Any:
        """Read files, directories, URLs into documents; returns the ingest report."""
        from pledgewatch.ingest import IngestOptions, ingest_paths

        return ingest_paths(self.store, [str(p) for p in paths], IngestOptions(**options))

    def code(self, *, workers: int = 1, recode: bool = False, retry_failed: bool = False) -> Any:
        """Code every document not coded with the current lexicon; returns the report.

        Documents that failed with this coder version before are skipped (counted in the
        report's ``skipped_failed``) unless ``retry_failed`` or ``recode``.
        """
        from pledgewatch.coding import code_store

        return code_store(self.store, workers=workers, recode=recode, retry_failed=retry_failed)

    # -- records as DataFrames -----------------------------------------------------------------

    def documents(self, *, with_text: bool = False) -> pd.DataFrame:
        return frames.documents_frame(self.store, with_text=with_text)

    def sentences(self, doc_id: str | None = None) -> pd.DataFrame:
        return frames.sentences_frame(self.store, doc_id)

    def events(self, **filters: Any) -> pd.DataFrame:
        """Events filtered like ``pledgewatch events`` (actor, source, target, cameo, quad...)."""
        for key in ("since", "until"):
            if key in filters:
                filters[key] = _date(filters[key])
        return frames.events_frame(self.store, **filters)

    def commitments(self, *, promisor: str | None = None) -> pd.DataFrame:
        return frames.commitments_frame(self.store, promisor=promisor)

    def flags(self) -> pd.DataFrame:
        return frames.flags_frame(self.store)

    # -- ledger, checklists, trends ------------------------------------------------------------

    def ledger(
        self, *, actor: str | None = None, as_of: str | dt.date | None = None, **filters: Any
    ) -> pd.DataFrame:
        """Pledges with their status as of a date (the ledger is rebuilt first if the store
        changed since it was built)."""
        from pledgewatch.ledger import ensure_ledger, ledger_frame

        ensure_ledger(self.store)
        return ledger_frame(self.store, actor=actor, as_of=_date(as_of), **filters)

    def check(self, checklist: str | Path, *, as_of: str | dt.date) -> Any:
        """Evaluate a checklist (shipped name or YAML path) at a date."""
        from pledgewatch.checklists import evaluate_checklist, load_checklist
        from pledgewatch.ledger import ensure_ledger

        ensure_ledger(self.store)
        return evaluate_checklist(self.store, load_checklist(checklist), as_of)

    def trend(
        self, actor: str, *, against: Sequence[str] | None = None, freq: Freq = "month"
    ) -> pd.DataFrame:
        """Event series per period for an actor (and dyads), by quad class and Goldstein."""
        from pledgewatch.analysis import event_series

        return event_series(self.store, actor, against=against, freq=freq)


def open(url: str | None = None) -> Workspace:  # noqa: A001 - mirrors sqlite3.connect / open
    """Open (creating or migrating) the store at ``url`` or ``$PLEDGEWATCH_DB``."""
    return Workspace(open_store(url))
