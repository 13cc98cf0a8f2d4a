"""A URL whose body is an archive (``https://.../reports.zip``, or any body whose bytes are a
zip or a tar, whatever its name or content type) is read member by member like an archive on
disk, under the same limits, each member reported as ``URL:member``; the download itself is
capped (a document at ``--max-bytes``, an archive at ``max_stream_bytes`` of
``data/ingest/archives.yaml``) and every refusal names the URL, or the URL and the member.
Before, such a body was read as one text ("binary data") or refused by its content type.
Served by a local http.server thread; no network."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from pledgewatch.errors import InputError
from pledgewatch.ingest import IngestOptions, ingest_paths, read_path
from pledgewatch.ingest import fetch as fetch_module
from pledgewatch.ingest import spool as spool_module
from pledgewatch.ingest.archive_limits import ArchiveLimits
from tests.archive_bytes import tar_bytes, tgz_bytes, zip_bytes

OPTIONS = IngestOptions(quiet=True)
# made up for these tests
REPORT = b"Bridge talks\n\nRIGA, March 3 -- Latvia said it would rebuild the river bridge.\n"
OTHER = b"Rail plan\n\nVILNIUS, March 9 -- Lithuania pledged to open the new line by May.\n"
ROWS = b'date,text\n2015-03-11,"Estonia said it would fund the border crossing."\n'
MEMBERS = {"docs/report.txt": REPORT, "docs/other.md": OTHER, "docs/rows.csv": ROWS}


ZIP = zip_bytes(MEMBERS)
BOMB = zip_bytes({"docs/report.txt": REPORT, "zeros.txt": b"0" * 3_000_000})
#: path -> (content type, body, whether Content-Length is sent)
ROUTES: dict[str, tuple[str, bytes, bool]] = {
    "/reports.zip": ("application/zip", ZIP, True),
    "/corpus.tar.gz": ("application/gzip", tgz_bytes(MEMBERS), True),
    "/corpus.tar.bz2": ("application/x-bzip2", tar_bytes(MEMBERS, "w:bz2"), True),
    # an archive under a name and a content type that say nothing, or something else
    "/download?id=7": ("application/octet-stream", tar_bytes(MEMBERS, "w:xz"), True),
    "/latest": ("text/plain", ZIP, True),
    "/page.html": ("text/html", ZIP, False),
    "/bad-member.zip": (
        "application/zip",
        zip_bytes({"../escape.txt": OTHER, "docs/photo.png": b"\x89PNG", "docs/a.txt": REPORT}),
        True,
    ),
    "/bomb.zip": ("application/zip", BOMB, True),
    "/bomb.tgz": (
        "application/gzip",
        tgz_bytes({"docs/report.txt": REPORT, "zeros.txt": b"0" * 3_000_000}),
        True,
    ),
    "/unsized-bomb": ("application/octet-stream", BOMB, False),
    "/not-a.zip": ("text/html", b"<html><body>Try again later</body></html>", True),
    "/empty.zip": ("application/zip", zip_bytes({}), True),
    "/long.txt": ("text/plain", b"Long report.\n\n" + b"Tallinn said so. " * 400, False),
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (the http.server API)
        content_type, body, with_length = ROUTES.get(self.path, ("text/plain", b"", True))
        self.send_response(200 if self.path in ROUTES else 404)
        self.send_header("Content-Type", content_type)
        if with_length:
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


@pytest.fixture()
def small_stream_cap(monkeypatch):
    """Archives from a stream capped at 2,000 bytes (the shipped cap is a gigabyte)."""
    limits = ArchiveLimits(max_stream_bytes=2_000, spool_memory_bytes=500)
    monkeypatch.setattr(fetch_module, "load_limits", lambda: limits)
    monkeypatch.setattr(spool_module, "load_limits", lambda: limits)
    return limits


def stored_paths(store) -> list[str]:
    return sorted(d.source_path for d in store.iter_documents())


@pytest.mark.parametrize(
    "path",
    [
        "/reports.zip",
        "/corpus.tar.gz",
        "/corpus.tar.bz2",
        "/download?id=7",
        "/latest",
        "/page.html",
    ],
)
def test_a_url_whose_body_is_an_archive_is_read_member_by_member(store, server, path):
    url = f"{server}{path}"
    report = ingest_paths(store, [url], OPTIONS)
    assert (report.ingested, report.failed) == (3, 0), report.to_dict()
    assert stored_paths(store) == [
        f"{url}:docs/other.md",
        f"{url}:docs/report.txt",
        f"{url}:docs/rows.csv:2",
    ]


def test_a_re_ingest_of_an_archive_url_stores_nothing_twice_and_loses_nothing(
    store, server, tmp_path
):
    url = f"{server}/reports.zip"
    first = ingest_paths(store, [url], OPTIONS)
    again = ingest_paths(store, [url, f"{server}/corpus.tar.gz"], OPTIONS)
    assert (first.ingested, again.ingested, again.duplicates, again.renewed) == (3, 0, 6, 0)
    local = tmp_path / "reports.zip"  # the same archive saved to disk
    local.write_bytes(ZIP)
    assert ingest_paths(store, [local], OPTIONS).duplicates == 3
    assert stored_paths(store) == [
        f"{url}:docs/other.md",
        f"{url}:docs/report.txt",
        f"{url}:docs/rows.csv:2",
    ]


def test_a_bad_member_of_an_archive_url_is_named_and_the_batch_goes_on(store, server):
    url = f"{server}/bad-member.zip"
    report = ingest_paths(store, [url, f"{server}/long.txt"], OPTIONS)
    assert (report.ingested, report.failed) == (2, 1)
    (failure,) = report.failures
    assert failure.where == f"{url}:../escape.txt"
    assert "unsafe member name" in failure.reason
    assert [(s.source, s.skipped) for s in report.skipped] == [
        (f"{url}:docs/photo.png", "no reader for '.png' files")
    ]


def test_a_zip_bomb_member_from_a_url_is_refused_by_url_and_member(store, server):
    url = f"{server}/bomb.zip"
    report = ingest_paths(store, [url], IngestOptions(quiet=True, max_bytes=50_000_000))
    assert report.ingested == 1
    (failure,) = report.failures
    assert failure.where == f"{url}:zeros.txt"
    assert "a zip bomb? refused" in failure.reason


def test_a_compressed_tar_bomb_from_a_url_is_stopped_by_url(store, server):
    url = f"{server}/bomb.tgz"
    report = ingest_paths(store, [url], IngestOptions(quiet=True, max_bytes=50_000_000))
    assert report.ingested == 1  # the member before the bomb stays read
    (failure,) = report.failures
    assert failure.where == url and "a zip bomb?" in failure.reason


@pytest.mark.parametrize(
    ("path", "max_bytes", "problem"),
    [
        # declared over the stream cap: refused before any byte of the body is read
        ("/bomb.zip", 50_000_000, "bytes, more than an archive may hold (2,000"),
        ("/unsized-bomb", 50_000_000, "an archive of more than 2,000 bytes"),  # no length sent
        ("/long.txt", 1_000, "over the size limit: 6,814 bytes > 1,000"),  # a page, not an archive
    ],
)
def test_an_oversize_download_is_refused_naming_the_url(
    store, server, small_stream_cap, path, max_bytes, problem
):
    url = f"{server}{path}"
    report = ingest_paths(
        store, [url, f"{server}/reports.zip"], IngestOptions(quiet=True, max_bytes=max_bytes)
    )
    assert report.ingested == 3  # the archive after it, spooled to disk past 500 bytes
    failure = next(f for f in report.failures if f.where == url)
    assert problem in failure.reason, failure
    if "archive" in problem:
        assert "max_stream_bytes in" in failure.reason


@pytest.mark.parametrize(
    ("path", "problem"),
    [
        ("/not-a.zip", "not a readable zip archive"),
        ("/empty.zip", "empty archive: no files to read in it"),
    ],
)
def test_an_archive_url_that_cannot_be_read_fails_by_url(store, server, path, problem):
    url = f"{server}{path}"
    report = ingest_paths(store, [url, f"{server}/long.txt"], OPTIONS)
    assert report.ingested == 1
    (failure,) = report.failures
    assert failure.where == url and problem in failure.reason


def test_read_path_of_an_archive_url_says_ingest_reads_it(server):
    url = f"{server}/reports.zip"
    with pytest.raises(InputError) as caught:
        read_path(url)
    assert str(caught.value).startswith(f"{url}: an archive (zip) of documents")
    assert "`pledgewatch ingest` reads it member by member" in str(caught.value)
