"""Which reader a source needs: by ``--format``, by extension, by HTTP content type, by content.

The choice is made once per source, before reading, so a reader only ever sees bytes it is meant
to understand, and an unknown extension fails with a message that lists the ones that work.
"""

from __future__ import annotations

from pathlib import PurePosixPath
from urllib.parse import urlsplit

from pledgewatch.errors import UnsupportedFormat

#: File extensions (lower case) and the reader each one selects.
EXTENSIONS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "tsv",
    ".pdf": "pdf",
}

#: HTTP content types (without parameters) and the reader each one selects.
CONTENT_TYPES: dict[str, str] = {
    "text/plain": "text",
    "text/markdown": "markdown",
    "text/x-markdown": "markdown",
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/rdf+xml": "feed",
    "application/xml": "feed",
    "text/xml": "feed",
    "application/json": "json",
    "application/x-ndjson": "jsonl",
    "application/jsonl": "jsonl",
    "application/x-jsonlines": "jsonl",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "application/pdf": "pdf",
}


def sniff_format(data: bytes) -> str:
    """The reader for bytes with no extension to go by: PDF, feed, HTML, JSON, else text."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"%pdf-"):
        return "pdf"
    if head.startswith((b"<rss", b"<feed", b"<rdf:rdf")) or (
        head.startswith(b"<?xml") and any(tag in head for tag in (b"<rss", b"<feed", b"<rdf"))
    ):
        return "feed"
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in head[:512]:
        return "html"
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith(b"["):
        return "json"
    return "text"


def format_for_name(name: str, data: bytes) -> str:
    """The reader for a file or URL path by its extension; content decides when it has none.

    Raises:
        UnsupportedFormat: an extension no reader handles, or ``.xml`` that is not a feed.
    """
    suffix = PurePosixPath(name.replace("\\", "/")).suffix.lower()
    if not suffix:
        return sniff_format(data)
    if suffix not in EXTENSIONS:
        raise UnsupportedFormat(
            f"unknown extension {suffix!r}: no reader for it. Readable: "
            f"{' '.join(sorted(EXTENSIONS))} (or force one with --format)",
            path=name,
        )
    chosen = EXTENSIONS[suffix]
    if suffix == ".xml" and sniff_format(data) != "feed":
        raise UnsupportedFormat(
            "XML that is not an RSS or Atom feed; only feeds are read from .xml files",
            path=name,
        )
    return chosen


def format_for_content_type(content_type: str, url: str, data: bytes) -> str:
    """The reader for a fetched URL: its content type, else its path's extension, else content."""
    media = content_type.split(";", 1)[0].strip().lower()
    chosen = CONTENT_TYPES.get(media)
    if chosen == "json" and _many_json_lines(data):
        return "jsonl"
    if chosen == "feed" and sniff_format(data) == "html":
        return "html"
    if chosen is not None:
        return chosen
    suffix = PurePosixPath(urlsplit(url).path).suffix.lower()
    if suffix in EXTENSIONS:
        return EXTENSIONS[suffix]
    if media and not media.startswith("text/") and media != "application/octet-stream":
        raise UnsupportedFormat(
            f"content type {media!r} has no reader; force one with --format", path=url
        )
    return sniff_format(data)


def _many_json_lines(data: bytes) -> bool:
    lines = [line for line in data.strip().splitlines() if line.strip()]
    return len(lines) > 1 and all(line.lstrip().startswith(b"{") for line in lines[:5])
