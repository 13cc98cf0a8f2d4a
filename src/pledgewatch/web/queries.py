"""The SQL the views run against the store: aggregations, lookups and search, all bound.

Every value that comes from a request reaches the database as a bound parameter (SQLAlchemy
Core expressions), never as text spliced into SQL; search terms go through ``LIKE`` with the
wildcards escaped. Aggregations (events per month and quad class) run in the database so the
overview stays fast on a store of hundreds of thousands of events.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, literal, or_, select
from sqlalchemy.engine import Connection

from pledgewatch.model import FACTUAL_MODALITIES
from pledgewatch.store import Store, schema
from pledgewatch.store.frames import reporting_range

EV, CM, DOC = schema.events, schema.commitments, schema.documents


@dataclass(frozen=True)
class Rows:
    """One page of rows and how many there are in all."""

    total: int
    rows: list[dict[str, Any]]
    more: bool = False  # the total is a lower bound (see search_events)


def _month_key(dialect: str) -> ColumnElement[Any]:
    """``YYYY-MM`` of an event's date, in the dialect's own date function."""
    if dialect == "postgresql":
        return func.to_char(EV.c.date, "YYYY-MM")
    return func.strftime("%Y-%m", EV.c.date)


def _actor_clause(actor: str) -> ColumnElement[bool]:
    """Events the actor did that happened: ``PRK`` matches ``PRKGOV``, ``PRKMIL`` and so on.

    Only asserted or reported events count, as in the analysis stage's series (a promise to
    launch is not a launch). ``startswith`` with ``autoescape`` keeps ``%`` and ``_`` literal.
    """
    return and_(
        EV.c.source.startswith(actor.upper(), autoescape=True),
        EV.c.modality.in_(sorted(FACTUAL_MODALITIES)),
    )


def _period(query: Select[Any], since: dt.date | None, until: dt.date | None) -> Select[Any]:
    if since is not None:
        query = query.where(EV.c.date >= since)
    if until is not None:
        query = query.where(EV.c.date <= until)
    return query


def _all(connection: Connection, query: Select[Any]) -> list[dict[str, Any]]:
    return [dict(row) for row in connection.execute(query).mappings()]


def store_fingerprint(store: Store) -> tuple[Any, ...]:
    """Changes whenever events are added, removed or recoded, the ledger is rebuilt or an
    analyst overrides a link: the key of the views' caches.

    Cheap aggregates (row counts read an index; the latest coding time reads the
    ``documents.coded_at`` index) and the ledger's own fingerprint setting, so checking costs
    milliseconds on a large store; :mod:`pledgewatch.web.change_counter` says when it is due.
    """
    overrides, settings = schema.link_overrides, schema.settings
    parts: list[Select[Any]] = [
        select(func.count()).select_from(EV),
        select(func.max(EV.c.id)),
        select(func.count()).select_from(DOC),
        select(func.max(DOC.c.coded_at)),
        select(func.count()).select_from(overrides),
        select(func.max(overrides.c.created_at)),
        select(settings.c.value).where(settings.c.key == "ledger.fingerprint"),
    ]
    with store.reading() as connection:
        return tuple(connection.execute(part).scalar() for part in parts)


def top_source_actors(store: Store, *, limit: int = 40) -> list[dict[str, Any]]:
    """Source actor codes by number of events, most active first."""
    query = (
        select(EV.c.source.label("code"), func.count().label("events"))
        .where(EV.c.source.is_not(None))
        .group_by(EV.c.source)
        .order_by(func.count().desc(), EV.c.source)
        .limit(limit)
    )
    with store.reading() as connection:
        return _all(connection, query)


def event_date_range(
    store: Store, actor: str | None = None
) -> tuple[dt.date | None, dt.date | None]:
    """First and last event date (of the actor's events that happened, when ``actor`` is given).

    Two queries, because SQLite answers a lone ``min`` or ``max`` from the date index but scans
    the table for both at once.
    """
    dates = []
    for aggregate in (func.min, func.max):
        query = select(aggregate(EV.c.date))
        if actor:
            query = query.where(_actor_clause(actor))
        with store.reading() as connection:
            dates.append(_as_date(connection.execute(query).scalar_one()))
    return dates[0], dates[1]


def reporting_period(
    store: Store, actor: str | None = None
) -> tuple[dt.date | None, dt.date | None]:
    """The event date range (of ``actor``'s events) held within the reporting: events dated
    long before the first report ("the 1953 Armistice") or scheduled after the last one
    ("talks will open in June") would otherwise stretch charts, sliders and "as of" dates
    over years the store knows nothing about."""
    first, last = event_date_range(store, actor)
    first_report, last_report = reporting_range(store)
    if first_report is not None and (first is None or first < first_report):
        first = first_report
    if last_report is not None and (last is None or last > last_report):
        last = last_report
    return first, last


def _as_date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def monthly_quad_counts(
    store: Store, actor: str, since: dt.date | None, until: dt.date | None
) -> list[dict[str, Any]]:
    """Per month and quad class: events, and the sum and count of Goldstein scores."""
    month = _month_key(store.dialect).label("month")
    query = (
        select(
            month,
            EV.c.quad,
            func.count().label("events"),
            func.sum(EV.c.goldstein).label("goldstein_sum"),
            func.count(EV.c.goldstein).label("goldstein_n"),
        )
        .where(_actor_clause(actor), EV.c.date.is_not(None), EV.c.quad.is_not(None))
        .group_by(month, EV.c.quad)
        .order_by(month, EV.c.quad)
    )
    with store.reading() as connection:
        return _all(connection, _period(query, since, until))


def _event_query() -> Select[Any]:
    return (
        select(
            EV,
            CM.c.data.label("commitment"),
            DOC.c.title.label("doc_title"),
            DOC.c.publisher.label("publisher"),
            DOC.c.url.label("doc_url"),
        )
        .outerjoin(CM, CM.c.event_id == EV.c.id)
        .outerjoin(DOC, DOC.c.id == EV.c.doc_id)
    )


def _paged(
    connection: Connection, query: Select[Any], order: list[Any], page: int, per_page: int
) -> Rows:
    total = connection.execute(select(func.count()).select_from(query.subquery())).scalar_one()
    rows = _all(connection, query.order_by(*order).limit(per_page).offset((page - 1) * per_page))
    return Rows(total=int(total), rows=rows)


def actor_events(
    store: Store,
    actor: str,
    *,
    month_start: dt.date | None = None,
    quad: int | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    page: int = 1,
    per_page: int = 50,
) -> Rows:
    """The actor's events (as source), optionally of one month and one quad class."""
    query = _period(_event_query().where(_actor_clause(actor)), since, until)
    if month_start is not None:
        next_month = (month_start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        query = query.where(EV.c.date >= month_start, EV.c.date < next_month)
    if quad is not None:
        query = query.where(EV.c.quad == quad)
    with store.reading() as connection:
        return _paged(connection, query, [EV.c.date, EV.c.id], page, per_page)


def events_by_id(store: Store, event_ids: list[str]) -> dict[str, dict[str, Any]]:
    if not event_ids:
        return {}
    rows: dict[str, dict[str, Any]] = {}
    with store.reading() as connection:
        for start in range(0, len(event_ids), 500):
            chunk = event_ids[start : start + 500]
            for row in _all(connection, _event_query().where(EV.c.id.in_(chunk))):
                rows[row["id"]] = row
    return rows


def document_events(store: Store, doc_id: str) -> list[dict[str, Any]]:
    query = _event_query().where(EV.c.doc_id == doc_id).order_by(EV.c.evidence_start, EV.c.id)
    with store.reading() as connection:
        return _all(connection, query)


def document_flags(store: Store, doc_id: str) -> list[dict[str, Any]]:
    query = select(schema.flags).where(schema.flags.c.doc_id == doc_id).order_by(schema.flags.c.id)
    with store.reading() as connection:
        return _all(connection, query)


def sentence_span(store: Store, sentence_id: str) -> tuple[int, int] | None:
    query = select(schema.sentences.c.start_char, schema.sentences.c.end_char).where(
        schema.sentences.c.id == sentence_id
    )
    with store.reading() as connection:
        row = connection.execute(query).first()
    return (int(row[0]), int(row[1])) if row else None


def documents_by_id(store: Store, doc_ids: list[str]) -> dict[str, dict[str, Any]]:
    """Title, publisher, date and url of documents (no text)."""
    if not doc_ids:
        return {}
    columns = [DOC.c.id, DOC.c.title, DOC.c.publisher, DOC.c.published, DOC.c.url]
    found: dict[str, dict[str, Any]] = {}
    with store.reading() as connection:
        for start in range(0, len(doc_ids), 500):
            chunk = doc_ids[start : start + 500]
            for row in _all(connection, select(*columns).where(DOC.c.id.in_(chunk))):
                found[row["id"]] = row
    return found


# -- search ----------------------------------------------------------------------------------


def _contains(column: Any, term: str, dialect: str) -> ColumnElement[bool]:
    """Case-insensitive literal containment: SQLite's LIKE ignores ASCII case already, so it
    skips ``lower()`` on every row; elsewhere ``ILIKE``. Wildcards in ``term`` are escaped."""
    if dialect == "sqlite":
        return column.contains(term, autoescape=True)
    return column.icontains(term, autoescape=True)


def search_documents(store: Store, term: str, *, page: int, per_page: int) -> Rows:
    """Documents whose title or text contains ``term`` (case-insensitive, wildcards escaped),
    newest first; paged as :func:`_search_page` says. Only the page's documents have their
    text read afterwards.
    """
    where = or_(
        _contains(DOC.c.title, term, store.dialect), _contains(DOC.c.text, term, store.dialect)
    )
    columns = [DOC.c.id, DOC.c.title, DOC.c.publisher, DOC.c.published, DOC.c.text]
    return _search_page(
        store,
        DOC.c.id,
        DOC.c.published,
        where,
        page=page,
        per_page=per_page,
        rows_for=lambda ids: select(*columns).where(DOC.c.id.in_(ids)),
    )


#: Matches counted exactly in a search; beyond this the total is shown as "more than".
SEARCH_COUNT_CAP = 1000


def search_events(store: Store, term: str, *, page: int, per_page: int) -> Rows:
    """Events whose evidence contains ``term``, newest first; paged as :func:`_search_page`."""
    return _search_page(
        store,
        EV.c.id,
        EV.c.date,
        _contains(EV.c.evidence, term, store.dialect),
        page=page,
        per_page=per_page,
        rows_for=lambda ids: _event_query().where(EV.c.id.in_(ids)),
    )


def _search_page(
    store: Store,
    key: Any,
    date: Any,
    where: Any,
    *,
    page: int,
    per_page: int,
    rows_for: Callable[[list[str]], Any],
) -> Rows:
    """One page of the rows matching ``where``, newest ``date`` first.

    ``LIKE '%term%'`` cannot use an index, so the table is scanned once for at most
    ``SEARCH_COUNT_CAP + 1`` matches, counted and sorted with a window function: one pass for a
    rare term. A common term stops that pass early, and its page is then read by walking the
    date index, newest first, with the total reported as a lower bound (``Rows.more``).
    ``rows_for(ids)`` is the query that reads the page's rows.
    """
    offset = (page - 1) * per_page
    matches = select(key, date).where(where).limit(SEARCH_COUNT_CAP + 1).subquery()
    counted = (
        select(matches.c[key.name], func.count().over().label("total"))
        .order_by(matches.c[date.name].desc(), matches.c[key.name])
        .limit(per_page)
        .offset(offset)
    )
    more = False
    with store.reading() as connection:
        found = connection.execute(counted).all()
        total = int(found[0].total) if found else None
        if total is None and page > 1:
            count = select(func.count()).select_from(matches)
            total = int(connection.execute(count).scalar_one())
        total = total or 0
        if total > SEARCH_COUNT_CAP:
            more, total = True, SEARCH_COUNT_CAP
            newest = select(key).where(where).order_by(date.desc(), key)
            found = connection.execute(newest.limit(per_page).offset(offset)).all()
        ids = [row[0] for row in found]
        rows = _all(connection, rows_for(ids)) if ids else []
    order = {row_id: position for position, row_id in enumerate(ids)}
    rows.sort(key=lambda row: order[row["id"]])
    return Rows(total=total, rows=rows, more=more)


# -- pledges (read straight from the ledger's tables) ------------------------------------------


def pledge_rows(
    store: Store, *, actor: str | None = None, topic: str | None = None
) -> list[dict[str, Any]]:
    table = schema.pledges
    query = select(table).order_by(table.c.promisor, table.c.topic, table.c.id)
    if actor:
        query = query.where(table.c.promisor.startswith(actor, autoescape=True))
    if topic:
        query = query.where(table.c.topic == topic)
    with store.reading() as connection:
        return _all(connection, query)


def pledge_row(store: Store, pledge_id: str) -> dict[str, Any] | None:
    query = select(schema.pledges).where(schema.pledges.c.id == pledge_id)
    with store.reading() as connection:
        rows = _all(connection, query)
    return rows[0] if rows else None


def pledge_topics(store: Store) -> list[str]:
    query = select(schema.pledges.c.topic).distinct().order_by(schema.pledges.c.topic)
    with store.reading() as connection:
        return [row[0] for row in connection.execute(query)]


def pledge_mentions(store: Store, pledge_id: str) -> list[dict[str, Any]]:
    pm = schema.pledge_mentions
    query = (
        select(pm.c.event_id, pm.c.strength, pm.c.formality, pm.c.first_party, pm.c.date)
        .where(pm.c.pledge_id == pledge_id)
        .order_by(pm.c.date, pm.c.event_id)
    )
    with store.reading() as connection:
        return _all(connection, query)


def pledge_actions(store: Store, pledge_id: str) -> list[dict[str, Any]]:
    al = schema.action_links
    query = (
        select(al.c.event_id, al.c.relation, al.c.reason, al.c.origin, al.c.date)
        .where(al.c.pledge_id == pledge_id)
        .order_by(al.c.date, al.c.id)
    )
    with store.reading() as connection:
        return _all(connection, query)


# -- checklists (stored evaluations) ------------------------------------------------------------


def stored_checklist_names(store: Store) -> list[str]:
    table = schema.checklist_evaluations
    query = select(table.c.checklist).distinct().order_by(table.c.checklist)
    with store.reading() as connection:
        return [row[0] for row in connection.execute(query)]


def stored_checklist_at(store: Store, name: str, as_of: dt.date) -> list[dict[str, Any]]:
    """Per item, the latest stored evaluation on or before ``as_of``."""
    table = schema.checklist_evaluations
    latest = (
        select(table.c.item_id, func.max(table.c.as_of).label("as_of"))
        .where(table.c.checklist == name, table.c.as_of <= as_of)
        .group_by(table.c.item_id)
        .subquery()
    )
    query = (
        select(table)
        .join(latest, and_(latest.c.item_id == table.c.item_id, latest.c.as_of == table.c.as_of))
        .where(table.c.checklist == name)
        .order_by(table.c.id)
    )
    with store.reading() as connection:
        return _all(connection, query)


def stored_checklist_items(store: Store, name: str) -> list[dict[str, Any]]:
    """Every item of a stored checklist with its earliest label, in first-seen order."""
    table = schema.checklist_evaluations
    query = (
        select(table.c.item_id, func.min(table.c.label).label("label"), func.min(table.c.id))
        .where(table.c.checklist == name)
        .group_by(table.c.item_id)
        .order_by(func.min(table.c.id))
    )
    with store.reading() as connection:
        return _all(connection, query)


def stored_checklist_range(store: Store, name: str) -> tuple[dt.date | None, dt.date | None]:
    table = schema.checklist_evaluations
    query = select(func.min(table.c.as_of), func.max(table.c.as_of)).where(
        table.c.checklist == name
    )
    with store.reading() as connection:
        first, last = connection.execute(query).one()
    return _as_date(first), _as_date(last)


def flags_in_period(
    store: Store, actor: str | None, since: dt.date | None, until: dt.date | None
) -> list[dict[str, Any]]:
    """Headline overstatements and other flags of documents published in the period."""
    fl = schema.flags
    query = (
        select(fl, DOC.c.title, DOC.c.publisher, DOC.c.published, DOC.c.url)
        .join(DOC, DOC.c.id == fl.c.doc_id)
        .order_by(DOC.c.published, fl.c.id)
    )
    if actor:
        query = query.where(
            or_(fl.c.promisor.is_(None), fl.c.promisor.startswith(actor, autoescape=True))
        )
    if since is not None:
        query = query.where(DOC.c.published >= since)
    if until is not None:
        query = query.where(DOC.c.published <= until)
    with store.reading() as connection:
        return _all(connection, query)


def ping(store: Store) -> bool:
    with store.reading() as connection:
        return connection.execute(select(literal(1))).scalar_one() == 1
