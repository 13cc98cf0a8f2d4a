"""The dashboard under load: the ledger is paginated (with totals) and derived results are
cached until the store's change check sees a write."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import insert, select

from pledgewatch.store import Store, open_store, schema
from pledgewatch.web import create_app, ledger_view
from tests.test_web_sample_store import SampleStore, build_sample_store


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, SampleStore]:
    url = f"sqlite:///{tmp_path_factory.mktemp('web-paging') / 'sample.db'}"
    with open_store(url) as store:
        built = build_sample_store(store)
    return url, built


@pytest.fixture(scope="module")
def client(sample: tuple[str, SampleStore]) -> Iterator[TestClient]:
    with TestClient(create_app(sample[0])) as test_client:
        yield test_client


def _all_pledges(client: TestClient, **params: Any) -> dict[str, Any]:
    body = client.get("/api/ledger", params={**params, "limit": 1000}).json()
    if not body["pledges"]:
        pytest.skip("the sample store holds no pledges (ledger not built)")
    return body


def test_ledger_pages_cover_every_pledge_once_with_the_total(client: TestClient) -> None:
    everything = _all_pledges(client, as_of="2012-05-01")
    ids = [p["id"] for p in everything["pledges"]]
    assert everything["total"] == len(ids) and everything["offset"] == 0
    size = max(1, len(ids) // 3)
    paged: list[str] = []
    for offset in range(0, len(ids), size):
        page = client.get(
            "/api/ledger", params={"as_of": "2012-05-01", "limit": size, "offset": offset}
        ).json()
        assert page["total"] == len(ids)
        assert (page["limit"], page["offset"]) == (size, offset)
        assert len(page["pledges"]) == min(size, len(ids) - offset)
        paged += [p["id"] for p in page["pledges"]]
    assert paged == ids
    beyond = client.get("/api/ledger", params={"offset": len(ids) + 5}).json()
    assert beyond["pledges"] == [] and beyond["total"] == len(ids)


def test_ledger_defaults_to_a_bounded_page() -> None:
    assert ledger_view.DEFAULT_PAGE_SIZE == 100
    assert ledger_view.MAX_PAGE_SIZE == 1000


@pytest.mark.parametrize(
    "params",
    [{"limit": 0}, {"limit": 1001}, {"offset": -1}, {"limit": "many"}],
)
def test_ledger_rejects_bad_page_parameters(client: TestClient, params: dict[str, Any]) -> None:
    for path in ("/api/ledger", "/ledger"):
        assert client.get(path, params=params).status_code == 422


def test_ledger_filters_and_total_agree(client: TestClient) -> None:
    everything = _all_pledges(client, as_of="2012-05-01")
    status = everything["pledges"][0]["status"]
    filtered = client.get(
        "/api/ledger", params={"as_of": "2012-05-01", "status": status, "limit": 1}
    ).json()
    expected = sum(1 for p in everything["pledges"] if p["status"] == status)
    assert filtered["total"] == expected
    assert filtered["filters"]["status"] == status
    assert [p["status"] for p in filtered["pledges"]] == [status]


def test_ledger_page_links_to_next_and_previous_keeping_filters(client: TestClient) -> None:
    total = _all_pledges(client, as_of="2012-05-01")["total"]
    if total < 2:
        pytest.skip("need two pledges to page")
    first = client.get("/ledger", params={"as_of": "2012-05-01", "limit": 1}).text
    assert 'rel="next" href="/ledger?as_of=2012-05-01&amp;limit=1&amp;offset=1"' in first
    assert 'rel="prev"' not in first
    assert f"pledges 1–1 of {total}" in first
    second = client.get("/ledger", params={"as_of": "2012-05-01", "limit": 1, "offset": 1}).text
    assert 'rel="prev" href="/ledger?as_of=2012-05-01&amp;limit=1"' in second
    assert f"pledges 2–2 of {total}" in second
    whole = client.get("/ledger", params={"as_of": "2012-05-01"}).text
    if total <= ledger_view.DEFAULT_PAGE_SIZE:
        assert 'rel="next"' not in whole and 'rel="prev"' not in whole


def test_the_ledger_is_computed_once_for_every_page(client: TestClient, monkeypatch) -> None:
    real = ledger_view.ledger_statuses_function()
    if real is None:
        pytest.skip("ledger stage not installed")
    calls: list[dict[str, Any]] = []

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(ledger_view, "ledger_statuses_function", lambda: counting)
    for offset in (0, 1, 2, 0):
        client.get("/api/ledger", params={"as_of": "2011-07-01", "limit": 1, "offset": offset})
    client.get("/ledger", params={"as_of": "2011-07-01", "limit": 1})
    assert len(calls) == 1


def _add_launch(url: str, event_id: str) -> None:
    """One more material-conflict event by the North Korean government in April 2012."""
    with open_store(url) as store:
        insert_launch(store, event_id)


def insert_launch(store: Store, event_id: str) -> None:
    """:func:`_add_launch` on an open store, in a transaction of its own."""
    with store.engine.begin() as connection:
        doc_id = connection.execute(select(schema.documents.c.id).limit(1)).scalar_one()
        connection.execute(
            insert(schema.events).values(
                id=event_id,
                doc_id=doc_id,
                sentence_id=f"{doc_id}:s0",
                date=dt.date(2012, 4, 20),
                date_precision="day",
                source="PRKGOV",
                target="JPN",
                cameo="190",
                root="19",
                quad=4,
                goldstein=-10.0,
                modality="asserted",
                evidence="A test event added after the dashboard started.",
            )
        )


def _april_conflict(client: TestClient) -> int:
    timeline = client.get("/api/actors/PRK/timeline").json()
    return sum(
        b["events"] for b in timeline["bars"] if b["month"] == "2012-04-01" and b["quad"] == 4
    )


def test_a_write_to_the_store_shows_after_the_change_check(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'live.db'}"
    with open_store(url) as store:
        build_sample_store(store, ledger=False)
    with TestClient(create_app(url)) as live:
        context = live.app.state.context  # type: ignore[attr-defined]
        context.fingerprint_ttl = 60
        before = _april_conflict(live)
        _add_launch(url, "test-added-launch")
        # until the change check runs again the cached timeline is served
        assert _april_conflict(live) == before
        context.fingerprint_ttl = 0.2  # the check is due on the next request after 0.2 s
        time.sleep(0.3)
        assert _april_conflict(live) == before + 1
        page = live.get("/actors/PRK").text
        assert page.count("test-added-launch") == 0  # the page shows counts, not event ids
        events = live.get("/api/actors/PRK/events", params={"month": "2012-04", "quad": 4}).json()
        assert "test-added-launch" in {e["id"] for e in events["items"]}


def test_the_change_check_runs_at_most_once_per_interval(tmp_path, monkeypatch) -> None:
    from pledgewatch.web import queries

    url = f"sqlite:///{tmp_path / 'count.db'}"
    with open_store(url) as store:
        build_sample_store(store, ledger=False)
    checks: list[int] = []
    real = queries.store_fingerprint

    def counting(store: Any) -> Any:
        checks.append(1)
        return real(store)

    monkeypatch.setattr(queries, "store_fingerprint", counting)
    with TestClient(create_app(url)) as live:
        live.app.state.context.fingerprint_ttl = 60  # type: ignore[attr-defined]
        for _ in range(5):
            assert live.get("/api/actors/PRK/timeline").status_code == 200
            assert live.get("/api/ledger").status_code == 200
    assert len(checks) == 1


def test_concurrent_misses_compute_a_cached_value_once(tmp_path) -> None:
    import threading

    from pledgewatch.web.context import ViewContext

    calls: list[int] = []

    def slow() -> int:
        calls.append(1)
        time.sleep(0.2)
        return 42

    with open_store(f"sqlite:///{tmp_path / 'empty.db'}") as store:
        context = ViewContext(store)
        results: list[int] = []
        threads = [
            threading.Thread(target=lambda: results.append(context.cached(("k",), slow)))
            for _ in range(6)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert results == [42] * 6 and len(calls) == 1
        assert context.cached(("other",), lambda: 7) == 7 and len(calls) == 1


def test_the_listing_carries_the_latest_evidence_and_the_pledge_view_all_of_it(
    client: TestClient,
) -> None:
    pledges = _all_pledges(client)["pledges"]
    for pledge in pledges:
        assert len(pledge["evidence"]) <= ledger_view.LISTING_EVIDENCE
        assert pledge["evidence_total"] >= len(pledge["evidence"])
    widest = max(pledges, key=lambda p: p["evidence_total"])
    detail = client.get(f"/api/pledges/{widest['id']}").json()["pledge"]
    assert len(detail["evidence"]) == widest["evidence_total"]
    if widest["evidence"]:
        assert detail["evidence"][-1] == widest["evidence"][-1]


def test_the_worker_app_factory_reads_the_store_from_the_environment(
    sample: tuple[str, SampleStore], monkeypatch
) -> None:
    from pledgewatch.errors import ConfigError
    from pledgewatch.web.app import STORE_URL_ENV, app_from_env

    monkeypatch.delenv(STORE_URL_ENV, raising=False)
    with pytest.raises(ConfigError, match=STORE_URL_ENV):
        app_from_env()
    monkeypatch.setenv(STORE_URL_ENV, sample[0])
    monkeypatch.delenv("PLEDGEWATCH_WRITE_TOKEN", raising=False)
    with TestClient(app_from_env()) as worker:
        assert worker.get("/api/health").json()["ok"] is True
        assert worker.app.state.write_token is None  # type: ignore[attr-defined]


def test_a_short_listing_keeps_the_evidence_that_set_the_status() -> None:
    """Five entries of twelve: the one that set the status stays among them, in date order."""
    evidence = [{"sentence": f"s{i}", "decides": i == 2} for i in range(12)]
    kept = ledger_view._latest_evidence({"evidence": evidence}, 5)
    assert [e["sentence"] for e in kept] == ["s2", "s8", "s9", "s10", "s11"]
    assert ledger_view._latest_evidence({"evidence": evidence[:4]}, 5) == evidence[:4]
