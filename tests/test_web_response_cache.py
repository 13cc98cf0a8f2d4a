"""The served dashboard keeps finished GET answers until the store changes: hits, ETag/304,
what is never kept, writes showing after the change check, single flight for a cold page, and
the start-up warm-up."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from pledgewatch.errors import ConfigError
from pledgewatch.store import open_store
from pledgewatch.web import api, create_app, overview
from pledgewatch.web.app import CACHE_MB_ENV, serving_app
from pledgewatch.web.context import ViewContext
from pledgewatch.web.response_cache import (
    CACHE_HEADER,
    CachedResponse,
    ResponseStore,
    request_key,
)
from pledgewatch.web.warmup import CacheWarmer
from tests.test_web_pagination_cache import _add_launch, _april_conflict
from tests.test_web_sample_store import SampleStore, build_sample_store

TOKEN = "cache-test-token"
CACHE = CACHE_HEADER.decode()


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, SampleStore]:
    url = f"sqlite:///{tmp_path_factory.mktemp('web-cache') / 'sample.db'}"
    with open_store(url) as store:
        built = build_sample_store(store)
    return url, built


@pytest.fixture()
def cached_client(sample: tuple[str, SampleStore]) -> Iterator[TestClient]:
    app = create_app(sample[0], response_cache_mb=8, change_check_seconds=60)
    with TestClient(app) as client:
        yield client


def _counting(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[int]:
    calls: list[int] = []
    real = getattr(module, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_a_repeated_get_is_answered_from_the_cache(cached_client: TestClient, monkeypatch) -> None:
    calls = _counting(monkeypatch, api.ledger_view, "ledger")
    first = cached_client.get("/api/ledger", params={"limit": 2})
    second = cached_client.get("/api/ledger", params={"limit": 2})
    assert (first.status_code, second.status_code) == (200, 200)
    assert (first.headers[CACHE], second.headers[CACHE]) == ("miss", "hit")
    assert first.content == second.content and first.headers["etag"] == second.headers["etag"]
    assert second.headers["content-security-policy"].startswith("default-src 'self'")
    assert len(calls) == 1


def test_query_order_does_not_matter_but_values_do(cached_client: TestClient) -> None:
    assert cached_client.get("/api/ledger?limit=1&offset=1").headers[CACHE] == "miss"
    assert cached_client.get("/api/ledger?offset=1&limit=1").headers[CACHE] == "hit"
    assert cached_client.get("/api/ledger?offset=0&limit=1").headers[CACHE] == "miss"


def test_a_known_etag_gets_304_without_a_body(cached_client: TestClient) -> None:
    first = cached_client.get("/ledger")
    again = cached_client.get("/ledger", headers={"If-None-Match": first.headers["etag"]})
    assert again.status_code == 304 and again.content == b""
    assert again.headers["etag"] == first.headers["etag"]
    assert again.headers["x-frame-options"] == "DENY"
    other = cached_client.get("/ledger", headers={"If-None-Match": '"something-else"'})
    assert other.status_code == 200 and other.content == first.content


@pytest.mark.parametrize(
    "path",
    ["/api/health", "/static/app.css", "/api/documents/missing", "/documents/missing"],
)
def test_health_static_files_and_errors_are_never_kept(cached_client: TestClient, path) -> None:
    for _ in range(2):
        response = cached_client.get(path)
        assert response.headers.get(CACHE) != "hit"


def test_a_view_that_fails_is_not_kept(sample, monkeypatch) -> None:
    app = create_app(sample[0], response_cache_mb=8, change_check_seconds=60)
    with TestClient(app, raise_server_exceptions=False) as client:
        real = overview.list_actors
        monkeypatch.setattr(overview, "list_actors", lambda *a, **k: 1 / 0)
        assert client.get("/api/actors").status_code == 500
        monkeypatch.setattr(overview, "list_actors", real)
        good = client.get("/api/actors")
        assert good.status_code == 200 and good.headers[CACHE] == "miss"


def test_a_write_by_another_process_shows_after_the_change_check(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'live.db'}"
    with open_store(url) as store:
        build_sample_store(store, ledger=False)
    app = create_app(url, response_cache_mb=8, change_check_seconds=60)
    with TestClient(app) as live:
        before = _april_conflict(live)
        page_before = live.get("/actors/PRK").text
        _add_launch(url, "cache-test-launch")  # as `pledgewatch code` would, on its own connection
        assert _april_conflict(live) == before  # the check is not due: the kept answer
        assert live.get("/api/actors/PRK/timeline").headers[CACHE] == "hit"
        live.app.state.context.fingerprint_ttl = 0.2  # type: ignore[attr-defined]
        time.sleep(0.3)
        assert _april_conflict(live) == before + 1
        assert live.get("/actors/PRK").text != page_before
        events = live.get("/api/actors/PRK/events", params={"month": "2012-04", "quad": 4}).json()
        assert "cache-test-launch" in {e["id"] for e in events["items"]}


def test_a_write_through_the_api_shows_at_once(sample) -> None:
    built = sample[1]
    if not built.ledger_built:
        pytest.skip("the sample store holds no ledger")
    app = create_app(sample[0], write_token=TOKEN, response_cache_mb=8, change_check_seconds=60)
    headers = {"Authorization": f"Bearer {TOKEN}"}
    body = {"pledge_id": built.missile_pledge, "event_id": built.launch_event}
    with TestClient(app) as client:
        path = f"/api/pledges/{built.missile_pledge}"
        before = client.get(path)
        assert client.get(path).headers[CACHE] == "hit"
        decided = client.post(
            "/api/links", json={**body, "decision": "reject", "note": "cache test"}, headers=headers
        )
        assert decided.status_code == 200, decided.text
        after = client.get(path)
        assert after.headers[CACHE] == "miss"
        if decided.json()["applied_by"] == "ledger":
            assert after.content != before.content
        restore = {**body, "decision": "confirm", "relation": "contradicts"}
        assert client.post("/api/links", json=restore, headers=headers).status_code == 200


def test_concurrent_misses_render_a_cold_page_once(sample, monkeypatch) -> None:
    calls: list[int] = []
    real = overview.list_actors

    def slow(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        time.sleep(0.3)
        return real(*args, **kwargs)

    monkeypatch.setattr(overview, "list_actors", slow)
    app = create_app(sample[0], response_cache_mb=8, change_check_seconds=60)
    with TestClient(app) as client:
        client.get("/api/health")  # the change check has run: no request waits on it below
        results: list[tuple[int, str]] = []

        def fetch() -> None:
            response = client.get("/api/actors", params={"limit": 7})
            results.append((response.status_code, response.headers[CACHE]))

        threads = [threading.Thread(target=fetch) for _ in range(5)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert sorted(results) == [(200, "hit")] * 4 + [(200, "miss")]
    assert len(calls) == 1


def test_concurrent_requests_for_an_answer_that_is_not_kept_all_get_it(sample) -> None:
    app = create_app(sample[0], response_cache_mb=8, change_check_seconds=60)
    with TestClient(app) as client:
        statuses: list[int] = []

        def fetch() -> None:
            statuses.append(client.get("/api/documents/missing").status_code)

        threads = [threading.Thread(target=fetch) for _ in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
    assert statuses == [404] * 6


def test_the_store_keeps_to_its_byte_budget() -> None:
    store = ResponseStore(max_bytes=1000, max_entry_bytes=600)

    def entry(size: int, fingerprint: str = "f") -> CachedResponse:
        return CachedResponse(fingerprint, 200, [], b"x" * size, b'"e"')

    assert not store.put(("/big", ()), entry(700))
    assert store.put(("/a", ()), entry(400)) and store.put(("/b", ()), entry(400))
    assert store.get(("/a", ()), "f") is not None  # /a used last, so /b goes first
    assert store.put(("/c", ()), entry(400))
    assert store.get(("/b", ()), "f") is None and store.get(("/a", ()), "f") is not None
    assert store.bytes_used <= 1000
    assert store.get(("/a", ()), "changed") is None  # another store state: not served


def test_request_key_sorts_names_and_keeps_repeated_values_in_order() -> None:
    scope = {"path": "/x", "query_string": b"b=2&a=1&b=1&c="}
    assert request_key(scope) == ("/x", (("a", "1"), ("b", "2"), ("b", "1"), ("c", "")))


def test_the_warm_up_computes_the_overview_before_anyone_asks(sample, monkeypatch) -> None:
    with open_store(sample[0]) as store:
        context = ViewContext(store)
        warmer = CacheWarmer(context)
        warmer.start()
        assert warmer.wait(120) and warmer.seconds is not None and not warmer.failed
        home = overview.default_actor(context)
        assert home

        def never(*_args: Any, **_kwargs: Any) -> Any:
            raise AssertionError("the timeline should have been warm")

        monkeypatch.setattr(overview, "_compute_timeline", never)
        assert overview.actor_timeline(context, home).actor == home
        context.close()


def test_serving_app_turns_the_cache_and_warm_up_on(sample, monkeypatch) -> None:
    monkeypatch.delenv(CACHE_MB_ENV, raising=False)
    served = serving_app(sample[0])
    assert served.state.response_store is not None and served.state.warmer is not None
    with TestClient(served) as client:  # the lifespan starts the warm-up and stops it
        assert served.state.warmer.wait(60) and not served.state.warmer.failed
        assert client.get("/api/actors").headers[CACHE] == "miss"
        assert client.get("/api/actors").headers[CACHE] == "hit"
    monkeypatch.setenv(CACHE_MB_ENV, "0")
    assert serving_app(sample[0]).state.response_store is None
    monkeypatch.setenv(CACHE_MB_ENV, "lots")
    with pytest.raises(ConfigError, match=CACHE_MB_ENV):
        serving_app(sample[0])
    plain = create_app(sample[0])
    assert plain.state.response_store is None and plain.state.warmer is None
    with TestClient(plain) as client:
        assert CACHE not in client.get("/api/actors").headers
