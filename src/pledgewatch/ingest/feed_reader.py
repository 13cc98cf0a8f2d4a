"""RSS and Atom feed files: one document per entry.

The XML is first parsed with defusedxml, which refuses entity declarations and external
references, so an entity-expansion bomb ("billion laughs") or an external entity never reaches
feedparser. Malformed XML is refused with the parser's line and column; the one exception is an
undefined HTML entity such as ``&nbsp;``, common in real feeds and harmless, which feedparser's
tolerant parser reads. An entry without text is reported and the other entries go on.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any
from xml.etree.ElementTree import ParseError

from pledgewatch.errors import InputError
from pledgewatch.ingest.documents import DatedValue, ReadResult, Source, build_document
from pledgewatch.ingest.html_reader import html_fragment_to_text
from pledgewatch.ingest.options import IngestOptions
from pledgewatch.nlp.dates import parse_date_value


def check_xml_safety(data: bytes, *, name: str) -> None:
    """Refuse XML with entity declarations or external references, and malformed XML.

    Raises:
        InputError: an entity bomb or external entity (refused before any expansion), or XML
            that is not well-formed.
    """
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise InputError(
            f"XML refused for safety: it declares entities or external references ({exc}), the "
            "shape of an entity-expansion ('billion laughs') bomb; remove the <!DOCTYPE> "
            "declarations",
            path=name,
        ) from exc
    except ParseError as exc:
        if str(exc).startswith("undefined entity"):
            return
        raise InputError(f"malformed feed: the XML is not well-formed ({exc})", path=name) from exc


def _entry_text(entry: Any) -> str:
    contents = entry.get("content") or []
    for content in contents:
        value = content.get("value") or ""
        if value.strip():
            return html_fragment_to_text(value)
    summary = entry.get("summary") or entry.get("description") or ""
    return html_fragment_to_text(summary)


def _entry_date(entry: Any) -> DatedValue | None:
    for key in ("published", "updated", "created"):
        value = entry.get(key)
        parsed = parse_date_value(value) if value else None
        if parsed is not None:
            return parsed
    for key in ("published_parsed", "updated_parsed"):
        struct = entry.get(key)
        if struct:
            return dt.date(struct.tm_year, struct.tm_mon, struct.tm_mday), "day"
    return None


def read_feed(source: Source, options: IngestOptions) -> ReadResult:
    """Every entry of an RSS or Atom feed as a document.

    Raises:
        InputError: unsafe or malformed XML, not a feed, or a feed with no entries.
    """
    import feedparser

    if not source.data.strip():
        raise InputError("empty: the feed holds no XML", path=source.name)
    check_xml_safety(source.data, name=source.name)
    # A stream, never bytes or str: feedparser would take a str for a URL or file name.
    parsed = feedparser.parse(
        io.BytesIO(source.data), resolve_relative_uris=False, sanitize_html=False
    )
    if not parsed.get("version") and not parsed.entries:
        raise InputError(
            "not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root)", path=source.name
        )
    if not parsed.entries:
        raise InputError("the feed has no entries", path=source.name)
    channel = parsed.get("feed", {})
    publisher = channel.get("title") or None
    result = ReadResult()
    for number, entry in enumerate(parsed.entries, 1):
        label = f"{source.name}: entry {number}"
        title = entry.get("title") or None
        text = _entry_text(entry)
        if not text.strip():
            shown = f" ({title!r})" if title else ""
            result.errors.append(InputError(f"entry {number}{shown} has no text", path=source.name))
            continue
        meta: dict[str, Any] = {"entry": number, "feed": publisher}
        if entry.get("author"):
            meta["author"] = entry.get("author")
        if entry.get("id"):
            meta["entry_id"] = entry.get("id")
        try:
            result.documents.append(
                build_document(
                    text,
                    source=source,
                    options=options,
                    title=title,
                    dated=_entry_date(entry),
                    date_origin="feed entry",
                    url=entry.get("link") or None,
                    publisher=publisher,
                    source_path=label,
                    meta=meta,
                )
            )
        except InputError as exc:
            result.errors.append(exc)
    return result
