"""The events the linking reads, and an event made a link.

The topic-action rules (:mod:`~pledgewatch.ledger.linking`) decide which events keep or break a
pledge; this module fetches what they weigh: the SQL pre-filter of the events that happened and
touch a promisor (:func:`candidate_events`), one event by id for an analyst's decision
(:func:`event_row`), the day an event stands on (its own date, else its report's), and the
:class:`~pledgewatch.ledger.records.ActionLink` an event row becomes (:func:`link_from_event`),
with its report's publication day, which tells which report first told an act, the span of
days its sentence tells and where it places the act on its day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import and_, func, not_, or_, select
from sqlalchemy.engine import Connection

from pledgewatch.ledger.day_order import told_when
from pledgewatch.ledger.evidence import row_date_precision
from pledgewatch.ledger.records import ActionLink
from pledgewatch.ledger.retellings import act_heads, may_retell
from pledgewatch.ledger.spans import told_span
from pledgewatch.model import FACTUAL_MODALITIES, DateBasis
from pledgewatch.store import schema

#: Commitment kinds whose events are words about the future, never actions.
_NOT_ACTIONS = ("promise", "offer", "demand", "refusal")
# a week is stored on its first day, as early as 26 December for a week that ends in January
_LONGEST_WEEK_BACK = dt.timedelta(days=6)


def event_date(row: Mapping[str, Any]) -> dt.date | None:
    """The day an event stands on: its own date, else its report's publication day."""
    if "when" in row:
        return row["when"]  # type: ignore[no-any-return]
    return _day(row.get("date") or row.get("published"))


def _day(value: Any) -> dt.date | None:
    return value.date() if isinstance(value, dt.datetime) else value


def _event_columns() -> list[Any]:
    ev, doc = schema.events, schema.documents
    return [
        ev.c.id,
        ev.c.doc_id,
        ev.c.sentence_id,
        ev.c.date,
        ev.c.date_precision,
        ev.c.source,
        ev.c.target,
        ev.c.cameo,
        ev.c.modality,
        ev.c.action_text,
        ev.c.evidence,
        ev.c.why,
        ev.c.provenance,  # the date's basis (dates27), which the retelling rule reads
        doc.c.published,
        schema.sentences.c.text.label("sentence_text"),
    ]


def candidate_events(
    connection: Connection,
    promisor: str,
    prefixes: Iterable[str],
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> list[Mapping[str, Any]]:
    """Events that happened, touch the promisor and carry one of the CAMEO prefixes.

    This is the SQL pre-filter; :func:`match_event` decides. Undated events take their
    document's publication date. ``since`` is widened to the 1st of January, less six days,
    since an act known only to its year, month or week (stored on the period's first day, a
    week as early as 26 December) may follow a pledge within that period
    (:func:`~pledgewatch.ledger.acts.may_follow`, which the callers then apply).
    """
    prefixes = tuple(prefixes)
    if not prefixes:
        return []
    ev, cm, doc = schema.events, schema.commitments, schema.documents
    when = func.coalesce(ev.c.date, doc.c.published)
    query = (
        select(*_event_columns())
        .outerjoin(doc, doc.c.id == ev.c.doc_id)
        .outerjoin(schema.sentences, schema.sentences.c.id == ev.c.sentence_id)
        .outerjoin(cm, cm.c.event_id == ev.c.id)
        .where(ev.c.modality.in_(sorted(FACTUAL_MODALITIES)))
        .where(or_(ev.c.source.startswith(promisor), ev.c.target.startswith(promisor)))
        .where(or_(*(ev.c.cameo.startswith(p) for p in prefixes)))
        .where(or_(cm.c.kind.is_(None), not_(cm.c.kind.in_(_NOT_ACTIONS))))
        .order_by(when, ev.c.id)
    )
    if since is not None:
        start = dt.date(since.year, 1, 1) - _LONGEST_WEEK_BACK
        query = query.where(and_(when.is_not(None), when >= start))
    if until is not None:
        query = query.where(when <= until)
    rows: list[Mapping[str, Any]] = []
    for row in connection.execute(query).mappings():
        values = dict(row)
        values["when"] = event_date(values)
        rows.append(values)
    return rows


def link_from_event(
    pledge_key: str,
    row: Mapping[str, Any],
    relation: str,
    reason: str,
    origin: str,
    note: str | None,
    act: str | None = None,
) -> ActionLink:
    """The link an event row makes to a pledge, with the day its report was published, the
    kind of act its rule finds (``act``) and the span of days its sentence tells
    (:func:`~pledgewatch.ledger.spans.told_span`), and whether it may retell an earlier act
    (:func:`~pledgewatch.ledger.retellings.may_retell`: dated only by its report)."""
    before, after = told_span(row.get("sentence_text"))
    day, precision = event_date(row), row_date_precision(row)
    reported = _day(row.get("published"))
    return ActionLink(
        pledge_id=pledge_key,
        event_id=row["id"],
        relation=relation,
        reason=reason,
        origin=origin,
        date=day,
        doc_id=row.get("doc_id"),
        sentence_id=row.get("sentence_id"),
        text=row.get("evidence"),
        cameo=row.get("cameo"),
        source=row.get("source"),
        target=row.get("target"),
        note=note,
        date_precision=precision,
        reported=reported,
        act=act,
        span_before=before,
        span_after=after,
        told=told_when(row.get("sentence_text"), row.get("evidence")),
        may_retell=may_retell(
            row.get("sentence_text"),
            row.get("evidence"),
            day,
            precision,
            reported,
            row.get("why"),
            basis=DateBasis.from_provenance(row.get("provenance")),
        ),
        heads=act_heads(row.get("why"), row.get("action_text")),
    )


def event_row(
    connection: Connection, event_id: str, cache: dict[str, Any] | None = None
) -> Mapping[str, Any] | None:
    """One event's row for the linking rules; ``cache`` keeps those already read (a plain-topic
    decision is weighed once for each object pledge of its promisor and topic)."""
    if cache is not None and event_id in cache:
        return cache[event_id]
    row = _read_event_row(connection, event_id)
    if cache is not None:
        cache[event_id] = row
    return row


def _read_event_row(connection: Connection, event_id: str) -> Mapping[str, Any] | None:
    ev, doc = schema.events, schema.documents
    sent = schema.sentences
    query = (
        select(*_event_columns())
        .outerjoin(doc, doc.c.id == ev.c.doc_id)
        .outerjoin(sent, sent.c.id == ev.c.sentence_id)
        .where(ev.c.id == event_id)
    )
    row = connection.execute(query).mappings().first()
    return dict(row) if row is not None else None
