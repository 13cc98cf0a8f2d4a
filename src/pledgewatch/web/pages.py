"""The dashboard's HTML pages: overview, events of a chart point, ledger, pledge, checklist
board, document and search.

Each page renders the same model its ``/api`` twin returns. Pages carry no inline script: the
data a page's script needs travels in ``<script type="application/json">`` blocks (serialised
with Jinja's ``tojson``, which escapes ``<``, ``>`` and ``&``) read by the files in ``static/js``.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from pledgewatch.web import checklist_view, document_view, ledger_view, overview
from pledgewatch.web.context import ViewContext, actor_link, parse_date, parse_month
from pledgewatch.web.models import QUAD_LABELS

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

Text = Annotated[str | None, Query(max_length=200)]
IsoDate = Annotated[str | None, Query(max_length=32)]
PageNumber = Annotated[int, Query(ge=1, le=100_000)]


def _context(request: Request) -> ViewContext:
    return request.app.state.context


def _render(request: Request, template: str, **context: Any) -> Response:
    return request.app.state.renderer.page(request, template, context)


def _overview(request: Request, code: str | None, since: str | None, until: str | None) -> Response:
    ctx = _context(request)
    actors = overview.list_actors(ctx, limit=30)
    if code is None:
        return _render(
            request,
            "overview.html",
            title="Overview",
            active="overview",
            actors=actors,
            timeline=None,
            code=None,
            since=since,
            until=until,
            quad_labels=QUAD_LABELS,
        )
    timeline = overview.actor_timeline(
        ctx, code, since=parse_date(since, name="since"), until=parse_date(until, name="until")
    )
    chart_context = {
        "actor": code,
        "eventsApi": f"/api{actor_link(code)}/events",
        "eventsPage": f"{actor_link(code)}/events",
    }
    return _render(
        request,
        "overview.html",
        title=f"Overview: {timeline.actor_label}",
        active="overview",
        actors=actors,
        timeline=timeline,
        code=code,
        since=since,
        until=until,
        chart_context=chart_context,
        quad_labels=QUAD_LABELS,
        month_rows=overview.month_table(timeline),
    )


@router.get("/")
def home(request: Request, since: IsoDate = None, until: IsoDate = None) -> Response:
    return _overview(request, overview.default_actor(_context(request)), since, until)


@router.get("/actors")
def choose_actor(
    request: Request, code: Text = None, since: IsoDate = None, until: IsoDate = None
) -> Response:
    """The actor picker's form lands here and is sent on to the actor's overview."""
    period = urlencode({k: v for k, v in {"since": since, "until": until}.items() if v})
    target = actor_link(code.strip()) if code and code.strip() else "/"
    return RedirectResponse(f"{target}?{period}" if period else target, status_code=303)


@router.get("/actors/{code}")
def actor_overview(
    request: Request,
    code: Annotated[str, Path(max_length=40)],
    since: IsoDate = None,
    until: IsoDate = None,
) -> Response:
    return _overview(request, code, since, until)


@router.get("/actors/{code}/events")
def actor_events(
    request: Request,
    code: Annotated[str, Path(max_length=40)],
    month: Annotated[str | None, Query(max_length=10)] = None,
    quad: Annotated[int | None, Query(ge=1, le=4)] = None,
    page: PageNumber = 1,
) -> Response:
    ctx = _context(request)
    events = overview.actor_events(
        ctx, code, month_start=parse_month(month), quad=quad, page=page, per_page=50
    )
    return _render(
        request,
        "events.html",
        title=f"Events: {ctx.actor_label(code)}",
        active="overview",
        code=code,
        label=ctx.actor_label(code),
        month=month,
        quad=quad,
        quad_label=QUAD_LABELS.get(quad or 0),
        events=events,
    )


@router.get("/ledger")
def ledger(
    request: Request,
    actor: Text = None,
    topic: Text = None,
    status: Text = None,
    as_of: IsoDate = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = ledger_view.DEFAULT_PAGE_SIZE,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    generic: bool = False,
    unknown: bool = False,
) -> Response:
    result = ledger_view.ledger(
        _context(request),
        actor=actor,
        topic=topic,
        status=status,
        as_of=parse_date(as_of, name="as_of"),
        limit=limit,
        offset=offset,
        evidence_limit=ledger_view.LISTING_EVIDENCE,
        generic=generic,
        unknown=unknown,
    )
    return _render(
        request,
        "ledger.html",
        title="Ledger",
        active="ledger",
        ledger=result,
        pages=_ledger_pages(result.filters, result.total, limit, offset),
    )


def _ledger_pages(
    filters: dict[str, str | None], total: int, limit: int, offset: int
) -> dict[str, Any]:
    """The ledger's page navigation: links to the previous and next page, keeping the filters."""

    def link(start: int) -> str:
        query = {key: value for key, value in filters.items() if value}
        if limit != ledger_view.DEFAULT_PAGE_SIZE:
            query["limit"] = str(limit)
        if start:
            query["offset"] = str(start)
        return "/ledger" + (f"?{urlencode(query)}" if query else "")

    return {
        "first": offset + 1 if total > offset else 0,
        "last": min(offset + limit, total),
        "total": total,
        "previous": link(max(0, offset - limit)) if offset > 0 else None,
        "next": link(offset + limit) if offset + limit < total else None,
    }


@router.get("/pledges/{pledge_id:path}")
def pledge(request: Request, pledge_id: str, as_of: IsoDate = None) -> Response:
    detail = ledger_view.pledge_detail(
        _context(request), pledge_id, as_of=parse_date(as_of, name="as_of")
    )
    return _render(
        request,
        "pledge.html",
        title=f"Pledge: {detail.pledge.label or detail.pledge.id}",
        active="ledger",
        detail=detail,
    )


@router.get("/checklists")
def checklists(request: Request) -> Response:
    listing = checklist_view.checklist_names(_context(request))
    return _render(
        request, "checklists.html", title="Checklists", active="checklists", listing=listing
    )


@router.get("/checklists/{name}")
def checklist(
    request: Request, name: Annotated[str, Path(max_length=120)], as_of: IsoDate = None
) -> Response:
    board = checklist_view.checklist_board(_context(request), name, parse_date(as_of, name="as_of"))
    board_context = {"api": f"/api/checklists/{quote(board.name, safe='')}", "name": board.name}
    return _render(
        request,
        "checklist.html",
        title=f"Checklist: {board.title}",
        active="checklists",
        board=board,
        board_context=board_context,
    )


@router.get("/documents/{doc_id}")
def document(
    request: Request,
    doc_id: Annotated[str, Path(max_length=80)],
    hl: Annotated[str | None, Query(max_length=120)] = None,
) -> Response:
    page = document_view.document_page(_context(request), doc_id, highlight=hl)
    return _render(request, "document.html", title=page.title or page.id, active="", doc=page)


@router.get("/search")
def search(
    request: Request, q: Annotated[str, Query(max_length=200)] = "", page: PageNumber = 1
) -> Response:
    result = document_view.search(_context(request), q, page=page, per_page=20)
    return _render(
        request,
        "search.html",
        title=f"Search: {q}" if q else "Search",
        active="search",
        result=result,
        page=page,
    )


@router.get("/api-docs")
def api_docs(request: Request) -> Response:
    """A plain list of the JSON endpoints (FastAPI's Swagger UI needs a CDN; this does not)."""
    schema = request.app.openapi()
    endpoints = [
        {
            "method": method.upper(),
            "path": path,
            "summary": operation.get("summary", ""),
            "parameters": [p["name"] for p in operation.get("parameters", [])],
        }
        for path, methods in schema.get("paths", {}).items()
        for method, operation in methods.items()
    ]
    return _render(request, "api_docs.html", title="JSON API", active="api", endpoints=endpoints)
