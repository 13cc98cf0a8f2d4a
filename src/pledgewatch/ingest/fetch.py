"""Fetch a URL with httpx: a timeout, a size limit read as the body streams, redirects followed.

The body streams into a capped spooled temporary file (:mod:`pledgewatch.ingest.spool`): a page
is never read past ``max_bytes`` (beyond the first bytes that tell it is no archive), an archive
(``reports.zip``, or any body whose bytes are one) past ``max_stream_bytes`` of
``data/ingest/archives.yaml``; a declared Content-Length over that is refused before any body
is read. Every httpx failure becomes one :class:`InputError` naming the URL.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from pledgewatch.errors import InputError
from pledgewatch.ingest.archive_limits import ArchiveLimits, load_limits
from pledgewatch.ingest.options import IngestOptions
from pledgewatch.ingest.size_messages import archive_over_stream_limit
from pledgewatch.ingest.spool import Spooled, spool_chunks

USER_AGENT = "pledgewatch-ingest/0.1 (+https://github.com/pledgewatch)"


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched body, held capped (:class:`Spooled`: an archive or a plain document), with the
    final URL (after redirects) and the declared content type. Close ``body`` when done."""

    url: str
    body: Spooled
    content_type: str
    charset: str | None

    @property
    def data(self) -> bytes:
        """The body's bytes (a plain document: at most ``--max-bytes`` of them)."""
        return self.body.read_all()


def url_name(url: str) -> str:
    """The file name a URL carries: the last part of its path ("reports.zip"), or ""."""
    return PurePosixPath(urlsplit(url).path).name


def fetch_url(url: str, options: IngestOptions, limits: ArchiveLimits | None = None) -> Fetched:
    """GET ``url`` and hold its body, capped (:func:`pledgewatch.ingest.spool.spool_chunks`).

    Raises:
        InputError: not http(s), unreachable, timed out, an HTTP error status, or too large.
    """
    import httpx

    if not url.lower().startswith(("http://", "https://")):
        raise InputError("only http:// and https:// URLs can be fetched", path=url)
    limits = limits or load_limits()
    try:
        with (
            httpx.Client(
                timeout=options.timeout,
                follow_redirects=True,
                headers={"User-Agent": USER_AGENT},
            ) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code >= 400:
                raise InputError(
                    f"HTTP {response.status_code} {response.reason_phrase}: the server did not "
                    "return the page",
                    path=url,
                )
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limits.max_stream_bytes:
                raise InputError(
                    archive_over_stream_limit(int(declared), limits, declared=True), path=url
                )
            # a document over --max-bytes, or an archive over the stream cap, stops the download
            body = spool_chunks(
                response.iter_bytes(),
                name=url,
                max_bytes=options.max_bytes,
                named=url_name(str(response.url)) or url_name(url),
                limits=limits,
            )
            return Fetched(
                url=str(response.url),
                body=body,
                content_type=response.headers.get("content-type", ""),
                charset=response.charset_encoding,
            )
    except httpx.TimeoutException as exc:
        raise InputError(f"timed out after {options.timeout:g} s", path=url) from exc
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        raise InputError(f"not a valid URL ({exc})", path=url) from exc
    except httpx.HTTPError as exc:
        raise InputError(f"cannot fetch: {exc.__class__.__name__}: {exc}", path=url) from exc
