"""The dashboard's JSON API on the sample store: each page's data, and the one error shape."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from pledgewatch.store import open_store
from pledgewatch.web import create_app
from pledgewatch.web.charts import chart_palette, quad_colours
from tests.test_web_sample_store import SampleStore, build_sample_store


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, SampleStore]:
    url = f"sqlite:///{tmp_path_factory.mktemp('web-api') / 'sample.db'}"
    with open_store(url) as store:
        built = build_sample_store(store)
    return url, built


@pytest.fixture(scope="module")
def client(sample: tuple[str, SampleStore]) -> Iterator[TestClient]:
    with TestClient(create_app(sample[0])) as test_client:
        yield test_client


def test_actors_are_listed_with_names(client: TestClient) -> None:
    actors = client.get("/api/actors").json()
    assert actors[0] == {
        "code": "PRKGOV",
        "label": "PRKGOV — North Korea government",
        "events": actors[0]["events"],
    }
    assert actors[0]["events"] > 100


def test_timeline_counts_what_happened_by_month_and_quad(client: TestClient) -> None:
    timeline = client.get("/api/actors/PRK/timeline").json()
    assert timeline["actor_label"] == "PRK — North Korea"
    april = {b["quad"]: b["events"] for b in timeline["bars"] if b["month"] == "2012-04-01"}
    # three filler conflict events plus the launch; the launch is material conflict
    assert april[4] == 4 and april[3] == 3 and april[1] == 1
    # the Leap Day statements are verbal cooperation in February 2012
    february = {b["quad"]: b["events"] for b in timeline["bars"] if b["month"] == "2012-02-01"}
    assert february[1] == 4 + 3 + 1


def test_timeline_spec_uses_the_stylesheet_colours(client: TestClient) -> None:
    spec = client.get("/api/actors/PRK/timeline").json()["spec"]
    layers = spec["vconcat"][0]["layer"] if "vconcat" in spec else spec["layer"]
    bar = next(layer for layer in layers if layer["mark"]["type"] == "bar")
    assert bar["encoding"]["color"]["scale"]["range"] == quad_colours()
    assert quad_colours()[0] == chart_palette()["quad-1"]
    assert all(row["month_key"] and row["quad"] for row in bar["data"]["values"])


def test_timeline_has_the_analysis_when_the_stage_is_installed(client: TestClient) -> None:
    timeline = client.get("/api/actors/PRK/timeline").json()
    if timeline["gap"] is None:
        assert any("not available" in notice for notice in timeline["notices"])
        pytest.skip("analysis stage not installed")
    assert {"2011-05-01", "2011-06-01"} <= {g["period"] for g in timeline["gap"] if g["gap"] > 1}
    assert any(w["start"] <= "2011-05-01" <= w["end"] for w in timeline["windows"])
    assert any(c["date"].startswith("2012-04") for c in timeline["change_points"])


def test_a_chart_point_lists_its_events_with_evidence(
    client: TestClient, sample: tuple[str, SampleStore]
) -> None:
    page = client.get("/api/actors/PRK/events", params={"month": "2012-04", "quad": 4}).json()
    assert page["total"] == 4
    launch = next(e for e in page["items"] if e["id"] == sample[1].launch_event)
    assert launch["evidence"].startswith("North Korea launched an Unha-3 rocket")
    assert (
        launch["link"]
        == f"/documents/{sample[1].launch_doc}?hl={launch['id'].replace(':', '%3A')}#hl"
    )
    assert all(e["date"].startswith("2012-04") and e["quad"] == 4 for e in page["items"])


def test_events_page_through(client: TestClient) -> None:
    first = client.get("/api/actors/PRK/events", params={"per_page": 10}).json()
    second = client.get("/api/actors/PRK/events", params={"per_page": 10, "page": 2}).json()
    assert first["total"] == second["total"] > 20
    assert not {e["id"] for e in first["items"]} & {e["id"] for e in second["items"]}


def test_ledger_filters_by_status_and_topic(
    client: TestClient, sample: tuple[str, SampleStore]
) -> None:
    ledger = client.get("/api/ledger", params={"actor": "PRK", "as_of": "2012-05-01"}).json()
    if not ledger["available"]:
        pytest.skip("ledger stage not installed")
    by_id = {p["id"]: p for p in ledger["pledges"]}
    assert by_id[sample[1].missile_pledge]["status"] == "contradicted"
    assert by_id[sample[1].missile_pledge]["first_mention"] == "2012-02-29"
    contradicted = client.get(
        "/api/ledger", params={"status": "contradicted", "as_of": "2012-05-01"}
    )
    assert [p["id"] for p in contradicted.json()["pledges"]] == [sample[1].missile_pledge]
    before = client.get(
        "/api/ledger", params={"topic": "missile_launch_moratorium", "as_of": "2012-04-12"}
    ).json()
    assert [p["status"] for p in before["pledges"]] == ["pledged"]


def test_pledge_detail_has_mentions_and_the_contradicting_launch(
    client: TestClient, sample: tuple[str, SampleStore]
) -> None:
    detail = client.get(f"/api/pledges/{sample[1].missile_pledge}").json()
    mentions = {m["event"]["doc_id"] for m in detail["mentions"]}
    assert {sample[1].leap_doc, sample[1].readout_doc} <= mentions
    assert [(a["relation"], a["event"]["id"]) for a in detail["actions"]] == [
        ("contradicts", sample[1].launch_event)
    ]


@pytest.mark.parametrize(
    ("as_of", "status"),
    [
        ("2012-02-28", "not met"),
        ("2012-03-01", "pledged"),
        ("2012-04-12", "pledged"),
        ("2012-04-13", "contradicted"),
        ("2012-09-01", "contradicted"),
    ],
)
def test_checklist_missile_item_changes_across_the_launch(
    client: TestClient, as_of: str, status: str
) -> None:
    board = client.get("/api/checklists/allied-preconditions-2011", params={"as_of": as_of}).json()
    assert board["as_of"] == as_of
    item = next(i for i in board["items"] if i["id"] == "missile_moratorium")
    assert item["status"] == status
    if status == "contradicted":
        assert any("Unha-3" in (e["text"] or "") for e in item["evidence"])


def test_checklist_defaults_to_the_end_of_the_data(client: TestClient) -> None:
    board = client.get("/api/checklists/allied-preconditions-2011").json()
    assert board["as_of"] == board["date_max"] == "2012-09-24"


def test_document_highlights_each_event_span(
    client: TestClient, sample: tuple[str, SampleStore]
) -> None:
    doc = client.get(
        f"/api/documents/{sample[1].leap_doc}", params={"hl": sample[1].leap_missile_event}
    ).json()
    assert "".join(s["text"] for s in doc["segments"]) == doc["text"]
    marked = [s for s in doc["segments"] if s["event_ids"]]
    assert len(marked) == 3 and all(s["commitment"] and s["quad"] == 1 for s in marked)
    focused = [s for s in doc["segments"] if s["focus"]]
    assert focused and focused[0]["event_ids"] == [sample[1].leap_missile_event]
    assert focused[0]["text"].startswith("The DPRK will implement a moratorium")
    assert doc["segments"][0]["headline"] and doc["segments"][0]["text"] == doc["title"]


def test_search_finds_documents_and_events_and_pages(client: TestClient) -> None:
    result = client.get("/api/search", params={"q": "MORATORIUM"}).json()
    assert result["documents"]["total"] == 2 and result["events"]["total"] == 3
    paged = client.get("/api/search", params={"q": "detained", "per_page": 5, "page": 2}).json()
    assert paged["events"]["page"] == 2 and len(paged["events"]["items"]) == 5
    assert paged["events"]["total"] > 10


def test_a_common_search_term_reports_a_lower_bound_and_pages_newest_first(
    client: TestClient, monkeypatch
) -> None:
    from pledgewatch.web import queries

    def dates(result: dict) -> list[str]:
        return [hit["published"] or "" for hit in result["documents"]["items"]]

    exact = client.get("/api/search", params={"q": "the", "per_page": 100}).json()["documents"]
    if exact["total"] < 3:
        pytest.skip("the sample store has fewer than three documents with 'the'")
    assert dates({"documents": exact}) == sorted(dates({"documents": exact}), reverse=True)
    monkeypatch.setattr(queries, "SEARCH_COUNT_CAP", 2)
    paged = []
    for page in (1, 2):
        capped = client.get("/api/search", params={"q": "the", "per_page": 1, "page": page})
        body = capped.json()["documents"]
        assert body["more"] is True and body["total"] == 2
        paged += [hit["id"] for hit in body["items"]]
    assert paged == [hit["id"] for hit in exact["items"][:2]]
    assert "Documents (2+)" in client.get("/search", params={"q": "the"}).text


@pytest.mark.parametrize("term", ["%", "_", "100%", "a_b"])
def test_search_wildcards_are_literal(client: TestClient, term: str) -> None:
    result = client.get("/api/search", params={"q": term}).json()
    texts = [e["evidence"] for e in result["events"]["items"]]
    assert all(term.lower() in t.lower() for t in texts)
    if term in ("%", "100%"):
        assert result["events"]["total"] == 0 and result["documents"]["total"] == 0


@pytest.mark.parametrize(
    ("path", "status", "code", "kind"),
    [
        ("/api/documents/no-such-doc", 404, "PW404", "NotFound"),
        ("/api/pledges/PRK:no_such_topic", 404, "PW404", "NotFound"),
        ("/api/checklists/no-such-list", 404, "PW404", "NotFound"),
        ("/api/nothing/here", 404, "PW404", "NotFound"),
        ("/api/ledger?as_of=yesterday", 400, "PW100", "InputError"),
        ("/api/actors/PRK/events?quad=9", 422, "PW422", "InvalidRequest"),
        ("/api/actors/PRK/events?month=2012-13", 400, "PW100", "InputError"),
        ("/api/links", 405, "PW405", "MethodNotAllowed"),
    ],
)
def test_every_json_error_has_one_shape(
    client: TestClient, path: str, status: int, code: str, kind: str
) -> None:
    response = client.get(path)
    assert response.status_code == status
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"status", "code", "type", "message"}
    assert body["error"]["status"] == status
    assert (body["error"]["code"], body["error"]["type"]) == (code, kind)
    assert body["error"]["message"]


def test_openapi_documents_every_page_twin(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in (
        "/api/actors/{code}/timeline",
        "/api/actors/{code}/events",
        "/api/ledger",
        "/api/pledges/{pledge_id}",
        "/api/checklists/{name}",
        "/api/documents/{doc_id}",
        "/api/search",
        "/api/links",
    ):
        assert path in paths, path


def test_health_counts_the_store(client: TestClient) -> None:
    health = client.get("/api/health").json()
    assert health["ok"] is True and health["counts"]["events"] > 100


def test_an_empty_store_serves_every_page(tmp_path: Path) -> None:
    with TestClient(create_app(f"sqlite:///{tmp_path / 'empty.db'}")) as empty:
        for path in (
            "/",
            "/ledger",
            "/checklists",
            "/search?q=x",
            "/api/actors",
            "/api/ledger",
            "/api/search?q=x",
        ):
            assert empty.get(path).status_code == 200, path
        assert empty.get("/api/actors/PRK/timeline").json()["bars"] == []


def test_sample_dates_are_iso(client: TestClient) -> None:
    page = client.get("/api/actors/PRK/events", params={"per_page": 200}).json()
    for event in page["items"]:
        assert dt.date.fromisoformat(event["date"])


# -- when a stage is missing, the views fall back on what the store holds -------------------------


def test_chart_counts_without_the_analysis_stage_match_the_analysis(sample, monkeypatch) -> None:
    from pledgewatch.web import overview
    from pledgewatch.web.context import ViewContext

    with open_store(sample[0]) as store:
        analysed = overview.actor_timeline(ViewContext(store), "PRK")
        monkeypatch.setattr(overview, "analysis_function", lambda _name: None)
        plain = overview.actor_timeline(ViewContext(store), "PRK")
    assert plain.gap is None and plain.windows is None and plain.change_points is None
    assert any("not available" in notice for notice in plain.notices)
    if analysed.gap is None:
        pytest.skip("analysis stage not installed")
    assert [b.model_dump() for b in plain.bars] == [b.model_dump() for b in analysed.bars]
    assert [(t.month, t.goldstein) for t in plain.tone] == [
        (t.month, pytest.approx(t.goldstein, abs=1e-3)) for t in analysed.tone
    ]


def test_ledger_without_the_stage_shows_the_stored_pledges(sample, monkeypatch) -> None:
    from pledgewatch.web import ledger_view
    from pledgewatch.web.context import ViewContext

    monkeypatch.setattr(ledger_view, "ledger_statuses_function", lambda: None)
    with open_store(sample[0]) as store:
        result = ledger_view.ledger(ViewContext(store), actor="PRK")
    assert result.source == "table" and not result.available
    if not sample[1].ledger_built:
        assert result.pledges == []
        return
    by_id = {p.id: p for p in result.pledges}
    assert by_id[sample[1].missile_pledge].status == "contradicted"  # as stored at build time


def test_checklist_without_the_stage_reads_stored_evaluations(
    sample, tmp_path, monkeypatch
) -> None:
    from sqlalchemy import insert

    from pledgewatch.store import schema
    from pledgewatch.web import checklist_view
    from pledgewatch.web.context import ViewContext

    monkeypatch.setattr(checklist_view, "checklist_functions", lambda: None)
    rows = [
        ("missile", "Missile moratorium", "2012-03-01", "pledged", ["no fulfilling action yet"]),
        ("missile", "Missile moratorium", "2012-04-13", "contradicted", []),
        ("inspectors", "Inspectors back", "2012-03-01", "pledged", []),
    ]
    with open_store(f"sqlite:///{tmp_path / 'stored.db'}") as store:
        with store.transaction() as connection:
            connection.execute(
                insert(schema.checklist_evaluations),
                [
                    {
                        "checklist": "saved-list",
                        "as_of": dt.date.fromisoformat(day),
                        "item_id": item,
                        "label": label,
                        "status": status,
                        "evidence": [],
                        "missing": missing,
                    }
                    for item, label, day, status, missing in rows
                ],
            )
        ctx = ViewContext(store)
        assert "saved-list" in checklist_view.checklist_names(ctx).names

        def statuses(day: str) -> dict[str, str]:
            board = checklist_view.checklist_board(ctx, "saved-list", dt.date.fromisoformat(day))
            assert board.source == "stored"
            return {item.id: item.status for item in board.items}

        assert statuses("2012-02-01") == {"missile": "not met", "inspectors": "not met"}
        assert statuses("2012-04-12") == {"missile": "pledged", "inspectors": "pledged"}
        assert statuses("2012-04-13") == {"missile": "contradicted", "inspectors": "pledged"}


def test_a_sentence_id_highlights_that_sentence(client: TestClient, sample) -> None:
    sentence = f"{sample[1].readout_doc}:2"  # the readout's second body sentence (no event)
    doc = client.get(f"/api/documents/{sample[1].readout_doc}", params={"hl": sentence}).json()
    focused = "".join(s["text"] for s in doc["segments"] if s["focus"])
    assert focused.startswith("The DPRK has also agreed to the return of IAEA inspectors")
    assert not any(s["event_ids"] for s in doc["segments"] if s["focus"])


def test_serve_runs_the_app_under_uvicorn(sample, monkeypatch) -> None:
    import uvicorn
    from typer.testing import CliRunner

    from pledgewatch.cli import build_app

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: calls.append((app, options)))
    result = CliRunner().invoke(
        build_app(),
        ["serve", "--db", sample[0], "--port", "8123", "--write-token", "t0ken"],
    )
    assert result.exit_code == 0, result.output
    ((app, options),) = calls
    assert options["host"] == "127.0.0.1" and options["port"] == 8123
    assert app.state.write_token == "t0ken"
    with TestClient(app) as served:
        assert served.get("/api/health").json()["ok"] is True


def test_overview_timeline_starts_with_the_earliest_report(tmp_path) -> None:
    from fastapi.testclient import TestClient

    from pledgewatch.web import create_app
    from tests.test_report import store_with_a_1953_event

    url = f"sqlite:///{tmp_path / 'old.db'}"
    store_with_a_1953_event(url)
    timeline = TestClient(create_app(url)).get("/api/actors/PRK/timeline").json()
    assert timeline["since"] == "2012-03-05"
    assert [bar["month"][:7] for bar in timeline["bars"]] == ["2012-03"]


def test_checklist_dates_stay_within_the_reporting(tmp_path) -> None:
    """The checklist's date slider and default date run over the reports, not from 1953."""
    from fastapi.testclient import TestClient

    from pledgewatch.web import create_app
    from tests.test_report import store_with_a_1953_event

    url = f"sqlite:///{tmp_path / 'old.db'}"
    store_with_a_1953_event(url)
    page = TestClient(create_app(url)).get("/checklists/allied-preconditions-2011").text
    assert "2012-03-05" in page and "1953-01-01" not in page


def _client_with_one_more_pledge(tmp_path, doc_id: str, sentence: str, commitment):
    """A dashboard over the test story plus one document whose one event carries
    ``commitment``, the ledger built as `pledgewatch serve` builds it at start."""
    from fastapi.testclient import TestClient

    from pledgewatch.ledger import ensure_ledger
    from pledgewatch.store import open_store
    from pledgewatch.web import create_app
    from tests.test_ledger_story import add_document, build_story, commitment_event

    url = f"sqlite:///{tmp_path / (doc_id + '.db')}"
    with open_store(url) as store:
        build_story(store)
        add_document(store, doc_id, "2011-07-25", [(sentence, [commitment_event(commitment)])])
        ensure_ledger(store)
    return TestClient(create_app(url))


def test_ledger_lists_generic_pledges_only_on_request(tmp_path) -> None:
    """As `pledgewatch ledger`: wordings that match no taxonomy topic are counted, not listed."""
    from tests.test_ledger_story import C

    promise = C("other", topic_text="send a delegation to the fair")
    client = _client_with_one_more_pledge(
        tmp_path, "fair", "Pyongyang will send a delegation.", promise
    )
    hidden = client.get("/api/ledger", params={"actor": "PRK"}).json()
    assert "PRK:other:send-delegation-fair" not in {p["id"] for p in hidden["pledges"]}
    assert any("1 pledge(s) on no taxonomy topic" in n for n in hidden["notices"])
    listed = client.get("/api/ledger", params={"actor": "PRK", "generic": "true"}).json()
    assert "PRK:other:send-delegation-fair" in {p["id"] for p in listed["pledges"]}
    assert listed["total"] == hidden["total"] + 1
    page = client.get("/ledger", params={"generic": "1"}).text
    assert 'name="generic" value="1" checked' in page and "send-delegation-fair" in page


def test_ledger_lists_pledges_of_an_unknown_country_only_on_request(tmp_path) -> None:
    """As `pledgewatch ledger`: a promisor of no known country ("the leaders said they
    would ...") is counted in a notice, listed with unknown=1 or an actor filter of ---."""
    from tests.test_ledger_story import C

    promise = C("six_party_talks", promisor="---GOV")
    client = _client_with_one_more_pledge(
        tmp_path, "leaders", "The leaders said they would resume the talks.", promise
    )
    hidden = client.get("/api/ledger").json()
    assert "---:six_party_talks" not in {p["id"] for p in hidden["pledges"]}
    assert any("1 pledge(s) of an unknown country" in n for n in hidden["notices"])
    listed = client.get("/api/ledger", params={"unknown": "true"}).json()
    assert "---:six_party_talks" in {p["id"] for p in listed["pledges"]}
    assert listed["total"] == hidden["total"] + 1
    asked = client.get("/api/ledger", params={"actor": "---"}).json()
    assert [p["id"] for p in asked["pledges"]] == ["---:six_party_talks"]
    page = client.get("/ledger", params={"unknown": "1"}).text
    assert 'name="unknown" value="1" checked' in page and "/pledges/---%3Asix_party_talks" in page


def test_a_pledge_first_recalled_by_year_reads_as_that_year(tmp_path) -> None:
    """A 2012 report recalling that North Korea signed the Armistice in 1953: the ledger page,
    its JSON and the briefing write the first mention as "1953", not "1953-01-01"."""
    import datetime as dt

    from fastapi.testclient import TestClient

    from pledgewatch.ledger import ensure_ledger
    from pledgewatch.report.briefing import gather_briefing
    from pledgewatch.report.render import render_markdown
    from pledgewatch.store import open_store
    from pledgewatch.web import create_app
    from tests.test_ledger_story import C, E, add_document

    url = f"sqlite:///{tmp_path / 'recalled.db'}"
    signed = C("armistice_compliance", promisee="KOR", speaker=None)
    with open_store(url) as store:
        add_document(
            store,
            "recall",
            "2012-03-05",
            [
                (
                    "North Korea signed the Armistice in 1953.",
                    [
                        E(
                            cameo="057",
                            source="PRKGOV",
                            target="KOR",
                            commitment=signed.build(),
                            date=dt.date(1953, 1, 1),
                            date_precision="year",
                        )
                    ],
                )
            ],
        )
        ensure_ledger(store)
        briefing = gather_briefing(
            store, actor="PRK", since=dt.date(1950, 1, 1), until=None, checklist=None
        )
    row = next(line.pledge for line in briefing.pledges)
    assert (row.first_mention, row.first_mention_shown) == ("1953-01-01", "1953")
    pledge_line = next(
        line for line in render_markdown(briefing, "chart.png").splitlines() if "| **" in line
    )
    assert "| 1953 |" in pledge_line and "1953-01-01" not in pledge_line
    client = TestClient(create_app(url))
    api_row = next(p for p in client.get("/api/ledger").json()["pledges"])
    assert api_row["first_mention_shown"] == "1953" and api_row["last_mention_shown"] == "1953"
    page = client.get("/ledger").text
    assert ">1953<" in page.replace("\n", "") or "1953</td>" in page
    assert "1953-01-01" not in page


def test_evidence_reads_in_its_whole_sentence(tmp_path) -> None:
    """A statement's evidence span ("North Korea said") says nothing alone: the pledge page
    quotes the whole sentence with the span marked, the API carries the sentence, and the
    briefing quotes the sentence."""
    from fastapi.testclient import TestClient
    from sqlalchemy import update

    from pledgewatch.ledger import ensure_ledger
    from pledgewatch.report.briefing import gather_briefing
    from pledgewatch.store import open_store, schema
    from pledgewatch.web import create_app
    from tests.test_ledger_story import C, add_document, commitment_event

    url = f"sqlite:///{tmp_path / 'spans.db'}"
    sentence = "North Korea said it would suspend uranium enrichment at Yongbyon."
    with open_store(url) as store:
        [event_id] = add_document(
            store,
            "freeze",
            "2012-02-29",
            [(sentence, [commitment_event(C("enrichment_freeze", first_party=True))])],
        )
        add_document(  # a second report quoting the same words: two entries, two sentences
            store,
            "freeze-again",
            "2012-03-01",
            [(sentence, [commitment_event(C("enrichment_freeze", first_party=True))] * 2)],
        )
        with store.transaction() as connection:
            connection.execute(
                update(schema.events)
                .where(schema.events.c.id == event_id)
                .values(evidence="North Korea said")
            )
        ensure_ledger(store)
        briefing = gather_briefing(store, actor="PRK", since=None, until=None, checklist=None)
    assert briefing.pledges[0].quote.text == sentence
    client = TestClient(create_app(url))
    pledge = client.get("/api/pledges/PRK%3Aenrichment_freeze").json()["pledge"]
    first = pledge["evidence"][0]
    assert (first["text"], first["sentence_text"]) == ("North Korea said", sentence)
    assert [e["sentence_id"] for e in pledge["evidence"]] == [
        "freeze:0",
        "freeze-again:0",
        "freeze-again:0",
    ]
    page = client.get("/pledges/PRK%3Aenrichment_freeze").text
    assert '<mark class="hit">North Korea said</mark> it would suspend uranium enrichment' in page
    status_evidence = page.split("Evidence for the status", 1)[1]
    assert status_evidence.count("uranium enrichment at Yongbyon.") == 2  # once per sentence
