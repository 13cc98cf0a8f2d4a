"""The JSON API: one endpoint per dashboard page, read-only, plus the one guarded write.

Each endpoint returns the same model its page renders, so anything an analyst sees can be
fetched as data (``/openapi.json`` documents them). The write endpoint (``POST /api/links``)
is off unless the operator started the server with a write token, and then needs
``Authorization: Bearer <token>``.
"""

from __future__ import annotations

import datetime as dt
import hmac
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, HTTPException, Path, Query, Request
from sqlalchemy import delete, insert

from pledgewatch.errors import NotFound
from pledgewatch.ledger.records import split_pledge_id
from pledgewatch.store import schema
from pledgewatch.web import checklist_view, document_view, ledger_view, overview, queries
from pledgewatch.web.context import ViewContext, parse_date, parse_month
from pledgewatch.web.models import (
    ActorOut,
    ChecklistListOut,
    ChecklistOut,
    DocumentOut,
    ErrorOut,
    EventPage,
    LedgerOut,
    LinkDecisionIn,
    LinkDecisionOut,
    PledgeDetailOut,
    SearchOut,
    TimelineOut,
)
from pledgewatch.web.stages import ledger_rebuild_function, link_override_function

ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorOut, "description": "Bad parameter"},
    404: {"model": ErrorOut, "description": "No such record"},
    422: {"model": ErrorOut, "description": "Invalid request"},
}

router = APIRouter(prefix="/api", responses=ERRORS)

Text = Annotated[str | None, Query(max_length=200)]
IsoDate = Annotated[str | None, Query(max_length=32, description="ISO date, YYYY-MM-DD")]
PageNumber = Annotated[int, Query(ge=1, le=100_000)]
PageSize = Annotated[
    int, Query(ge=1, le=1000, description="Pledges per page (default 100, at most 1000).")
]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Index of the first pledge.")]


def view_context(request: Request) -> ViewContext:
    return request.app.state.context


Context = Annotated[ViewContext, Depends(view_context)]


@router.get("/health", summary="The store answers")
def health(ctx: Context) -> dict[str, object]:
    return {"ok": queries.ping(ctx.store), "counts": ctx.store.counts()}


@router.get("/actors", summary="Source actors by number of events")
def actors(ctx: Context, limit: Annotated[int, Query(ge=1, le=500)] = 40) -> list[ActorOut]:
    return overview.list_actors(ctx, limit=limit)


@router.get("/actors/{code}/timeline", summary="The overview chart's data and Vega-Lite spec")
def timeline(
    ctx: Context,
    code: Annotated[str, Path(max_length=40)],
    since: IsoDate = None,
    until: IsoDate = None,
) -> TimelineOut:
    return overview.actor_timeline(
        ctx, code, since=parse_date(since, name="since"), until=parse_date(until, name="until")
    )


@router.get("/actors/{code}/events", summary="The events behind a chart point")
def actor_events(
    ctx: Context,
    code: Annotated[str, Path(max_length=40)],
    month: Annotated[str | None, Query(max_length=10, description="YYYY-MM")] = None,
    quad: Annotated[int | None, Query(ge=1, le=4)] = None,
    since: IsoDate = None,
    until: IsoDate = None,
    page: PageNumber = 1,
    per_page: Annotated[int, Query(ge=1, le=200)] = 50,
) -> EventPage:
    return overview.actor_events(
        ctx,
        code,
        month_start=parse_month(month),
        quad=quad,
        since=parse_date(since, name="since"),
        until=parse_date(until, name="until"),
        page=page,
        per_page=per_page,
    )


@router.get("/ledger", summary="Pledges with status, strength, formality and mentions")
def ledger(
    ctx: Context,
    actor: Text = None,
    topic: Text = None,
    status: Text = None,
    as_of: IsoDate = None,
    limit: PageSize = ledger_view.DEFAULT_PAGE_SIZE,
    offset: Offset = 0,
    generic: bool = False,
    unknown: bool = False,
) -> LedgerOut:
    """One page of the ledger: ``limit`` pledges from ``offset`` on, with ``total``."""
    return ledger_view.ledger(
        ctx,
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


@router.get("/pledges/{pledge_id:path}", summary="One pledge, its mentions and linked actions")
def pledge(ctx: Context, pledge_id: str, as_of: IsoDate = None) -> PledgeDetailOut:
    return ledger_view.pledge_detail(ctx, pledge_id, as_of=parse_date(as_of, name="as_of"))


@router.get("/checklists", summary="Checklists that can be evaluated")
def checklists(ctx: Context) -> ChecklistListOut:
    return checklist_view.checklist_names(ctx)


@router.get("/checklists/{name}", summary="A checklist evaluated at a date")
def checklist(
    ctx: Context, name: Annotated[str, Path(max_length=120)], as_of: IsoDate = None
) -> ChecklistOut:
    return checklist_view.checklist_board(ctx, name, parse_date(as_of, name="as_of"))


@router.get("/documents/{doc_id}", summary="A document with its events, commitments and flags")
def document(
    ctx: Context,
    doc_id: Annotated[str, Path(max_length=80)],
    hl: Annotated[str | None, Query(max_length=120, description="event or sentence id")] = None,
) -> DocumentOut:
    return document_view.document_page(ctx, doc_id, highlight=hl)


@router.get("/search", summary="Search documents (title, text) and events (evidence)")
def search(
    ctx: Context,
    q: Annotated[str, Query(max_length=200)] = "",
    page: PageNumber = 1,
    per_page: Annotated[int, Query(ge=1, le=100)] = 20,
) -> SearchOut:
    return document_view.search(ctx, q, page=page, per_page=per_page)


# -- the one write ------------------------------------------------------------------------------


def require_write_token(
    request: Request, authorization: Annotated[str | None, Header()] = None
) -> None:
    token = request.app.state.write_token
    if token is None:
        raise HTTPException(
            403,
            "writes are disabled: start the server with --write-token "
            "(or PLEDGEWATCH_WRITE_TOKEN) to allow them",
        )
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(
        given.strip().encode(), token.encode()
    ):
        raise HTTPException(
            401,
            "a valid 'Authorization: Bearer <token>' header is required",
            headers={"WWW-Authenticate": "Bearer"},
        )


@router.post(
    "/links",
    summary="Confirm or reject a pledge–action link (needs the write token)",
    dependencies=[Depends(require_write_token)],
    responses={401: {"model": ErrorOut}, 403: {"model": ErrorOut}},
)
def decide_link(ctx: Context, decision: LinkDecisionIn) -> LinkDecisionOut:
    """Record an analyst's decision on a link; the ledger applies it when it rebuilds."""
    pledge_row = queries.pledge_row(ctx.store, decision.pledge_id)
    if pledge_row is None:
        raise NotFound(f"no pledge with id {decision.pledge_id!r}")
    if not queries.events_by_id(ctx.store, [decision.event_id]):
        raise NotFound(f"no event with id {decision.event_id!r}")
    override = link_override_function()
    if override is not None:
        override(
            ctx.store,
            decision.pledge_id,
            decision.event_id,
            decision.decision,
            relation=decision.relation,
            note=decision.note,
        )
        rebuild = ledger_rebuild_function()
        if rebuild is not None:
            rebuild(ctx.store)  # so the pledge page shows the decision at once
        applied_by = "ledger"
    else:
        table = schema.link_overrides
        # keyed as the ledger reads it: the id's topic part ("sanctions@MMR" for a pledge
        # about one country), not the plain topic column
        promisor, topic = split_pledge_id(decision.pledge_id)
        key = (
            (table.c.promisor == promisor)
            & (table.c.topic == topic)
            & (table.c.event_id == decision.event_id)
        )
        with ctx.store.transaction() as connection:
            connection.execute(delete(table).where(key))
            connection.execute(
                insert(table).values(
                    promisor=promisor,
                    topic=topic,
                    event_id=decision.event_id,
                    decision=decision.decision,
                    relation=decision.relation,
                    note=decision.note,
                    created_at=dt.datetime.now(dt.UTC),
                )
            )
        applied_by = "table"
    ctx.invalidate()
    return LinkDecisionOut(
        pledge_id=decision.pledge_id,
        event_id=decision.event_id,
        decision=decision.decision,
        applied_by=applied_by,
    )
