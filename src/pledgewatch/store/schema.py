"""Table definitions of the store (SQLAlchemy Core), shared by SQLite and PostgreSQL.

The migrations under ``migrations/versions`` create these tables; this module is what the code
queries. When a table changes, change it here *and* add a migration (``make migration``).
Ids are text so that the same input yields the same ids in any process, machine or backend.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    # the source's raw bytes: a re-ingest is recognised by it (NULL in stores made before it)
    Column("raw_hash", String(64), index=True),
    Column("title", Text),
    Column("url", Text),
    Column("publisher", Text),
    Column("published", Date, index=True),
    Column("date_precision", String(10), nullable=False, default="unknown"),
    Column("place", Text),
    Column("language", String(10), nullable=False, default="en"),
    Column("kind", String(20)),
    Column("text", Text, nullable=False),
    # indexed: a re-ingest looks for an earlier reading of the same file by it
    Column("source_path", Text, index=True),
    Column("ingested_at", DateTime(timezone=True)),
    Column("meta", JSON),
    Column("coded_version", String(40), index=True),
    # indexed: the dashboard and the ledger ask max(coded_at) to see whether anything changed
    Column("coded_at", DateTime(timezone=True), index=True),
)

sentences = Table(
    "sentences",
    metadata,
    Column("id", String(60), primary_key=True),
    Column("doc_id", String(40), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("idx", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
    UniqueConstraint("doc_id", "idx", name="uq_sentences_doc_idx"),
)

actors = Table(
    "actors",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("code", String(40), nullable=False, index=True),
    Column("name", Text, nullable=False),
    Column("country", String(3)),
    Column("sector", String(20)),
    Column("aliases", JSON),
    Column("valid_from", Date),
    Column("valid_to", Date),
)

events = Table(
    "events",
    metadata,
    Column("id", String(80), primary_key=True),
    Column("doc_id", String(40), ForeignKey("documents.id", ondelete="CASCADE"), index=True),
    Column("sentence_id", String(60), index=True),
    Column("date", Date, index=True),
    Column("date_precision", String(10), nullable=False, default="unknown"),
    Column("source", String(40), index=True),
    Column("target", String(40), index=True),
    Column("source_text", Text),
    Column("target_text", Text),
    Column("cameo", String(4), nullable=False, index=True),
    Column("root", String(2), nullable=False),
    Column("plover", String(20)),
    Column("plover_mode", String(40)),
    Column("quad", Integer),
    Column("penta", Integer),
    Column("goldstein", Float),
    Column("modality", String(20), nullable=False, default="asserted"),
    Column("action_text", Text),
    Column("evidence", Text),
    Column("evidence_start", Integer),
    Column("evidence_end", Integer),
    Column("why", Text),
    Column("origin", String(20), nullable=False, default="pledgewatch"),
    Column("provenance", JSON),
)
Index("ix_events_source_date", events.c.source, events.c.date)

commitments = Table(
    "commitments",
    metadata,
    Column("event_id", String(80), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("doc_id", String(40), index=True),
    Column("kind", String(20), nullable=False),
    Column("strength", String(20), nullable=False),
    Column("promisor", String(40), index=True),
    Column("promisee", String(40)),
    Column("topic", String(60), nullable=False, index=True),
    Column("topic_text", Text),
    Column("speaker", String(40)),
    Column("first_party", Boolean, nullable=False, default=False),
    Column("formality", String(20), nullable=False),
    Column("in_headline", Boolean, nullable=False, default=False),
    Column("data", JSON, nullable=False),
)

flags = Table(
    "flags",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(40), ForeignKey("documents.id", ondelete="CASCADE"), index=True),
    Column("kind", String(40), nullable=False),
    Column("promisor", String(40)),
    Column("topic", String(60)),
    Column("text_a", Text),
    Column("text_b", Text),
    Column("detail", JSON),
)

pledges = Table(
    "pledges",
    metadata,
    Column("id", String(120), primary_key=True),
    Column("promisor", String(40), nullable=False, index=True),
    Column("topic", String(60), nullable=False, index=True),
    Column("label", Text),
    Column("first_mention", Date),
    Column("last_mention", Date),
    Column("data", JSON),
)

pledge_mentions = Table(
    "pledge_mentions",
    metadata,
    Column(
        "pledge_id", String(120), ForeignKey("pledges.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("event_id", String(80), primary_key=True),
    Column("date", Date),
    Column("strength", String(20)),
    Column("formality", String(20)),
    Column("first_party", Boolean),
)

action_links = Table(
    "action_links",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("pledge_id", String(120), ForeignKey("pledges.id", ondelete="CASCADE"), index=True),
    Column("event_id", String(80), nullable=False),
    Column("relation", String(20), nullable=False),
    Column("reason", Text),
    Column("origin", String(20), nullable=False, default="auto"),
    Column("date", Date),
)

link_overrides = Table(
    "link_overrides",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("promisor", String(40), nullable=False),
    Column("topic", String(60), nullable=False),
    Column("event_id", String(80), nullable=False),
    Column("decision", String(20), nullable=False),
    Column("relation", String(20)),
    Column("note", Text),
    Column("created_at", DateTime(timezone=True)),
    UniqueConstraint("promisor", "topic", "event_id", name="uq_link_overrides"),
)

checklist_evaluations = Table(
    "checklist_evaluations",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("checklist", Text, nullable=False),
    Column("as_of", Date, nullable=False),
    Column("item_id", String(80), nullable=False),
    Column("label", Text),
    Column("status", String(20), nullable=False),
    Column("evidence", JSON),
    Column("missing", JSON),
    Column("evaluated_at", DateTime(timezone=True)),
)

settings = Table(
    "settings",
    metadata,
    Column("key", String(80), primary_key=True),
    Column("value", Text),
)
