"""The store: open a database by URL, keep it migrated, write and read the pipeline's records.

SQLite (a file, WAL mode) is the default; PostgreSQL works through the same URL. Every write that
belongs together is one transaction, so an interrupted run leaves whole documents or nothing and
can simply be run again. SQLAlchemy errors are translated into :class:`StoreError` here.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, delete, event, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from pledgewatch.errors import ConfigError, NotFound, StoreError
from pledgewatch.model import Commitment, Document, Event, Sentence
from pledgewatch.store import schema
from pledgewatch.store.document_writes import (
    PathSpellings,
    SameReading,
    WriteOutcome,
    holds_legacy_documents,
    write_document,
)
from pledgewatch.store.migrate import upgrade_to_head

DEFAULT_URL = "sqlite:///pledgewatch.db"
ENV_VAR = "PLEDGEWATCH_DB"

#: Key of ``documents.meta`` under which coding remembers that a document failed, as
#: ``{"version": coder version, "reason": ..., "at": ISO time}`` (see ``pledgewatch.coding``).
CODING_FAILURE_KEY = "coding_failure"


def resolve_url(url: str | None = None) -> str:
    """The database URL to use: the argument, else ``$PLEDGEWATCH_DB``, else ``./pledgewatch.db``.

    A bare path (``data/news.db``) is taken as a SQLite file.
    """
    url = url or os.environ.get(ENV_VAR) or DEFAULT_URL
    if "://" not in url:
        url = f"sqlite:///{url}"
    return url


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _engine_for(url: str) -> Engine:
    try:
        engine = create_engine(url, future=True)
    except (ArgumentError, ImportError) as exc:
        raise ConfigError(
            f"cannot use database URL {url!r}: {exc}. Use sqlite:///FILE or "
            "postgresql+psycopg://USER@HOST/DB"
        ) from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        database = engine.url.database
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
            with engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA journal_mode=WAL")
    return engine


def _document_row(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id,
        "content_hash": doc.content_hash,
        "raw_hash": doc.raw_hash,
        "title": doc.title,
        "url": doc.url,
        "publisher": doc.publisher,
        "published": doc.published,
        "date_precision": doc.date_precision,
        "place": doc.place,
        "language": doc.language,
        "kind": doc.kind,
        "text": doc.text,
        "source_path": doc.source_path,
        "ingested_at": doc.ingested_at or dt.datetime.now(dt.UTC),
        "meta": doc.meta or {},
    }


def _document_from_row(row: Any) -> Document:
    return Document(
        id=row.id,
        text=row.text,
        content_hash=row.content_hash,
        title=row.title,
        url=row.url,
        publisher=row.publisher,
        published=row.published,
        date_precision=row.date_precision,
        place=row.place,
        language=row.language,
        kind=row.kind,
        source_path=row.source_path,
        ingested_at=row.ingested_at,
        meta=row.meta or {},
        raw_hash=row.raw_hash,
    )


def _failed_with_version() -> Any:
    """The coder version of a document's recorded coding failure, NULL when it has none.

    SQLAlchemy renders the JSON path for each backend (``json_extract`` on SQLite, ``#>>`` on
    PostgreSQL), so one expression filters on both.
    """
    return schema.documents.c.meta[(CODING_FAILURE_KEY, "version")].as_string()


def _coding_filters(not_coded_with: str | None, skip_failed_with: str | None) -> list[Any]:
    """WHERE clauses: not coded with a version; without a failure recorded for a version."""
    table = schema.documents
    clauses = []
    if not_coded_with is not None:
        clauses.append(
            (table.c.coded_version.is_(None)) | (table.c.coded_version != not_coded_with)
        )
    if skip_failed_with is not None:
        failed = _failed_with_version()
        clauses.append(failed.is_(None) | (failed != skip_failed_with))
    return clauses


def _rewrite_meta(
    connection: Connection, doc_id: str, values: dict[str, Any], remove: Iterable[str]
) -> None:
    """Set and remove keys of a document's meta, keeping every other key (read-modify-write).

    The row is locked for the read (``FOR UPDATE`` on PostgreSQL; SQLite has one writer), so a
    concurrent writer cannot slip a key in between the read and the write and lose it.
    """
    table = schema.documents
    current = connection.execute(
        select(table.c.meta).where(table.c.id == doc_id).with_for_update()
    ).scalar_one_or_none()
    meta = dict(current or {})
    for key in remove:
        meta.pop(key, None)
    meta.update(values)
    if meta != (current or {}):
        connection.execute(update(table).where(table.c.id == doc_id).values(meta=meta))


def event_row(ev: Event) -> dict[str, Any]:
    """The events-table row of an event record."""
    return {
        "id": ev.id,
        "doc_id": ev.doc_id,
        "sentence_id": ev.sentence_id,
        "date": ev.date,
        "date_precision": ev.date_precision,
        "source": ev.source,
        "target": ev.target,
        "source_text": ev.source_text,
        "target_text": ev.target_text,
        "cameo": ev.cameo,
        "root": ev.cameo[:2],
        "plover": ev.plover,
        "plover_mode": ev.plover_mode,
        "quad": ev.quad,
        "penta": ev.penta,
        "goldstein": ev.goldstein,
        "modality": ev.modality,
        "action_text": ev.action_text,
        "evidence": ev.evidence,
        "evidence_start": ev.evidence_start,
        "evidence_end": ev.evidence_end,
        "why": ev.why,
        "origin": ev.origin,
        "provenance": event_provenance(ev),
    }


def event_provenance(ev: Event) -> dict[str, Any] | None:
    """The stored provenance of a coded event: a secondary role (imports keep theirs there;
    a main event has no ``role`` key, which :func:`~pledgewatch.store.frames` tests) and
    where its date came from (:class:`~pledgewatch.model.DateBasis`); None when neither."""
    provenance: dict[str, Any] = {} if ev.role == "main" else {"role": ev.role}
    if ev.date_basis is not None:
        provenance.update(ev.date_basis.to_provenance())
    return provenance or None


def commitment_row(ev: Event, commitment: Commitment) -> dict[str, Any]:
    """The commitments-table row of an event's graded commitment."""
    return {
        "event_id": ev.id,
        "doc_id": ev.doc_id,
        "kind": commitment.kind,
        "strength": commitment.strength,
        "promisor": commitment.promisor,
        "promisee": commitment.promisee,
        "topic": commitment.topic,
        "topic_text": commitment.topic_text,
        "speaker": commitment.speaker,
        "first_party": commitment.first_party,
        "formality": commitment.formality,
        "in_headline": commitment.in_headline,
        "data": commitment.to_dict(),
    }


class Store:
    """A migrated database and the operations the pipeline and the views need.

    Use :func:`open_store` to get one. The engine is public for modules (ledger, web) that run
    their own queries against :mod:`pledgewatch.store.schema`.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _translate(self, exc: SQLAlchemyError) -> StoreError:
        return StoreError(f"database error on {self.url}: {exc.__class__.__name__}: {exc}")

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One transaction; SQLAlchemy errors leave as :class:`StoreError`."""
        try:
            with self.engine.begin() as connection:
                yield connection
        except SQLAlchemyError as exc:
            raise StoreError(
                f"database error on {self.url}: {exc.__class__.__name__}: {exc}"
            ) from exc

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        try:
            with self.engine.connect() as connection:
                yield connection
        except SQLAlchemyError as exc:
            raise StoreError(
                f"database error on {self.url}: {exc.__class__.__name__}: {exc}"
            ) from exc

    def _insert_ignoring_duplicates(self, table: Any) -> Any:
        """INSERT that skips rows whose key exists (the two supported backends' own syntax)."""
        if self.dialect == "postgresql":
            return postgresql.insert(table).on_conflict_do_nothing()
        return sqlite.insert(table).on_conflict_do_nothing()

    # -- documents -------------------------------------------------------------------------

    def add_documents(self, docs: Sequence[Document]) -> list[bool]:
        """Insert documents in one transaction; for each, True if new, False if a duplicate
        (or an earlier reading renewed, see :meth:`store_documents`).

        Duplicates are recognised by content hash, so the same text under another file name or
        URL is stored once, and running the same ingest twice stores nothing new.
        """
        return [outcome == "new" for outcome, _ in self.store_documents(docs)]

    def store_documents(
        self,
        docs: Sequence[Document],
        *,
        same_reading: SameReading | None = None,
        path_spellings: PathSpellings | None = None,
    ) -> list[tuple[WriteOutcome, str]]:
        """Store documents in one transaction; for each, ``new``, ``duplicate`` or ``renewed``
        and the id it is stored under.

        A document read from the same raw source as a stored one renews it in place when its
        normalised text differs (text replaced, coding dropped for ``code`` to redo);
        ``same_reading`` recognises documents stored before raw hashes were kept, under any of
        the ``path_spellings`` of their source path. The rules:
        :mod:`pledgewatch.store.document_writes`.
        """
        results: list[tuple[WriteOutcome, str]] = []
        with self.transaction() as connection:
            statement = self._insert_ignoring_duplicates(schema.documents)
            if not holds_legacy_documents(connection):
                # nothing stored before raw hashes: no earlier reading to look for by path
                same_reading = path_spellings = None
            for doc in docs:
                results.append(
                    write_document(
                        connection, _document_row(doc), statement, same_reading, path_spellings
                    )
                )
        return results

    def has_content_hash(self, content_hash: str) -> bool:
        with self.reading() as connection:
            found = connection.execute(
                select(schema.documents.c.id).where(schema.documents.c.content_hash == content_hash)
            ).first()
        return found is not None

    def document(self, doc_id: str) -> Document:
        with self.reading() as connection:
            row = connection.execute(
                select(schema.documents).where(schema.documents.c.id == doc_id)
            ).first()
        if row is None:
            raise NotFound(f"no document with id {doc_id!r} in {self.url}")
        return _document_from_row(row)

    def iter_documents(
        self,
        *,
        not_coded_with: str | None = None,
        skip_failed_with: str | None = None,
        batch_size: int = 200,
    ) -> Iterator[Document]:
        """Stream documents in id order, in batches, optionally only those not coded yet.

        ``skip_failed_with`` leaves out documents whose coding failed with that coder version
        (recorded in ``meta`` under :data:`CODING_FAILURE_KEY`). Keyset pagination keeps memory
        flat however large the store is.
        """
        last_id = ""
        table = schema.documents
        filters = _coding_filters(not_coded_with, skip_failed_with)
        while True:
            query = select(table).where(table.c.id > last_id, *filters)
            query = query.order_by(table.c.id).limit(batch_size)
            with self.reading() as connection:
                rows = connection.execute(query).all()
            if not rows:
                return
            for row in rows:
                yield _document_from_row(row)
            last_id = rows[-1].id

    def count_documents(
        self, *, not_coded_with: str | None = None, skip_failed_with: str | None = None
    ) -> int:
        """How many documents :meth:`iter_documents` yields with the same filters."""
        query = select(func.count()).select_from(schema.documents)
        query = query.where(*_coding_filters(not_coded_with, skip_failed_with))
        with self.reading() as connection:
            return int(connection.execute(query).scalar_one())

    def count_coding_failures(self, *, version: str | None = None) -> int:
        """Documents whose last coding failed; with ``version``, those that failed with it and
        are not coded with it (what a run with that version skips)."""
        failed = _failed_with_version()
        query = select(func.count()).select_from(schema.documents)
        if version is None:
            query = query.where(failed.is_not(None))
        else:
            query = query.where(failed == version, *_coding_filters(version, None))
        with self.reading() as connection:
            return int(connection.execute(query).scalar_one())

    def merge_document_meta(
        self, doc_id: str, values: dict[str, Any], *, remove: Iterable[str] = ()
    ) -> None:
        """Set (and remove) keys of a document's ``meta`` in one transaction, keeping the rest.

        Only ``meta`` is written; the document's other columns are left as they are.
        """
        with self.transaction() as connection:
            _rewrite_meta(connection, doc_id, values, remove)

    # -- coding results ----------------------------------------------------------------------

    def save_coding(
        self,
        doc_id: str,
        sentences: Iterable[Sentence],
        events: Iterable[Event],
        *,
        version: str,
        flags: Iterable[dict[str, Any]] = (),
        drop_meta_keys: Sequence[str] = (),
    ) -> None:
        """Replace a document's sentences, events, commitments and flags in one transaction.

        Replacing (not appending) makes recoding idempotent: a document coded twice, or coded
        again after a crash, holds exactly one copy of each event. ``drop_meta_keys`` are
        removed from the document's ``meta`` in the same transaction (a recorded coding failure
        the new results supersede).
        """
        sentence_rows = [
            {
                "id": s.id,
                "doc_id": s.doc_id,
                "idx": s.index,
                "text": s.text,
                "start_char": s.start,
                "end_char": s.end,
            }
            for s in sentences
        ]
        event_list = list(events)
        commitment_rows = [
            commitment_row(ev, ev.commitment) for ev in event_list if ev.commitment is not None
        ]
        flag_rows = [{**flag, "doc_id": doc_id} for flag in flags]
        with self.transaction() as connection:
            for table in (schema.flags, schema.commitments, schema.events, schema.sentences):
                connection.execute(delete(table).where(table.c.doc_id == doc_id))
            if sentence_rows:
                connection.execute(insert(schema.sentences), sentence_rows)
            if event_list:
                connection.execute(insert(schema.events), [event_row(ev) for ev in event_list])
            if commitment_rows:
                connection.execute(insert(schema.commitments), commitment_rows)
            if flag_rows:
                connection.execute(insert(schema.flags), flag_rows)
            connection.execute(
                update(schema.documents)
                .where(schema.documents.c.id == doc_id)
                .values(coded_version=version, coded_at=dt.datetime.now(dt.UTC))
            )
            if drop_meta_keys:
                _rewrite_meta(connection, doc_id, {}, drop_meta_keys)

    # -- settings ----------------------------------------------------------------------------

    def get_setting(self, key: str) -> str | None:
        with self.reading() as connection:
            return connection.execute(
                select(schema.settings.c.value).where(schema.settings.c.key == key)
            ).scalar_one_or_none()

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction() as connection:
            connection.execute(delete(schema.settings).where(schema.settings.c.key == key))
            connection.execute(insert(schema.settings).values(key=key, value=value))

    # -- counts ------------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Row counts of the main tables, for summaries and health checks."""
        names = ("documents", "sentences", "events", "commitments", "pledges", "action_links")
        with self.reading() as connection:
            return {
                name: int(
                    connection.execute(
                        select(func.count()).select_from(schema.metadata.tables[name])
                    ).scalar_one()
                )
                for name in names
            }


def open_store(url: str | None = None, *, migrate: bool = True) -> Store:
    """Open (and create or upgrade) the store at ``url``; see :func:`resolve_url`."""
    resolved = resolve_url(url)
    engine = _engine_for(resolved)
    if migrate:
        try:
            upgrade_to_head(engine)
        except SQLAlchemyError as exc:
            engine.dispose()
            raise StoreError(f"cannot open or migrate {resolved}: {exc}") from exc
    return Store(engine)
