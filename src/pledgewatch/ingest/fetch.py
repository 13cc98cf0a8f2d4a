"""Fetch a URL with httpx: a timeout, a size limit read as the body streams, redirects followed.

The body is never read past ``max_bytes`` (a declared Content-Length over the limit is refused
before any body is read), and every httpx failure becomes one :class:`InputError` naming the URL.
"""

from __future__ import annotations

from dataclasses import dataclass

from pledgewatch.errors import InputError
from pledgewatch.ingest.options import IngestOptions

USER_AGENT = "pledgewatch-ingest/0.1 (+https://github.com/pledgewatch)"


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched body with the final URL (after redirects) and the declared content type."""

    url: str
    data: bytes
    content_type: str
    charset: str | None


def _too_big(size: int, limit: int) -> str:
    return f"over the size limit: {size:,} bytes > {limit:,}; raise it with --max-bytes"


def fetch_url(url: str, options: IngestOptions) -> Fetched:
    """GET ``url`` and return its body.

    Raises:
        InputError: not http(s), unreachable, timed out, an HTTP error status, or too large.
    """
    import httpx

    if not url.lower().startswith(("http://", "https://")):
        raise InputError("only http:// and https:// URLs can be fetched", path=url)
    limit = options.max_bytes
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
            if declared.isdigit() and int(declared) > limit:
                raise InputError(_too_big(int(declared), limit), path=url)
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise InputError(_too_big(size, limit) + " (stopped reading)", path=url)
                chunks.append(chunk)
            return Fetched(
                url=str(response.url),
                data=b"".join(chunks),
                content_type=response.headers.get("content-type", ""),
                charset=response.charset_encoding,
            )
    except httpx.TimeoutException as exc:
        raise InputError(f"timed out after {options.timeout:g} s", path=url) from exc
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        raise InputError(f"not a valid URL ({exc})", path=url) from exc
    except httpx.HTTPError as exc:
        raise InputError(f"cannot fetch: {exc.__class__.__name__}: {exc}", path=url) from exc
