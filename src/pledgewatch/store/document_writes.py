"""Writing ingested documents: new, duplicate, or an earlier reading of the same source renewed.

The rule (written out in :mod:`pledgewatch.ingest.hashing`): a document's identity is its
source's raw content. Each document is looked up, inside the batch's transaction,

1. by its raw hash: the same source read before. Read the same (text, title, date, publisher,
   place...): a *duplicate*. Read differently (the readers changed since: a joined hyphen, a
   dropped page header, a dateline now understood): the stored row is *renewed* in place;
2. by its normalised-text hash (or id): a *duplicate* of the same text from another file; a
   document from the same source path stored before raw hashes existed is treated as in 1
   (given its raw hash, renewed if its title or date now read differently);
3. among documents of the same source path stored before raw hashes existed (NULL), one the
   caller's ``same_reading`` takes for an earlier reading of it: *renewed*;

   "the same source path" is any of the spellings the caller's ``path_spellings`` gives
   ("x.txt", "./x.txt", the absolute path, through a symlink or not), so a file stored as
   ``./x.txt`` and ingested again as ``x.txt`` is not stored twice;
4. else inserted: *new*.

Steps 2 (its path part) and 3 are skipped for a batch when the store holds no document without
a raw hash (:func:`holds_legacy_documents`): they can find nothing, and a fresh ingest need not
pay for them.

Renewing keeps the row's id (so event ids, link overrides and links to it stay meaningful),
replaces the text, title, metadata and both hashes, and drops the document's coding (its
sentences, events, commitments and flags, and the coded version), so ``code`` codes it again
as it codes any document not coded yet. When the new text is stored already as another
document, the source is a duplicate of that one and nothing changes: nothing is stored twice.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any, Literal

from sqlalchemy import Select, bindparam, delete, func, select, update
from sqlalchemy.engine import Connection

from pledgewatch.store import schema

WriteOutcome = Literal["new", "duplicate", "renewed"]

#: ``same_reading(old_title, old_text, new_title, new_text)``: an earlier reading of a source.
SameReading = Callable[[str | None, str, str | None, str], bool]
#: ``path_spellings(source_path)``: every path the same source may have been stored under
#: ("x.txt", "./x.txt", "/data/x.txt"); see :mod:`pledgewatch.ingest.source_paths`.
PathSpellings = Callable[[str], Sequence[str]]

#: What a reading of a source gives that the coder reads: a stored row that differs from a new
#: reading of its source in any of these is renewed.
_READING = (
    "content_hash",
    "title",
    "publisher",
    "published",
    "date_precision",
    "place",
    "language",
    "kind",
    "url",
)

#: Columns a renewal replaces (the id, the first ingest time and the coding columns stay or
#: are cleared apart).
_RENEWED = (
    "content_hash",
    "raw_hash",
    "title",
    "url",
    "publisher",
    "published",
    "date_precision",
    "place",
    "language",
    "kind",
    "text",
    "source_path",
    "meta",
)


def write_document(
    connection: Connection,
    row: dict[str, Any],
    insert_statement: Any,
    same_reading: SameReading | None,
    path_spellings: PathSpellings | None = None,
) -> tuple[WriteOutcome, str]:
    """Store one document row (see :func:`~pledgewatch.store.database._document_row`); the
    outcome and the id it is stored under. A source path is compared with the stored ones
    under each of its ``path_spellings`` (default: as written)."""
    table = schema.documents
    raw_hash = row.get("raw_hash")
    if raw_hash:
        earlier = connection.execute(
            select(table.c.id).where(table.c.raw_hash == raw_hash).order_by(table.c.id).limit(1)
        ).scalar_one_or_none()
        if earlier is not None:
            return _renew(connection, earlier, row)
    source_path: str | None = row.get("source_path")

    def spellings() -> tuple[str, ...]:
        # spelled out only when a document stored before raw hashes may be this one
        if not source_path:
            return ()
        return tuple(path_spellings(source_path)) if path_spellings else (source_path,)

    same_text = connection.execute(
        select(table.c.id, table.c.raw_hash, table.c.source_path)
        .where((table.c.content_hash == row["content_hash"]) | (table.c.id == row["id"]))
        .limit(1)
    ).first()
    if same_text is not None:
        if raw_hash and same_text.raw_hash is None and same_text.source_path in spellings():
            # stored from this file before raw hashes were kept: its metadata may read anew
            return _renew(connection, same_text.id, row)
        return "duplicate", same_text.id
    if raw_hash and same_reading is not None and source_path:
        legacy = _legacy_reading(connection, row, same_reading, spellings())
        if legacy is not None:
            return _renew(connection, legacy, row)
    inserted = connection.execute(insert_statement.returning(table.c.id), row).first()
    return ("new" if inserted is not None else "duplicate"), row["id"]


def holds_legacy_documents(connection: Connection) -> bool:
    """Whether any document was stored before raw hashes were kept (its raw hash NULL): only
    then can a document read be an earlier reading that steps 2 and 3 look for by path."""
    table = schema.documents
    found = connection.execute(select(table.c.id).where(table.c.raw_hash.is_(None)).limit(1))
    return found.first() is not None


@functools.cache
def _legacy_candidates() -> Select[Any]:
    """The documents stored before raw hashes under any of the ``paths`` (a parameter).

    Built once: it is asked for every document read that is not stored yet. "No raw hash" is
    written as a function of the column so that no planner looks the rows up by the raw-hash
    index: given a list of paths, SQLite did, and scanned every document stored before raw
    hashes once per row read (a re-ingest quadratic in the rows)."""
    table = schema.documents
    return (
        select(table.c.id, table.c.title, table.c.text)
        .where(
            table.c.source_path.in_(bindparam("paths", expanding=True)),
            func.coalesce(table.c.raw_hash, "") == "",
        )
        .order_by(table.c.id)
    )


def _legacy_reading(
    connection: Connection, row: dict[str, Any], same_reading: SameReading, paths: Sequence[str]
) -> str | None:
    """The id of a document from the same source path stored before raw hashes, that is an
    earlier reading of this one.

    The candidates are few whatever the store's size: they are looked up by the indexed
    ``source_path``, and every document of a many-document source has a path of its own
    ("news.csv:12", "feed.xml: entry 3"), so they are the earlier versions of one file or row.
    """
    candidates = connection.execute(_legacy_candidates(), {"paths": list(paths)}).all()
    for candidate in candidates:
        if same_reading(candidate.title, candidate.text, row["title"], row["text"]):
            return str(candidate.id)
    return None


def _renew(connection: Connection, doc_id: str, row: dict[str, Any]) -> tuple[WriteOutcome, str]:
    """Replace a stored earlier reading of the source with ``row``; see the module docstring.

    A reading that is the same in text and in every field the coder reads (title, date,
    publisher, place ...) is a duplicate; the stored row only gains its raw hash if it had none.
    """
    table = schema.documents
    stored = connection.execute(
        select(table.c.raw_hash, *(table.c[name] for name in _READING)).where(table.c.id == doc_id)
    ).one()
    if all(getattr(stored, name) == row[name] for name in _READING):
        if stored.raw_hash is None:
            connection.execute(
                update(table).where(table.c.id == doc_id).values(raw_hash=row["raw_hash"])
            )
        return "duplicate", doc_id
    elsewhere = connection.execute(
        select(table.c.id).where(table.c.content_hash == row["content_hash"], table.c.id != doc_id)
    ).scalar_one_or_none()
    if elsewhere is not None:
        # the new reading is stored already as another document: this source duplicates it
        return "duplicate", str(elsewhere)
    for coded in (schema.flags, schema.commitments, schema.events, schema.sentences):
        connection.execute(delete(coded).where(coded.c.doc_id == doc_id))
    values = {column: row[column] for column in _RENEWED}
    connection.execute(
        update(table)
        .where(table.c.id == doc_id)
        .values(**values, coded_version=None, coded_at=None)
    )
    return "renewed", doc_id
