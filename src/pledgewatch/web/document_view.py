"""The document page (its text with events and commitments highlighted) and search.

Document text is shown exactly as stored and escaped by the templates; highlights are cut from
the events' evidence offsets (see :mod:`pledgewatch.web.highlight`). ``hl`` names an event or a
sentence to mark and scroll to, which is how every evidence link in the dashboard lands.
"""

from __future__ import annotations

from typing import Any

from pledgewatch.errors import NotFound
from pledgewatch.web import queries
from pledgewatch.web.context import ViewContext, clean_text, document_link, iso
from pledgewatch.web.highlight import Span, locate_span, segment_text
from pledgewatch.web.models import (
    DocumentHit,
    DocumentOut,
    DocumentPage,
    EventOut,
    EventPage,
    FlagOut,
    SearchOut,
)

SNIPPET_RADIUS = 110


def _reason(event: EventOut) -> str:
    commitment = event.commitment or {}
    parts = [f"{event.cameo} {event.quad_label or ''}".strip()]
    if commitment:
        parts.append(
            f"{commitment.get('kind', 'commitment')} ({commitment.get('strength', '?')}, "
            f"{commitment.get('formality', '?')}) on {commitment.get('topic', '?')}"
        )
    if event.why:
        parts.append(f"why: {event.why}")
    return "; ".join(parts)


def _focus_span(
    ctx: ViewContext, highlight: str | None, text: str, rows: list[dict[str, Any]]
) -> tuple[int, int] | None:
    if not highlight:
        return None
    for row in rows:
        if row["id"] == highlight:
            return locate_span(
                text, row.get("evidence_start"), row.get("evidence_end"), row.get("evidence")
            )
    return queries.sentence_span(ctx.store, highlight)


def document_page(ctx: ViewContext, doc_id: str, *, highlight: str | None = None) -> DocumentOut:
    """A document with its events, commitments and flags; ``highlight`` an event or sentence id."""
    doc_id, highlight = clean_text(doc_id) or "", clean_text(highlight)
    try:
        document = ctx.store.document(doc_id)
    except NotFound:  # the store's message names the database file; a web client needn't know
        raise NotFound(f"no document with id {doc_id!r}; search for it at /search") from None
    text = document.coding_text
    rows = queries.document_events(ctx.store, doc_id)
    events = [ctx.event_out(row) for row in rows]
    spans = []
    for row, event in zip(rows, events, strict=True):
        located = locate_span(
            text, row.get("evidence_start"), row.get("evidence_end"), row.get("evidence")
        )
        if located is not None:
            spans.append(
                Span(
                    located[0],
                    located[1],
                    event.id,
                    event.quad,
                    event.commitment is not None,
                    _reason(event),
                )
            )
    segments = segment_text(
        text,
        spans,
        focus=_focus_span(ctx, highlight, text, rows),
        headline_end=document.headline_end,
    )
    flags = [
        FlagOut(
            kind=row["kind"],
            promisor=row.get("promisor"),
            topic=row.get("topic"),
            text_a=row.get("text_a"),
            text_b=row.get("text_b"),
        )
        for row in queries.document_flags(ctx.store, doc_id)
    ]
    return DocumentOut(
        id=document.id,
        title=document.title,
        publisher=document.publisher,
        published=iso(document.published),
        url=document.url,
        kind=document.kind,
        text=text,
        segments=segments,
        events=events,
        flags=flags,
    )


def snippet(text: str | None, term: str) -> str:
    """A stretch of ``text`` around the first occurrence of ``term`` (plain text)."""
    if not text:
        return ""
    found = text.lower().find(term.lower())
    if found < 0:
        return text[: 2 * SNIPPET_RADIUS] + ("…" if len(text) > 2 * SNIPPET_RADIUS else "")
    start, end = max(0, found - SNIPPET_RADIUS), min(len(text), found + len(term) + SNIPPET_RADIUS)
    return (
        ("…" if start else "")
        + text[start:end].replace("\n", " ")
        + ("…" if end < len(text) else "")
    )


def search(ctx: ViewContext, term: str, *, page: int = 1, per_page: int = 20) -> SearchOut:
    """Documents (title, text) and events (evidence) containing ``term``, a page of each."""
    term = (clean_text(term) or "").strip()
    if not term:
        empty_docs = DocumentPage(total=0, page=page, per_page=per_page, items=[])
        return SearchOut(
            q=term,
            documents=empty_docs,
            events=EventPage(total=0, page=page, per_page=per_page, items=[]),
        )
    docs = queries.search_documents(ctx.store, term, page=page, per_page=per_page)
    events = queries.search_events(ctx.store, term, page=page, per_page=per_page)
    hits = [
        DocumentHit(
            id=row["id"],
            title=row["title"],
            publisher=row["publisher"],
            published=iso(row["published"]),
            snippet=snippet(row["text"], term),
            link=document_link(row["id"]) or "",
        )
        for row in docs.rows
    ]
    return SearchOut(
        q=term,
        documents=DocumentPage(
            total=docs.total, page=page, per_page=per_page, items=hits, more=docs.more
        ),
        events=EventPage(
            more=events.more,
            total=events.total,
            page=page,
            per_page=per_page,
            items=[ctx.event_out(row) for row in events.rows],
        ),
    )
