"""The views' cheap "anything new?" check: SQLite's data_version and PostgreSQL's WAL position
move on another connection's commit, and the view context recomputes the full fingerprint only
then."""

from __future__ import annotations

from pledgewatch.store import Store, open_store
from pledgewatch.web import queries
from pledgewatch.web.change_counter import (
    PostgresChangeCounter,
    SqliteChangeCounter,
    change_counter_for,
)
from pledgewatch.web.context import ViewContext
from tests.test_web_pagination_cache import _add_launch, insert_launch
from tests.test_web_response_cache import _counting
from tests.test_web_sample_store import build_sample_store


def test_the_sqlite_counter_moves_on_another_connections_commit(tmp_path, monkeypatch) -> None:
    url = f"sqlite:///{tmp_path / 'counter.db'}"
    with open_store(url) as store:
        build_sample_store(store, ledger=False)
    with open_store(url) as store:
        counter = change_counter_for(store)
        assert isinstance(counter, SqliteChangeCounter)
        first = counter.value()
        assert counter.value() == first
        _add_launch(url, "counter-launch")
        assert counter.value() != first
        counter.close()
        checks = _counting(monkeypatch, queries, "store_fingerprint")
        context = ViewContext(store, fingerprint_ttl=0)
        fingerprint = context.fingerprint()
        for _ in range(3):  # nothing committed: the counter says so, no full check
            assert context.fingerprint() == fingerprint
        assert len(checks) == 1
        _add_launch(url, "counter-launch-2")
        assert context.fingerprint() != fingerprint and len(checks) == 2
        context.close()


def test_no_counter_for_an_in_memory_store() -> None:
    with open_store("sqlite://") as store:
        assert change_counter_for(store) is None
        assert PostgresChangeCounter.for_store(store) is None


def test_the_postgres_counter_moves_on_a_commit_and_spares_the_full_check(
    pg_store: Store, monkeypatch
) -> None:
    build_sample_store(pg_store, ledger=False)
    counter = change_counter_for(pg_store)
    assert isinstance(counter, PostgresChangeCounter)
    before = counter.value()
    assert isinstance(before, str) and "/" in before  # a WAL position such as 0/1A2B3C
    insert_launch(pg_store, "pg-counter-launch")
    assert counter.value() != before

    checks = _counting(monkeypatch, queries, "store_fingerprint")
    position = {"now": "0/1"}  # the server's answer, pinned: autovacuum could move the real one
    monkeypatch.setattr(PostgresChangeCounter, "value", lambda self: position["now"])
    context = ViewContext(pg_store, fingerprint_ttl=0)
    fingerprint = context.fingerprint()
    assert context.fingerprint() == fingerprint and context.fingerprint() == fingerprint
    assert len(checks) == 1  # the counter did not move: no recount
    insert_launch(pg_store, "pg-counter-launch-2")
    position["now"] = "0/2"
    assert context.fingerprint() != fingerprint and len(checks) == 2
    context.close()
