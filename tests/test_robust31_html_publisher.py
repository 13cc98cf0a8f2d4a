"""A web page's publisher is its site, never a person's byline: the site name
(``og:site_name``) first; else, of the authors, a news agency or the name the page gives itself
(its ``<title>``'s last part, its host); else the dateline's agency or ``--publisher``. A byline
stays in ``meta["author"]`` (before, a short page with no site name had its author, a person,
as publisher)."""

from __future__ import annotations

import pytest

from pledgewatch.ingest import IngestOptions, read_bytes

OPTIONS = IngestOptions(quiet=True)
STORY = (
    "<p>MANILA, Feb. 3 -- The Philippines said on Tuesday it would send two coast guard ships "
    "to the shoal next month.</p>"
)
AGENCY_STORY = STORY.replace("MANILA, Feb. 3 --", "MANILA, Feb. 3 (Kyodo) --")


def _page(title: str, heads: str, story: str = STORY, byline: str = "") -> bytes:
    return (
        f"<html><head><title>{title}</title>{heads}</head><body><article>"
        f"<h1>Manila to send ships</h1>{byline}{story}</article></body></html>"
    ).encode()


def _author(name: str) -> str:
    return f'<meta name="author" content="{name}">'


SITE = '<meta property="og:site_name" content="Harbour Daily">'

# (title, head tags, story, url, expected publisher, expected author)
CASES = [
    ("Manila to send ships", _author("Maria Santos"), STORY, None, None, "Maria Santos"),
    (
        "Manila to send ships",
        SITE + _author("Maria Santos"),
        STORY,
        None,
        "Harbour Daily",
        "Maria Santos",
    ),
    (
        "Manila to send ships",
        _author("Maria Santos; Reuters"),
        STORY,
        None,
        "Reuters",
        "Maria Santos; Reuters",
    ),
    (
        "Manila to send ships | Harbour Daily",
        _author("Harbour Daily"),
        STORY,
        None,
        "Harbour Daily",
        "Harbour Daily",
    ),
    (
        "Manila to send ships",
        _author("Harbour Daily"),
        STORY,
        "https://www.harbourdaily.example/ships",
        "Harbour Daily",
        "Harbour Daily",
    ),
    ("Manila to send ships", _author("Maria Santos"), AGENCY_STORY, None, "Kyodo", "Maria Santos"),
]


@pytest.mark.parametrize(("title", "heads", "story", "url", "publisher", "author"), CASES)
def test_the_publisher_is_the_site_not_the_byline(title, heads, story, url, publisher, author):
    (document,) = read_bytes(
        _page(title, heads, story), name="page.html", options=OPTIONS, format="html", url=url
    ).documents
    assert document.publisher == publisher
    assert document.meta.get("author") == author
    assert document.title == "Manila to send ships"


def test_a_byline_falls_back_to_the_publisher_given():
    options = IngestOptions(quiet=True, publisher="Manila Wire")
    (document,) = read_bytes(
        _page("Manila to send ships", _author("Maria Santos")),
        name="page.html",
        options=options,
        format="html",
    ).documents
    assert document.publisher == "Manila Wire"
