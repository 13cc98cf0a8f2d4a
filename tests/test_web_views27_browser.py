"""A lapsed pledge in a real headless Chromium (Debian's, through Playwright): the ledger row
shows its own badge and the deadline, whose folded sentence opens; the pledge page shows the
deadline, the promisor's words marked in the sentence that set the status, and its link leads
to the document with that sentence highlighted. Fails on any console or page error; skips
when ``/usr/bin/chromium`` or Playwright is missing, as :mod:`tests.test_browser_dashboard`.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pledgewatch.store import open_store
from pledgewatch.web.context import pledge_link
from tests.dashboard_server import CHROMIUM, require_browser, serving_dashboard
from tests.test_browser_dashboard import LAUNCH_ARGS
from tests.test_web_views27_deadlines import (
    DEADLINE_SENTENCE,
    DUE,
    LATE,
    PLEDGE,
    SAID,
    WORDING,
    deadline_story,
)

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    require_browser()
    url = f"sqlite:///{tmp_path_factory.mktemp('browser-deadline') / 'story.db'}"
    with open_store(url) as store:
        doc = deadline_story(store)
    with serving_dashboard(url) as base:
        yield base, doc


@pytest.fixture()
def page(server):
    """A page that records console errors and uncaught exceptions; none may happen."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        new_page = browser.new_page(viewport={"width": 1366, "height": 900})
        problems: list[str] = []
        new_page.on(
            "console",
            lambda m: problems.append(f"console.{m.type}: {m.text}") if m.type == "error" else None,
        )
        new_page.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
        yield new_page
        browser.close()
    if problems:
        pytest.fail("browser reported errors:\n" + "\n".join(problems))


def test_the_ledger_row_shows_the_lapse_and_its_deadline(page, server) -> None:
    base, _doc = server
    page.goto(f"{base}/ledger?as_of={LATE.isoformat()}")
    row = page.locator("table.ledger-table tbody tr", has=page.locator("a.pledge-link"))
    row = row.filter(has=page.locator(f"a[href='{pledge_link(PLEDGE)}']"))
    assert row.count() == 1
    badge = row.locator(".badge")
    assert badge.inner_text() == "lapsed"
    # its own colour: the palette's lapsed, not the checklist's grey "not met"
    colour = page.evaluate(
        "getComputedStyle(document.documentElement).getPropertyValue('--status-lapsed').trim()"
    )
    border = badge.evaluate("b => getComputedStyle(b).borderTopStyle")
    assert colour and border == "dashed"
    cell = row.locator("td.deadline")
    assert cell.locator(".due").inner_text() == DUE
    sentence = cell.locator("details blockquote")
    assert not sentence.is_visible()  # folded until asked for
    cell.locator("details summary").click()
    assert sentence.is_visible()
    assert sentence.inner_text() == DEADLINE_SENTENCE
    assert cell.locator("details mark").inner_text() == WORDING


def test_the_lapsed_pledge_page_shows_its_deadline_and_the_deciding_sentence(page, server) -> None:
    base, doc = server
    page.goto(f"{base}{pledge_link(PLEDGE)}?as_of={LATE.isoformat()}")
    assert page.locator(".stat-row .badge").first.inner_text() == "lapsed"
    section = page.locator("section.deadline")
    assert section.is_visible()
    text = section.inner_text()
    assert f"Due by {DUE}" in text
    assert f"the promisor said “{WORDING}” on {SAID}" in text
    assert "passed with no act" in text
    deciding = section.locator("li.decides")
    assert "set the status" in deciding.inner_text()
    assert deciding.locator("blockquote").inner_text() == DEADLINE_SENTENCE
    assert deciding.locator("mark").inner_text() == WORDING
    deciding.locator("a.evidence-link").click()
    page.wait_for_url(f"**/documents/{doc}**")
    assert page.locator("mark#hl").inner_text().startswith("The DPRK will receive")
