"""What every view shares: the store, actor names, and turning rows into linked records.

A :class:`ViewContext` is built once per app (or per briefing) around an open store. The page
builders in ``overview``, ``ledger_view``, ``checklist_view`` and ``document_view`` take it, so
the dashboard's pages, its JSON API and the briefing all show the same records the same way.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar, cast
from urllib.parse import quote, urlencode

from pledgewatch.errors import InputError
from pledgewatch.store import Store
from pledgewatch.web import queries
from pledgewatch.web.change_counter import change_counter_for
from pledgewatch.web.models import QUAD_LABELS, EventOut, EvidenceRef
from pledgewatch.web.stages import ActorNames

T = TypeVar("T")


def iso(value: Any) -> str | None:
    """An ISO date string from a date, datetime or date-like string (None stays None)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if hasattr(value, "date") and callable(value.date):  # pandas Timestamp
        return value.date().isoformat()
    text = str(value)
    return text[:10] if len(text) >= 10 else text


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(value: str | None) -> str | None:
    """A request's text without control characters (PostgreSQL rejects NUL in a string)."""
    return _CONTROL.sub("", value) if value is not None else None


def parse_date(value: str | None, *, name: str) -> dt.date | None:
    """A request's ISO date parameter, or a clear :class:`InputError`."""
    if value is None or value.strip() == "":
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError as exc:
        raise InputError(f"parameter {name}={value!r} is not an ISO date; use YYYY-MM-DD") from exc


def parse_month(value: str | None) -> dt.date | None:
    if value is None or value.strip() == "":
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:7] + "-01")
    except ValueError as exc:
        raise InputError(f"parameter month={value!r} is not a month; use YYYY-MM") from exc


def document_link(doc_id: str | None, highlight: str | None = None) -> str | None:
    """The document view, with the event or sentence ``highlight`` marked and scrolled to."""
    if not doc_id:
        return None
    base = f"/documents/{quote(doc_id, safe='')}"
    return f"{base}?{urlencode({'hl': highlight})}#hl" if highlight else base


def pledge_link(pledge_id: str) -> str:
    return f"/pledges/{quote(pledge_id, safe='')}"


def actor_link(code: str) -> str:
    return f"/actors/{quote(code, safe='')}"


class ViewContext:
    """An open store and the lookups the views share."""

    def __init__(
        self,
        store: Store,
        *,
        refresh_derived: bool = False,
        cache_size: int = 512,
        fingerprint_ttl: float = 1.0,
    ) -> None:
        """``refresh_derived``: let stages rebuild stale derived tables (the ledger) and save
        checklist evaluations. Off for the dashboard, which only reads; on for the briefing."""
        self.store = store
        self.refresh_derived = refresh_derived
        self.names = ActorNames(store)
        self._cache: OrderedDict[Hashable, tuple[Hashable, Any]] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()
        self._computing: dict[Hashable, threading.Lock] = {}
        self._fingerprint: tuple[float, Hashable] | None = None
        self._checking = threading.Lock()
        self._counter = change_counter_for(store)
        self._counter_version: int | str | None = None
        self.fingerprint_ttl = fingerprint_ttl

    def fingerprint(self) -> Hashable:
        """The store's state as far as the views care (events, ledger, overrides).

        Read at most once per ``fingerprint_ttl`` seconds, so a busy dashboard does not count
        the events table on every request; a write shows within that delay. The check first
        reads a change counter (:mod:`pledgewatch.web.change_counter`: SQLite's
        ``PRAGMA data_version``, PostgreSQL's WAL position; microseconds) and recomputes the full
        fingerprint only when something was committed since. Threads that find the check due
        at once wait for one of them to run it.
        """
        remembered = self.remembered_fingerprint()
        if remembered is not None:
            return remembered
        with self._checking:
            remembered = self.remembered_fingerprint()  # another thread just checked
            if remembered is not None:
                return remembered
            now = time.monotonic()
            version = self._counter.value() if self._counter is not None else None
            with self._lock:
                known = self._fingerprint
            if version is not None and known is not None and version == self._counter_version:
                value = known[1]
            else:
                value = queries.store_fingerprint(self.store)
                self._counter_version = version
            with self._lock:
                self._fingerprint = (now, value)
            return value

    def remembered_fingerprint(self) -> Hashable | None:
        """The fingerprint if it was read less than ``fingerprint_ttl`` seconds ago, else None:
        lets async code (the response cache) skip a thread hop when no check is due."""
        with self._lock:
            if (
                self._fingerprint is not None
                and time.monotonic() - self._fingerprint[0] < self.fingerprint_ttl
            ):
                return self._fingerprint[1]
        return None

    def invalidate(self) -> None:
        """Forget the remembered fingerprint (after this app wrote to the store)."""
        with self._lock:
            self._fingerprint = None
            self._counter_version = None

    def close(self) -> None:
        """Close the change counter's connection (the store is closed by its owner)."""
        if self._counter is not None:
            self._counter.close()

    def cached(self, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()``, remembered until the store changes (see :meth:`fingerprint`).

        Requests that miss the same key at once wait for one computation instead of each
        running it (under load, 50 clients asking for a cold ledger would otherwise compute it
        50 times over and time out together).
        """
        fingerprint = self.fingerprint()
        found = self._cached_value(key, fingerprint)
        if found is not None:
            return cast(T, found[0])
        with self._lock:
            key_lock = self._computing.setdefault(key, threading.Lock())
        with key_lock:
            found = self._cached_value(key, fingerprint)  # another request may have filled it
            if found is not None:
                return cast(T, found[0])
            value = compute()
            with self._lock:
                self._cache[key] = (fingerprint, value)
                self._cache.move_to_end(key)
                while len(self._cache) > self._cache_size:
                    self._cache.popitem(last=False)
                self._computing.pop(key, None)
        return value

    def _cached_value(self, key: Hashable, fingerprint: Hashable) -> tuple[Any] | None:
        with self._lock:
            found = self._cache.get(key)
            if found is not None and found[0] == fingerprint:
                self._cache.move_to_end(key)
                return (found[1],)
        return None

    def actor_label(self, code: str | None) -> str:
        return self.names.label(code)

    def event_out(self, row: dict[str, Any]) -> EventOut:
        quad = row.get("quad")
        quad = int(quad) if quad is not None else None
        goldstein = row.get("goldstein")
        commitment = row.get("commitment")
        return EventOut(
            id=row["id"],
            doc_id=row.get("doc_id"),
            sentence_id=row.get("sentence_id"),
            date=iso(row.get("date")),
            source=row.get("source"),
            source_label=self.actor_label(row.get("source")),
            target=row.get("target"),
            target_label=self.actor_label(row.get("target")),
            cameo=row.get("cameo") or "",
            plover=row.get("plover"),
            quad=quad,
            quad_label=QUAD_LABELS.get(quad) if quad is not None else None,
            goldstein=float(goldstein) if goldstein is not None else None,
            modality=row.get("modality") or "asserted",
            evidence=row.get("evidence"),
            why=row.get("why"),
            doc_title=row.get("doc_title"),
            publisher=row.get("publisher"),
            link=document_link(row.get("doc_id"), row["id"]) or "",
            commitment=commitment if isinstance(commitment, dict) else None,
        )

    def evidence_ref(
        self,
        item: Any,
        documents: dict[str, dict[str, Any]],
        sentences: dict[str, str] | None = None,
    ) -> EvidenceRef:
        """An evidence entry from a stage (``{doc, sentence, date, when, text, role, decides}``
        or similar)."""
        get = (
            item.get
            if isinstance(item, dict)
            else lambda key, default=None: getattr(item, key, default)
        )
        doc_id = get("doc") or get("doc_id")
        sentence_id = get("sentence") or get("sentence_id")
        event_id = get("event") or get("event_id")
        document = documents.get(doc_id or "", {})
        date = iso(get("date")) or iso(document.get("published"))
        return EvidenceRef(
            doc_id=doc_id,
            sentence_id=sentence_id,
            event_id=event_id,
            date=date,
            when=get("when") or date,
            sentence_text=(sentences or {}).get(sentence_id or ""),
            text=get("text") or get("evidence"),
            link=document_link(doc_id, event_id or sentence_id),
            doc_title=document.get("title"),
            publisher=document.get("publisher"),
            role=get("role"),
            decides=bool(get("decides")),
        )
