"""The dashboard holds against hostile input: headers, escaping, bound SQL, guarded writes."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from pledgewatch.store import open_store, schema
from pledgewatch.web import create_app
from pledgewatch.web.app import external_url
from tests.test_web_sample_store import (
    XSS_PUBLISHER,
    XSS_SENTENCES,
    XSS_TITLE,
    XSS_TOPIC,
    SampleStore,
    build_sample_store,
)

TOKEN = "correct horse battery staple"


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, SampleStore]:
    url = f"sqlite:///{tmp_path_factory.mktemp('web-security') / 'sample.db'}"
    with open_store(url) as store:
        built = build_sample_store(store)
    return url, built


@pytest.fixture(scope="module")
def client(sample: tuple[str, SampleStore]) -> Iterator[TestClient]:
    with TestClient(create_app(sample[0]), raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture()
def writer(sample: tuple[str, SampleStore]) -> Iterator[TestClient]:
    with TestClient(create_app(sample[0], write_token=TOKEN)) as test_client:
        yield test_client


# -- headers ----------------------------------------------------------------------------------


def assert_security_headers(response) -> None:
    csp = response.headers["content-security-policy"]
    directives = {part.split()[0]: part.split()[1:] for part in csp.split("; ")}
    assert directives["default-src"] == ["'self'"]
    assert directives["script-src"] == ["'self'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert "'unsafe-inline'" not in csp and "'unsafe-eval'" not in csp and "http" not in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["referrer-policy"] == "same-origin"


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/ledger",
        "/api/actors",
        "/api/ledger",
        "/static/app.css",
        "/static/vendor/vega.min.js",
        "/documents/missing",
        "/api/documents/missing",
        "/openapi.json",
        "/actors?code=PRK",
    ],
)
def test_every_response_carries_the_security_headers(client: TestClient, path: str) -> None:
    assert_security_headers(client.get(path, follow_redirects=False))


def test_a_crash_is_a_clean_500_with_headers(client: TestClient, monkeypatch) -> None:
    from pledgewatch.web import overview

    def explode(*_args, **_kwargs):
        raise RuntimeError("secret internals /etc/passwd")

    monkeypatch.setattr(overview, "list_actors", explode)
    for path, json_error in (("/api/actors", True), ("/actors/PRK", False)):
        response = client.get(path)
        assert response.status_code == 500
        assert "secret internals" not in response.text
        assert_security_headers(response)
        if json_error:
            assert response.json()["error"]["code"] == "PW500"
        else:
            assert "<h1>500" in response.text


def test_docs_ui_that_would_need_a_cdn_is_off(client: TestClient) -> None:
    assert client.get("/docs").status_code == 404
    assert client.get("/redoc").status_code == 404


# -- stored payloads are shown as text -----------------------------------------------------------

RAW_PAYLOADS = [
    "<script>window.__pwned",
    "<img src=x onerror",
    "<svg onload",
    '" onmouseover="window',
    "<b onclick",
    "<i onmouseover",
    "javascript:window",
]


def xss_pages(sample: SampleStore) -> list[str]:
    pledge = quote(f"PRK:{XSS_TOPIC}", safe="")
    return [
        f"/documents/{sample.xss_doc}",
        f"/documents/{sample.xss_doc}?hl={quote(sample.xss_event)}",
        "/search?q=pwned",
        "/search?q=%3Cscript%3E",
        "/actors/PRK/events?month=2012-03&quad=3",
        "/ledger",
        f"/pledges/{pledge}",
    ]


def test_payloads_render_as_escaped_text_on_every_page(client: TestClient, sample) -> None:
    for path in xss_pages(sample[1]):
        response = client.get(path)
        assert response.status_code == 200, path
        html = response.text
        for raw in RAW_PAYLOADS:
            if raw == "javascript:window":
                assert 'href="javascript:' not in html, path
            else:
                assert raw not in html, (path, raw)
        assert "pwned" in html, f"{path} should show the payload as text"


def test_document_page_shows_each_payload_escaped(client: TestClient, sample) -> None:
    html = client.get(f"/documents/{sample[1].xss_doc}").text
    assert "Payload &lt;script&gt;window.__pwned=1&lt;/script&gt; headline" in html
    assert "&lt;img src=x onerror=&#34;window.__pwned=2&#34;&gt;Wire" in html
    assert 'class="code">javascript:window.__pwned=3</span>' in html
    assert XSS_TITLE not in html and XSS_PUBLISHER not in html
    for sentence in XSS_SENTENCES:
        assert sentence not in html


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://example.org/a", "https://example.org/a"),
        ("http://x.y", "http://x.y"),
        ("javascript:alert(1)", None),
        (" JavaScript:alert(1)", None),
        ("data:text/html,x", None),
        ("//evil.example/x", None),
        ("vbscript:x", None),
        ("", None),
        (None, None),
    ],
)
def test_only_http_urls_become_links(url, safe) -> None:
    assert external_url(url) == safe


# -- bound parameters -----------------------------------------------------------------------------

INJECTIONS = [
    "' OR '1'='1",
    "'; DROP TABLE events; --",
    "%' UNION SELECT id, text FROM documents --",
    '" OR ""="',
    "\\",
    "PRK%",
    "_",
    "1; SELECT sqlite_version()",
    "ＰＲＫ",
    "\u202eevil",
    "a\x00b\x1bc",
    "x" * 199,
]


def injection_paths(value: str) -> list[str]:
    q = quote(value, safe="")
    return [
        f"/api/search?q={q}",
        f"/search?q={q}",
        f"/api/ledger?actor={q}",
        f"/api/ledger?topic={q}",
        f"/api/ledger?status={q}",
        f"/ledger?actor={q}&topic={q}&status={q}",
        f"/api/actors/{q}/timeline",
        f"/actors/{q}",
        f"/api/actors/{q}/events",
        f"/api/documents/{q}",
        f"/documents/{q}",
        f"/api/pledges/{q}",
        f"/api/checklists/{q}",
        f"/api/checklists/allied-preconditions-2011?as_of={q}",
    ]


@pytest.mark.parametrize("value", INJECTIONS)
def test_injection_strings_get_ordinary_answers(client: TestClient, sample, value: str) -> None:
    for path in injection_paths(value):
        response = client.get(path)
        assert response.status_code in (200, 400, 404, 422), (path, response.status_code)
        text = response.text.lower()
        assert "sqlite" not in text.replace("sqlite_version", "") and "syntax error" not in text, (
            path
        )
    with open_store(sample[0]) as store:
        counts = store.counts()
    assert counts["events"] > 100 and counts["documents"] > 20


def test_a_like_wildcard_does_not_match_everything(client: TestClient) -> None:
    assert client.get("/api/ledger", params={"actor": "%"}).json()["pledges"] == []
    assert client.get("/api/actors/%25/timeline").json()["bars"] == []
    assert client.get("/api/search", params={"q": "%"}).json()["documents"]["total"] == 0


# -- the one write ---------------------------------------------------------------------------------


def decision(sample: SampleStore, **changes) -> dict:
    body = {
        "pledge_id": sample.missile_pledge,
        "event_id": sample.launch_event,
        "decision": "reject",
        "note": "analyst: launch failed",
    }
    return {**body, **changes}


def test_writes_are_off_without_a_token(client: TestClient, sample) -> None:
    response = client.post(
        "/api/links", json=decision(sample[1]), headers={"Authorization": "Bearer anything"}
    )
    assert response.status_code == 403
    assert response.json()["error"]["type"] == "Forbidden"


@pytest.mark.parametrize(
    "header",
    [None, "Bearer wrong", f"Basic {TOKEN}", f"Bearer {TOKEN}x", "Bearer", f"bearer  {TOKEN[:-1]}"],
)
def test_writes_need_the_exact_token(writer: TestClient, sample, header) -> None:
    headers = {"Authorization": header} if header else {}
    response = writer.post("/api/links", json=decision(sample[1]), headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert set(response.json()["error"]) == {"status", "code", "type", "message"}


def test_a_token_holder_can_reject_a_link(writer: TestClient, sample) -> None:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    bad = writer.post("/api/links", json=decision(sample[1], decision="delete"), headers=headers)
    assert bad.status_code == 422
    missing = writer.post(
        "/api/links", json=decision(sample[1], pledge_id="PRK:nothing"), headers=headers
    )
    assert missing.status_code == 404
    response = writer.post("/api/links", json=decision(sample[1]), headers=headers)
    assert response.status_code == 200, response.text
    assert response.json()["decision"] == "reject"
    with open_store(sample[0]) as store, store.reading() as connection:
        rows = connection.execute(
            select(schema.link_overrides.c.decision, schema.link_overrides.c.note).where(
                schema.link_overrides.c.event_id == sample[1].launch_event
            )
        ).all()
    assert [tuple(row) for row in rows] == [("reject", "analyst: launch failed")]
    if response.json()["applied_by"] == "ledger":
        detail = writer.get(f"/api/pledges/{sample[1].missile_pledge}").json()
        assert sample[1].launch_event not in [a["event"]["id"] for a in detail["actions"]]
    # put the link back for the other tests of this module
    confirm = decision(sample[1], decision="confirm", relation="contradicts")
    assert writer.post("/api/links", json=confirm, headers=headers).status_code == 200
