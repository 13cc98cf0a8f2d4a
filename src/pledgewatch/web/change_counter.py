"""A number that moves whenever the store may have changed, far cheaper to read than the views'
full fingerprint, so a busy dashboard can ask "anything new?" every second.

The full fingerprint (:func:`pledgewatch.web.queries.store_fingerprint`) counts events,
documents and overrides: milliseconds on a small store, tens of milliseconds on a large
PostgreSQL one, paid by every worker every second. A change counter answers in microseconds
and only says *whether* to recompute it:

* SQLite file: ``PRAGMA data_version`` on a connection of its own changes when any other
  connection (another process coding, this app's own writes) commits.
* PostgreSQL: ``pg_current_wal_insert_lsn()``, the insert position of the server's
  write-ahead log, moves with every write anywhere on the server, before the commit that
  makes it visible (callable by any role). Writes to other databases
  and autovacuum move it too; that costs an unneeded recomputation, never a stale page.

Anything else (in-memory SQLite, an odd URL) gets no counter and the full fingerprint is read
at each check. A counter that fails to answer returns None, which callers treat as "changed".
"""

from __future__ import annotations

import threading
from typing import Protocol
from urllib.parse import quote

from sqlalchemy import text

from pledgewatch.store import Store


class ChangeCounter(Protocol):
    """What the views need from a counter: a value that differs after any commit."""

    def value(self) -> int | str | None: ...

    def close(self) -> None: ...


class SqliteChangeCounter:
    """``PRAGMA data_version`` on a read-only, autocommit connection of its own (it never holds a
    read transaction that would block a WAL checkpoint), used under a lock since requests run in
    several threads."""

    def __init__(self, path: str) -> None:
        import sqlite3

        self._connection = sqlite3.connect(
            f"file:{quote(path)}?mode=ro", uri=True, check_same_thread=False, isolation_level=None
        )
        self._lock = threading.Lock()

    @classmethod
    def for_store(cls, store: Store) -> SqliteChangeCounter | None:
        """A counter for a file-backed SQLite store, None for anything else."""
        url = store.engine.url
        if store.dialect != "sqlite" or not url.database or url.database == ":memory:":
            return None
        if url.database.startswith("file:"):
            return None
        try:
            return cls(url.database)
        except Exception:  # an odd URL or an unreadable file: fall back to the full check
            return None

    def value(self) -> int | None:
        try:
            with self._lock:
                return int(self._connection.execute("PRAGMA data_version").fetchone()[0])
        except Exception:
            return None

    def close(self) -> None:
        with self._lock:
            self._connection.close()


class PostgresChangeCounter:
    """``pg_current_wal_insert_lsn()`` through the store's own connection pool, in autocommit
    mode so the check never opens a transaction (one round trip, no table read)."""

    def __init__(self, store: Store) -> None:
        self._engine = store.engine.execution_options(isolation_level="AUTOCOMMIT")

    @classmethod
    def for_store(cls, store: Store) -> PostgresChangeCounter | None:
        """A counter for a PostgreSQL store whose server answers the WAL position, else None
        (a standby in recovery has no current WAL position to read)."""
        if store.dialect != "postgresql":
            return None
        counter = cls(store)
        return counter if counter.value() is not None else None

    def value(self) -> str | None:
        try:
            with self._engine.connect() as connection:
                position = connection.execute(text("select pg_current_wal_insert_lsn()"))
                return str(position.scalar_one())
        except Exception:
            return None

    def close(self) -> None:
        """Nothing of its own to close: the connections belong to the store's pool."""


def change_counter_for(store: Store) -> ChangeCounter | None:
    """The cheapest change counter the store's database offers, or None."""
    return SqliteChangeCounter.for_store(store) or PostgresChangeCounter.for_store(store)
