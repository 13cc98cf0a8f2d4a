"""documents.raw_hash: the hash of a document's raw source content

A document's identity is its source's raw content (see pledgewatch/ingest/hashing.py): a file
ingested again after the readers' normalisation changed has a new normalised-text hash, and
is recognised by this column instead of being stored a second time. Nullable: documents stored
before it have none (they are matched by their text and source path, and the column is filled
in when their file is ingested again). ``source_path`` is indexed for that match.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("raw_hash", sa.String(length=64), nullable=True))
    op.create_index(op.f("ix_documents_raw_hash"), "documents", ["raw_hash"], unique=False)
    op.create_index(op.f("ix_documents_source_path"), "documents", ["source_path"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_documents_source_path"), table_name="documents")
    op.drop_index(op.f("ix_documents_raw_hash"), table_name="documents")
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("raw_hash")
