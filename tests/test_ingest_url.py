"""URL ingest against a real local HTTP server running in a thread."""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from pledgewatch.errors import InputError
from pledgewatch.ingest import IngestOptions, ingest_paths, read_path

PAGE = b"""<!DOCTYPE html><html><head><title>Aid offer | Local Wire</title>
<meta property="og:site_name" content="Local Wire">
<meta property="og:title" content="U.S. offers flood aid">
<meta property="article:published_time" content="2011-08-20">
</head><body><nav>Home | Sections</nav><article><h1>U.S. offers flood aid</h1>
<p>WASHINGTON (Local Wire) -- The United States offered $900,000 in flood relief to North
Korea on Friday, a State Department spokeswoman said.</p>
<p>The aid would be delivered through private groups, she said.</p></article></body></html>"""

FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Local Feed</title>
<item><title>Remains talks</title><link>http://example.invalid/r</link>
<pubDate>Thu, 20 Oct 2011 09:00:00 +0000</pubDate>
<description>Talks on recovering remains opened in Bangkok.</description></item>
</channel></rss>"""

#: path -> (status, content type, body, seconds to wait before answering)
ROUTES: dict[str, tuple[int, str, bytes, float]] = {
    "/article": (200, "text/html; charset=utf-8", PAGE, 0),
    "/plain": (200, "text/plain; charset=utf-8", b"Plain title\n\nA plain text report.\n", 0),
    "/feed": (200, "application/rss+xml", FEED, 0),
    "/latin": (
        200,
        "text/plain; charset=iso-8859-1",
        "Caf\xe9\n\nThe caf\xe9 closed.".encode("latin-1"),
        0,
    ),
    "/missing": (404, "text/html", b"<html><body>Not here</body></html>", 0),
    "/huge": (200, "text/plain", b"x" * 5000, 0),
    "/image": (200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64), 0),
    "/slow": (200, "text/plain", b"Slow\n\nToo late.", 3.0),
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (the http.server API)
        if self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/plain")
            self.end_headers()
            return
        status, content_type, body, delay = ROUTES.get(self.path, (404, "text/plain", b"no", 0))
        time.sleep(delay)
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_html_page_by_url(server):
    (doc,) = read_path(f"{server}/article").documents
    assert doc.title == "U.S. offers flood aid"
    assert doc.text.startswith("WASHINGTON (Local Wire) -- The United States offered")
    assert "Sections" not in doc.text
    assert doc.url == f"{server}/article"
    assert doc.publisher == "Local Wire"
    assert doc.published == dt.date(2011, 8, 20)
    assert doc.source_path == f"{server}/article"


def test_content_type_picks_the_reader(server):
    (entry,) = read_path(f"{server}/feed").documents
    assert (entry.title, entry.publisher, entry.published) == (
        "Remains talks",
        "Local Feed",
        dt.date(2011, 10, 20),
    )
    (plain,) = read_path(f"{server}/plain").documents
    assert (plain.title, plain.text, plain.meta["format"]) == (
        "Plain title",
        "A plain text report.",
        "text",
    )


def test_declared_charset_is_used(server):
    (doc,) = read_path(f"{server}/latin").documents
    assert doc.text == "The café closed."


def test_redirect_is_followed_and_the_final_url_kept(server):
    (doc,) = read_path(f"{server}/redirect").documents
    assert doc.url == f"{server}/plain"


@pytest.mark.parametrize(
    ("path", "options", "expected"),
    [
        ("/missing", {}, "HTTP 404 Not Found"),
        ("/huge", {"max_bytes": 1000}, "over the size limit"),
        ("/image", {}, "content type 'image/png' has no reader"),
        ("/slow", {"timeout": 0.5}, "timed out after 0.5 s"),
    ],
)
def test_url_problems_are_clear_errors(server, path, options, expected):
    url = f"{server}{path}"
    with pytest.raises(InputError) as caught:
        read_path(url, IngestOptions(**options))
    assert str(caught.value).startswith(f"{url}: ")
    assert expected in str(caught.value)


def test_unreachable_server_is_a_clear_error():
    with pytest.raises(InputError, match="cannot fetch: ConnectError"):
        read_path("http://127.0.0.1:9/nothing", IngestOptions(timeout=2))


def test_urls_in_an_ingest_run(store, server):
    urls = [f"{server}/article", f"{server}/missing", f"{server}/feed"]
    report = ingest_paths(store, urls, options=IngestOptions(quiet=True))
    assert dict(report.source_counts) == {"ingested": 2, "failed": 1}
    assert [(s.source, s.status) for s in report.sources] == [(f"{server}/missing", "failed")]
    assert report.failures[0].where == f"{server}/missing"
    again = ingest_paths(store, urls, options=IngestOptions(quiet=True))
    assert (again.ingested, again.duplicates, again.failed) == (0, 2, 1)
    assert store.count_documents() == 2
