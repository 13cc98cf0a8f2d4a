"""The ledger's newer readings as the dashboard shows them: a pledge broken and then made again
by its promisor (the JSON carries the current episode's start and every episode, and the pledge
page lists the history with the breach kept in the first stretch), and one act told twice in a
report (one link, the other sentence shown beside it)."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from pledgewatch.ledger import ensure_ledger
from pledgewatch.ledger.records import AFTER_BREACH
from pledgewatch.store import open_store
from pledgewatch.web import create_app
from tests.test_ledger_pass19 import missile_moratorium_story

PLEDGE = "PRK:missile_launch_moratorium"


def _client(tmp_path: Path) -> TestClient:
    url = f"sqlite:///{tmp_path / 'episodes.db'}"
    with open_store(url) as store:
        missile_moratorium_story(store)
        ensure_ledger(store)
    return TestClient(create_app(url))


def test_the_pledge_json_carries_its_episodes(tmp_path: Path) -> None:
    with _client(tmp_path) as client:
        pledge = client.get(f"/api/pledges/{PLEDGE}").json()["pledge"]
    assert pledge["since"] == "2013-06-02"
    first, second = pledge["episodes"]
    assert (first["since"], first["status"], first["contradicted_on"]) == (
        "2012-01-10",
        "contradicted",
        "2013-04-20",
    )
    assert (first["until"], first["reopened_by"]) == ("2013-06-02", AFTER_BREACH)
    assert (second["since"], second["contradicted_on"]) == ("2013-06-02", None)


def test_the_pledge_page_lists_the_history(tmp_path: Path) -> None:
    with _client(tmp_path) as client:
        page = client.get(f"/pledges/{PLEDGE}").text
    history = page[page.index("<h2>History</h2>") :]
    history = history[: history.index("</ol>")]
    assert history.count("<li>") == 2
    # the blurb names no one cause: a stretch may open after a retraction or others' claims
    assert "Each stretch opens when the pledge is made again (the reason in brackets)" in history
    assert f"({AFTER_BREACH})" in history
    assert "broken 2013-04-20" in history
    assert history.index("2012-01-10") < history.index("2013-06-02")


def test_a_pledge_with_one_episode_shows_no_history(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'one.db'}"
    with open_store(url) as store:
        missile_moratorium_story(store)
        ensure_ledger(store)
    with TestClient(create_app(url)) as client:
        listed = client.get("/api/ledger", params={"as_of": "2012-12-31"}).json()
        (row,) = [p for p in listed["pledges"] if p["id"] == PLEDGE]
        page = client.get(f"/pledges/{PLEDGE}", params={"as_of": "2012-12-31"}).text
    assert len(row["episodes"]) == 1 and row["since"] == "2012-01-10"
    assert "<h2>History</h2>" not in page


def test_the_pledge_page_shows_the_other_telling_of_a_linked_act(tmp_path: Path) -> None:
    """A headline and its body sentence telling one act are one link; the page shows the other
    sentence beside it, so the analyst still sees both."""
    from tests.test_ledger_pass20 import talks_told_twice

    url = f"sqlite:///{tmp_path / 'twice.db'}"
    with open_store(url) as store:
        talks_told_twice(store)
        ensure_ledger(store)
    body = "The American envoy and the North's vice minister sat down for talks in Oslo."
    with TestClient(create_app(url)) as client:
        (action,) = client.get("/api/pledges/PRK:talks").json()["actions"]
        page = client.get("/pledges/PRK:talks").text
    assert action["also_told"] == [body]
    assert "told again in this report" in page and "sat down for talks in Oslo" in page
