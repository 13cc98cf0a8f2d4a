"""Storage layer: schema, migrations, SQLite by default and PostgreSQL through a URL."""

from pledgewatch.store.database import DEFAULT_URL, ENV_VAR, Store, open_store, resolve_url

__all__ = ["DEFAULT_URL", "ENV_VAR", "Store", "open_store", "resolve_url"]
