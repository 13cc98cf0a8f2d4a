"""Pledge deadlines on the dashboard: the ledger table's "due by" column, the pledge page's
deadline with the promisor's sentence (linked to its document) and ``lapsed`` shown with a
badge of its own, in the JSON too, and in the status filter.

The story (written for these tests): North Korea's statement of 2011-09-05 says it will receive
an American team searching for war remains "later this month"; no act follows, so the pledge is
pledged on 2011-09-10 and lapsed after 2011-09-30.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from pledgewatch.ledger import rebuild_ledger
from pledgewatch.store import Store, open_store
from pledgewatch.web import create_app
from pledgewatch.web.app import status_class
from pledgewatch.web.charts import stylesheet_text
from pledgewatch.web.context import ViewContext, pledge_link
from pledgewatch.web.ledger_view import ledger, pledge_detail
from tests.test_web_sample_store import _commitment, _save

PLEDGE = "PRK:remains_recovery"
# a pledge that names no deadline: the North accepting U.S. food aid is filed on the U.S. offer
OTHER = "USA:food_aid@PRK"  # (ledger28: ledger.offer_answers)
DEADLINE_SENTENCE = (
    "The DPRK will receive an American team searching for the remains of soldiers missing "
    "since the Korean War later this month."
)
WORDING = "later this month"
DUE = "2011-09-30"
SAID = "2011-09-05"
LATE = dt.date(2011, 12, 1)
EARLY = dt.date(2011, 9, 10)


def deadline_story(store: Store) -> str:
    """Store the story and build the ledger; the id of the statement's document."""
    doc, _ = _save(
        store,
        title="DPRK to host U.S. remains search team",
        sentences=[DEADLINE_SENTENCE],
        published=dt.date(2011, 9, 5),
        publisher="KCNA",
        kind="statement",
        events=[
            {
                "sentence": 0,
                "source": "PRKGOV",
                "target": "USAGOV",
                "cameo": "057",
                "quad": 1,
                "goldstein": 8.0,
                "commitment": _commitment(
                    "remains_recovery",
                    strength="firm",
                    first_party=True,
                    formality="formal",
                    text="receive an American team searching for the remains",
                ),
            }
        ],
    )
    _save(
        store,
        title="DPRK welcomes food aid",
        sentences=["North Korea said it would accept food aid from the United States."],
        published=dt.date(2011, 9, 6),
        publisher="KCNA",
        kind="statement",
        events=[
            {
                "sentence": 0,
                "source": "PRKGOV",
                "target": "USAGOV",
                "cameo": "057",
                "quad": 1,
                "goldstein": 8.0,
                "commitment": _commitment(
                    "food_aid",
                    strength="firm",
                    first_party=True,
                    formality="formal",
                    text="accept food aid",
                ),
            }
        ],
    )
    rebuild_ledger(store)
    return doc


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    url = f"sqlite:///{tmp_path_factory.mktemp('deadlines') / 'story.db'}"
    with open_store(url) as store:
        doc = deadline_story(store)
    return url, doc


@pytest.fixture(scope="module")
def client(story) -> TestClient:
    with TestClient(create_app(story[0])) as test_client:
        yield test_client


@pytest.mark.parametrize(
    ("as_of", "status", "passed", "decides"),
    [
        (EARLY, "pledged", False, False),  # still ahead: shown, sets nothing
        (LATE, "lapsed", True, True),  # passed with no act: the words set the status
    ],
)
def test_ledger_rows_carry_the_deadline_with_its_sentence(
    story, as_of: dt.date, status: str, passed: bool, decides: bool
) -> None:
    url, doc = story
    with open_store(url) as store:
        rows = {row.id: row for row in ledger(ViewContext(store), as_of=as_of).pledges}
    row = rows[PLEDGE]
    assert row.status == status
    due = row.deadline
    assert due is not None
    assert (due.day, due.text, due.said_on) == (DUE, WORDING, SAID)
    assert (due.passed, due.lapsed) == (passed, status == "lapsed")
    assert due.evidence is not None
    assert due.evidence.sentence_text == DEADLINE_SENTENCE
    assert due.evidence.doc_id == doc
    assert due.evidence.link and due.evidence.link.startswith(f"/documents/{doc}?hl=")
    assert due.evidence.decides is decides
    assert rows[OTHER].deadline is None


def test_the_pledge_detail_carries_the_deadline(story) -> None:
    with open_store(story[0]) as store:
        detail = pledge_detail(ViewContext(store), PLEDGE, as_of=LATE)
    assert detail.pledge.deadline is not None
    assert detail.pledge.deadline.day == DUE


def test_the_ledger_page_has_a_due_by_column(client: TestClient, story) -> None:
    page = client.get("/ledger", params={"as_of": LATE.isoformat()}).text
    header = page[page.index("<thead>") : page.index("</thead>")]
    assert "due by" in header
    row = page[page.index(f'href="{pledge_link(PLEDGE)}"') :]
    row = row[: row.index("</tr>")]
    assert 'class="badge status-lapsed">lapsed<' in row
    assert DUE in row and f"“{WORDING}”, said {SAID}" in row
    assert f'<mark class="hit">{WORDING}</mark>' in row  # the sentence, its words marked
    assert f'href="/documents/{story[1]}?hl=' in row
    other = page[page.index(f'href="{pledge_link(OTHER)}"') :]
    assert re.search(r'<td class="deadline">–</td>', other[: other.index("</tr>")])


def test_the_pledge_page_shows_the_deadline_and_the_deciding_sentence(
    client: TestClient, story
) -> None:
    page = client.get(pledge_link(PLEDGE), params={"as_of": LATE.isoformat()}).text
    assert 'class="badge status-lapsed"' in page
    section = page[page.index('<section class="deadline lapsed">') :]
    section = section[: section.index("</section>")]
    assert f'Due by <b class="due">{DUE}</b>' in section
    assert f"the promisor said “{WORDING}” on {SAID}" in section
    assert "set the status" in section
    assert f'<mark class="hit">{WORDING}</mark>' in section
    assert f'href="/documents/{story[1]}?hl=' in section


def test_a_pledge_with_no_deadline_shows_none(client: TestClient) -> None:
    page = client.get(pledge_link(OTHER)).text
    assert '<section class="deadline' not in page
    assert "due by" not in page


def test_the_json_carries_the_deadline(client: TestClient) -> None:
    body = client.get("/api/ledger", params={"as_of": LATE.isoformat()}).json()
    pledge = next(p for p in body["pledges"] if p["id"] == PLEDGE)
    assert pledge["deadline"]["day"] == DUE
    assert pledge["deadline"]["text"] == WORDING
    assert pledge["deadline"]["lapsed"] is True
    assert pledge["deadline"]["evidence"]["sentence_text"] == DEADLINE_SENTENCE


def test_the_status_filter_lists_and_finds_lapsed(client: TestClient) -> None:
    page = client.get("/ledger", params={"as_of": LATE.isoformat(), "status": "lapsed"}).text
    assert '<option value="lapsed" selected>lapsed</option>' in page
    assert pledge_link(PLEDGE) in page
    assert pledge_link(OTHER) not in page


@pytest.mark.parametrize(
    ("status", "css_class"),
    [
        ("fulfilled", "status-met"),
        ("pledged", "status-pledged"),
        ("contradicted", "status-contradicted"),
        ("lapsed", "status-lapsed"),  # its own colour, not the checklist's grey "not met"
        ("retracted", "status-retracted"),  # taken back by the promisor: not the neutral grey
        ("claimed by others only", "status-claimed"),  # others' word only: not the neutral grey
    ],
)
def test_each_status_has_its_badge_everywhere(status: str, css_class: str) -> None:
    assert status_class(status) == css_class
    assert re.search(rf"^\.{css_class} {{", stylesheet_text(), flags=re.MULTILINE)
    script = (
        Path(__file__).resolve().parents[1] / "src/pledgewatch/web/static/js/common.js"
    ).read_text(encoding="utf-8")
    mapping = re.search(r"STATUS_CLASSES = \{(.*?)\};", script, flags=re.DOTALL)
    assert mapping is not None
    key = f'"{status}"' if " " in status else status
    assert f'{key}: "{css_class.removeprefix("status-")}"' in mapping.group(1)


def test_the_lapsed_colour_is_a_palette_variable() -> None:
    css = stylesheet_text()
    root = css[css.index(":root") : css.index("}", css.index(":root"))]
    assert "--status-lapsed:" in root
    assert "var(--status-lapsed)" in css[css.index(".status-lapsed") :]
