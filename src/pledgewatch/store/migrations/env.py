"""Alembic environment: runs migrations on the connection the store hands over.

The store calls Alembic programmatically (``pledgewatch.store.migrate``) and passes its open
connection in ``config.attributes["connection"]``, so no alembic.ini or second engine is needed.
"""

from __future__ import annotations

from alembic import context

from pledgewatch.store.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only for `alembic revision --autogenerate` by hand
    from sqlalchemy import create_engine

    url = context.config.get_main_option("sqlalchemy.url") or "sqlite://"
    connection = create_engine(url).connect()

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
