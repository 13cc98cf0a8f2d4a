"""The dashboard's HTML pages on the sample store: what each shows, and how it is built."""

from __future__ import annotations

import json
from collections.abc import Iterator
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from pledgewatch.store import open_store
from pledgewatch.web import create_app
from pledgewatch.web.highlight import Span, locate_span, segment_text
from tests.test_web_sample_store import SampleStore, build_sample_store


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, SampleStore]:
    url = f"sqlite:///{tmp_path_factory.mktemp('web-pages') / 'sample.db'}"
    with open_store(url) as store:
        built = build_sample_store(store)
    return url, built


@pytest.fixture(scope="module")
def client(sample: tuple[str, SampleStore]) -> Iterator[TestClient]:
    with TestClient(create_app(sample[0])) as test_client:
        yield test_client


class Scripts(HTMLParser):
    """Collects every <script> tag (attributes, body) and any on* attribute of any tag."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[dict[str, str | None], str]] = []
        self.handlers: list[tuple[str, str]] = []
        self._open: dict[str, str | None] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handlers += [(tag, name) for name, _ in attrs if name.lower().startswith("on")]
        if tag == "script":
            self._open = dict(attrs)
            self.tags.append((self._open, ""))

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            attrs, body = self.tags[-1]
            self.tags[-1] = (attrs, body + data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._open = None


def page_paths(sample: SampleStore) -> list[str]:
    return [
        "/",
        "/actors/PRK",
        "/actors/PRK/events?month=2012-04&quad=4",
        "/ledger",
        f"/pledges/{sample.missile_pledge}",
        "/checklists",
        "/checklists/allied-preconditions-2011?as_of=2012-03-01",
        f"/documents/{sample.leap_doc}",
        f"/documents/{sample.xss_doc}",
        "/search?q=moratorium",
        "/api-docs",
    ]


def test_every_page_renders_without_inline_script(client: TestClient, sample) -> None:
    for path in page_paths(sample[1]):
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.headers["content-type"].startswith("text/html")
        parser = Scripts()
        parser.feed(response.text)
        for attrs, body in parser.tags:
            if attrs.get("type") == "application/json":
                json.loads(body)  # data blocks are valid JSON
            else:
                assert attrs.get("src", "").startswith("/static/"), (path, attrs)
                assert not body.strip(), f"inline script on {path}"
        assert not parser.handlers, f"event-handler attributes on {path}: {parser.handlers}"


def test_overview_shows_the_actor_with_its_name_and_chart_data(client: TestClient) -> None:
    html = client.get("/actors/PRK").text
    assert "PRK — North Korea" in html
    assert 'id="timeline-spec"' in html and "/static/vendor/vega-embed.min.js" in html
    assert 'href="/actors/PRK/events?month=2012-04&amp;quad=4"' in html
    assert "2011-04-01 to 2011-06-30" in html or "not available" in html


def test_home_picks_the_most_active_country(client: TestClient) -> None:
    assert "<h1>PRK — North Korea</h1>" in client.get("/").text


def test_actor_picker_redirects_to_the_overview(client: TestClient) -> None:
    response = client.get(
        "/actors", params={"code": "PRK", "since": "2012-01-01"}, follow_redirects=False
    )
    assert response.status_code == 303
    assert response.headers["location"] == "/actors/PRK?since=2012-01-01"


def test_events_page_links_each_event_to_its_document(client: TestClient, sample) -> None:
    html = client.get("/actors/PRK/events?month=2012-04&quad=4").text
    assert "North Korea launched an Unha-3 rocket" in html
    assert f'href="/documents/{sample[1].launch_doc}?hl=' in html
    assert "PRKGOV — North Korea government" in html


def test_ledger_page_lists_pledges_with_status(client: TestClient, sample) -> None:
    html = client.get("/ledger", params={"as_of": "2012-05-01"}).text
    assert "Moratorium on long-range missile launches" in html
    assert 'class="badge status-contradicted"' in html
    assert f'href="/pledges/{sample[1].missile_pledge.replace(":", "%3A")}"' in html
    filtered = client.get("/ledger", params={"status": "fulfilled"}).text
    assert "Moratorium on long-range missile launches" not in filtered


def test_pledge_page_links_mentions_and_actions_to_documents(client: TestClient, sample) -> None:
    html = client.get(f"/pledges/{sample[1].missile_pledge}").text
    for doc in (sample[1].leap_doc, sample[1].readout_doc, sample[1].launch_doc):
        assert f'href="/documents/{doc}?hl=' in html
    assert "contradicts" in html and "2012-04-13" in html


def test_checklist_page_shows_status_evidence_and_missing(client: TestClient) -> None:
    html = client.get("/checklists/allied-preconditions-2011", params={"as_of": "2012-05-01"}).text
    assert 'id="as-of-slider"' in html and 'value="2012-05-01"' in html
    assert "contradicted on 2012-04-13" in html
    assert 'data-item-id="missile_moratorium"' in html


def test_document_page_marks_events_with_reasons(client: TestClient, sample) -> None:
    html = client.get(
        f"/documents/{sample[1].leap_doc}", params={"hl": sample[1].leap_missile_event}
    ).text
    assert html.count('<mark class="ev q1 commitment') == 3
    assert 'id="hl"' in html
    assert "why: sample: formal statement of intent" in html
    assert 'href="https://example.org/kcna/2012-02-29"' in html


def test_search_page_marks_the_term(client: TestClient) -> None:
    html = client.get("/search", params={"q": "Unha"}).text
    assert '<mark class="hit">Unha</mark>' in html


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/documents/missing", 404),
        ("/no/such/page", 404),
        ("/ledger?as_of=soon", 400),
        ("/checklists/not-a-list", 404),
    ],
)
def test_errors_render_an_html_page(client: TestClient, path: str, status: int) -> None:
    response = client.get(path)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")
    assert f"<h1>{status} ·" in response.text and 'class="error-box"' in response.text


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        ([], [("abcdef", [])]),
        ([(1, 3, "e1")], [("a", []), ("bc", ["e1"]), ("def", [])]),
        ([(0, 4, "e1"), (2, 6, "e2")], [("ab", ["e1"]), ("cd", ["e1", "e2"]), ("ef", ["e2"])]),
        ([(2, 4, "e1"), (2, 4, "e2")], [("ab", []), ("cd", ["e1", "e2"]), ("ef", [])]),
        ([(4, 2, "bad"), (0, 99, "out")], [("abcdef", [])]),
    ],
)
def test_segments_cut_at_every_span(spans, expected) -> None:
    pieces = segment_text("abcdef", [Span(a, b, e, 1, False, e) for a, b, e in spans])
    assert [(p.text, p.event_ids) for p in pieces] == expected


def test_locate_span_falls_back_to_the_evidence_text() -> None:
    assert locate_span("Title\n\nBody text.", None, None, "Body text.") == (7, 17)
    assert locate_span("Title\n\nBody text.", 50, 60, "missing") is None


@pytest.mark.parametrize(
    ("code", "label"),
    [
        ("PRK", "PRK — North Korea"),
        ("PRKGOV", "PRKGOV — North Korea government"),
        ("KORMIL", "KORMIL — South Korea military"),
        ("IGOUNOIAE", "IGOUNOIAE — International Atomic Energy Agency"),
        ("XYZGOV", "XYZGOV"),
        ("", "—"),
        (None, "—"),
    ],
)
def test_codes_show_with_names_from_the_dictionary(tmp_path, code, label) -> None:
    from pledgewatch.web.stages import ActorNames, dictionary_names

    if not dictionary_names().countries:
        pytest.skip("actors stage not installed")
    with open_store(f"sqlite:///{tmp_path / 'names.db'}") as store:
        assert ActorNames(store).label(code) == label
