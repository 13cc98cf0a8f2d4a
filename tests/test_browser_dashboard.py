"""The dashboard in a real headless Chromium (Debian's, through Playwright), on the sample store.

Follows the analyst's paths: a chart point to its evidence sentence, a pledge to its document,
the checklist date across the launch of 2012-04-13; checks that stored script payloads stay
inert; fails on any console or page error; saves a screenshot of every page to
``test-artifacts/screenshots/``. Skips when ``/usr/bin/chromium`` is missing, unless
``PLEDGEWATCH_REQUIRE_SERVICES=1`` (CI) makes that a failure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from pledgewatch.store import open_store
from tests.dashboard_server import CHROMIUM, require_browser, serving_dashboard
from tests.test_web_sample_store import XSS_TOPIC, SampleStore, build_sample_store

pytestmark = pytest.mark.browser

LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = Path(__file__).resolve().parents[1] / "test-artifacts" / "screenshots"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, SampleStore]]:
    require_browser()
    url = f"sqlite:///{tmp_path_factory.mktemp('browser') / 'sample.db'}"
    with open_store(url) as store:
        sample = build_sample_store(store)
    with serving_dashboard(url) as base:
        yield base, sample


@pytest.fixture(scope="module")
def browser(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield launched
        launched.close()


@pytest.fixture()
def page(browser):
    """A fresh page that records console errors and uncaught exceptions; none may happen.

    The clock runs in a timezone west of UTC so any local-time date slip would show.
    """
    context = browser.new_context(
        viewport={"width": 1366, "height": 900}, locale="en-US", timezone_id="America/Los_Angeles"
    )
    new_page = context.new_page()
    problems: list[str] = []
    new_page.on(
        "console",
        lambda m: problems.append(f"console.{m.type}: {m.text}") if m.type == "error" else None,
    )
    new_page.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    yield new_page
    context.close()
    if problems:
        pytest.fail("browser reported errors:\n" + "\n".join(problems))


def shot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def wait_for_chart(page) -> None:
    page.wait_for_selector("#timeline[data-ready='true'] svg", timeout=20_000)


def test_chart_point_leads_to_its_evidence_sentence(page, server) -> None:
    base, sample = server
    page.goto(f"{base}/actors/PRK")
    wait_for_chart(page)
    shot(page, "overview")
    bar = page.locator(
        "#timeline g.mark-rect path[aria-label*='month: 2012-04;']"
        "[aria-label*='quad class: Material conflict']"
    )
    assert bar.count() == 1
    bar.click()
    page.wait_for_selector("#events-list li")
    assert (
        page.locator("#events-title")
        .inner_text()
        .startswith("2012-04 · Material conflict · 4 events")
    )
    launch = page.locator(f"#events-list li[data-event-id='{sample.launch_event}']")
    assert "North Korea launched an Unha-3 rocket" in launch.locator("blockquote").inner_text()
    shot(page, "overview-events")
    launch.locator("a.evidence-link").click()
    page.wait_for_url(f"**/documents/{sample.launch_doc}**")
    highlighted = page.locator("mark#hl")
    assert highlighted.inner_text().startswith("North Korea launched an Unha-3 rocket")
    assert "selected" in (
        page.locator("#doc-events li.selected").first.get_attribute("class") or ""
    )
    shot(page, "document")


def test_a_tone_point_lists_the_whole_month(page, server) -> None:
    base, _sample = server
    page.goto(f"{base}/actors/PRK")
    wait_for_chart(page)
    point = page.locator("#timeline g.mark-symbol path[aria-label*='month: 2011-06;']")
    point.click()
    page.wait_for_selector("#events-list li")
    assert page.locator("#events-title").inner_text().startswith("2011-06 · all classes")
    quads = {
        page.locator("#events-list li .badge").nth(i).inner_text()
        for i in range(page.locator("#events-list li").count())
    }
    assert {"Verbal cooperation", "Verbal conflict", "Material conflict"} <= quads


def test_pledge_leads_to_its_documents(page, server) -> None:
    base, sample = server
    page.goto(f"{base}/ledger?as_of=2012-05-01")
    shot(page, "ledger")
    page.get_by_role("link", name="Moratorium on long-range missile launches").click()
    page.wait_for_url("**/pledges/**")
    assert page.locator(".stat .badge").first.inner_text() == "contradicted"
    assert page.locator("ul.actions li").count() == 1
    shot(page, "pledge")
    page.locator(f"ul.mentions a.evidence-link[href^='/documents/{sample.leap_doc}']").click()
    page.wait_for_url(f"**/documents/{sample.leap_doc}**")
    assert "moratorium on long-range missile launches" in page.locator("mark#hl").inner_text()


def status_of(page, item: str) -> str:
    return page.locator(f"#checklist-body tr[data-item-id='{item}'] td.status").inner_text()


def test_checklist_date_moves_across_the_launch(page, server) -> None:
    base, _sample = server
    page.goto(f"{base}/checklists/allied-preconditions-2011?as_of=2012-04-01")
    assert status_of(page, "missile_moratorium") == "pledged"
    shot(page, "checklist-before-launch")
    page.evaluate("window.__samePage = true")
    slider = page.locator("#as-of-slider")
    assert slider.is_visible()
    start = dt.date.fromisoformat(page.locator("#as-of").get_attribute("data-min"))
    days = (dt.date(2012, 4, 20) - start).days
    slider.evaluate(
        "(el, value) => { el.value = String(value); el.dispatchEvent(new Event('input')); }", days
    )
    page.wait_for_selector("#checklist-table[data-as-of='2012-04-20']:not([aria-busy])")
    assert page.locator("#as-of").input_value() == "2012-04-20"
    assert status_of(page, "missile_moratorium") == "contradicted"
    assert (
        "Unha-3"
        in page.locator("#checklist-body tr[data-item-id='missile_moratorium']").inner_text()
    )
    assert page.evaluate("window.__samePage") is True  # re-evaluated without a reload
    assert page.url.endswith("as_of=2012-04-20")
    shot(page, "checklist-after-launch")
    page.fill("#as-of", "2012-04-12")
    page.press("#as-of", "Enter")
    page.wait_for_selector("#checklist-table[data-as-of='2012-04-12']:not([aria-busy])")
    assert status_of(page, "missile_moratorium") == "pledged"


def test_search_and_api_pages(page, server) -> None:
    base, _sample = server
    page.goto(f"{base}/search?q=moratorium")
    assert page.locator("mark.hit").count() >= 3
    shot(page, "search")
    page.goto(f"{base}/api-docs")
    assert page.locator("td.code", has_text="/api/checklists/{name}").count() == 1
    shot(page, "api-docs")


def xss_paths(sample: SampleStore) -> list[str]:
    return [
        f"/documents/{sample.xss_doc}",
        f"/documents/{sample.xss_doc}?hl={quote(sample.xss_event)}#hl",
        "/search?q=pwned",
        "/actors/PRK/events?month=2012-03&quad=3",
        "/ledger",
        f"/pledges/{quote('PRK:' + XSS_TOPIC, safe='')}",
    ]


def assert_inert(page) -> None:
    assert page.evaluate("typeof window.__pwned") == "undefined"
    handlers = page.evaluate(
        "document.querySelectorAll('[onerror],[onload],[onmouseover],[onclick]').length"
    )
    assert handlers == 0
    assert page.evaluate("document.querySelectorAll('img[src=\"x\"], svg[onload]').length") == 0


def test_stored_payloads_stay_inert_on_every_page(page, server) -> None:
    base, sample = server
    for path in xss_paths(sample):
        page.goto(base + path)
        page.wait_for_load_state("networkidle")
        for mark in page.locator("mark.ev").all()[:4]:
            mark.hover()
            mark.click()
        assert_inert(page)
        assert "pwned" in page.locator("main").inner_text(), path
    page.goto(f"{base}/documents/{sample.xss_doc}")
    shot(page, "payload-document")
    # the same payloads arriving through the JSON API and the overview's script
    page.goto(f"{base}/actors/PRK")
    wait_for_chart(page)
    page.locator(
        "#timeline g.mark-rect path[aria-label*='month: 2012-03;']"
        "[aria-label*='quad class: Verbal conflict']"
    ).click()
    page.wait_for_selector("#events-list li")
    assert 'onerror="window.__pwned=4"' in page.locator("#events-list").inner_text()
    assert_inert(page)
