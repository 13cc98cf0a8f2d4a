"""Read the store's tables as pandas DataFrames, filtered in SQL, for analysts and the views."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, get_args

import pandas as pd
from sqlalchemy import Select, func, select

from pledgewatch.errors import InputError
from pledgewatch.model import FACTUAL_MODALITIES, Modality
from pledgewatch.store import schema
from pledgewatch.store.database import Store

MODALITIES: tuple[str, ...] = get_args(Modality)


def _frame(store: Store, query: Select[Any]) -> pd.DataFrame:
    with store.reading() as connection:
        result = connection.execute(query)
        return pd.DataFrame(result.fetchall(), columns=list(result.keys()))


def sentence_texts(store: Store, sentence_ids: Iterable[str]) -> dict[str, str]:
    """The text of each sentence named, so evidence can be read in its whole sentence."""
    found: dict[str, str] = {}
    wanted = sorted(set(sentence_ids))
    table = schema.sentences
    with store.reading() as connection:
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            query = select(table.c.id, table.c.text).where(table.c.id.in_(chunk))
            found.update({row.id: row.text for row in connection.execute(query)})
    return found


def reporting_range(store: Store) -> tuple[dt.date | None, dt.date | None]:
    """The span the store has reports for: from the first to the last publication date of its
    documents, widened to the dates of imported events (GDELT, ICEWS rows have no document).
    It bounds default periods: a report recalling the 1953 Armistice, or announcing talks
    after the last report, must not stretch a chart or an "as of" date over years the store
    knows nothing about. (None, None) for a store with neither."""
    published, events = schema.documents.c.published, schema.events
    imported = events.c.doc_id.is_(None)
    with store.reading() as connection:
        firsts = [
            connection.execute(select(func.min(published))).scalar_one(),
            connection.execute(select(func.min(events.c.date)).where(imported)).scalar_one(),
        ]
        lasts = [
            connection.execute(select(func.max(published))).scalar_one(),
            connection.execute(select(func.max(events.c.date)).where(imported)).scalar_one(),
        ]
    first_days = [d for d in map(_as_day, firsts) if d is not None]
    last_days = [d for d in map(_as_day, lasts) if d is not None]
    return min(first_days, default=None), max(last_days, default=None)


def _as_day(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def documents_frame(store: Store, *, with_text: bool = False) -> pd.DataFrame:
    """One row per document; the full text only when asked, since it dominates memory."""
    table = schema.documents
    columns = [c for c in table.c if with_text or c.name != "text"]
    return _frame(store, select(*columns).order_by(table.c.published, table.c.id))


def sentences_frame(store: Store, doc_id: str | None = None) -> pd.DataFrame:
    table = schema.sentences
    query = select(table).order_by(table.c.doc_id, table.c.idx)
    if doc_id is not None:
        query = query.where(table.c.doc_id == doc_id)
    return _frame(store, query)


def sentence_own_event() -> Any:
    """The condition on ``events`` that keeps each sentence's own acts: not a "said" framing
    a coded content, a nominal event another names ("condemned the attack": the attack is
    counted where it is reported, not again on every day it is condemned) or a background
    clause. A coded event's secondary role is in its provenance (imports have none there);
    see :data:`pledgewatch.model.EVENT_ROLES`."""
    return schema.events.c.provenance["role"].as_string().is_(None)


def events_frame(
    store: Store,
    *,
    actor: str | None = None,
    source: str | None = None,
    target: str | None = None,
    cameo: str | None = None,
    quad: int | None = None,
    modality: str | None = None,
    factual: bool = False,
    doc_id: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    limit: int | None = None,
    main: bool = False,
) -> pd.DataFrame:
    """Events with their commitments (as a dict column) and the text of the sentence each was
    read from (``sentence_text``), filtered by bound parameters.

    ``actor`` matches source or target by code prefix (``PRK`` matches ``PRKGOV``);
    ``source``, ``target`` and ``cameo`` match by prefix as well. ``factual`` keeps the events
    that happened (asserted or reported), leaving out promises, threats, denials and
    hypotheticals; ``modality`` names one modality, and a misspelt one is an error rather than
    an empty answer. ``main`` keeps each sentence's own events, leaving out the secondary
    roles (:data:`pledgewatch.model.EVENT_ROLES`: a "said" whose content is coded, a nominal
    event another names, a background clause ...), as CAMEO event data counts them.
    """
    if modality and modality not in MODALITIES:
        raise InputError(f"unknown modality {modality!r}: use one of {', '.join(MODALITIES)}")
    ev, cm, sentences = schema.events, schema.commitments, schema.sentences
    query = (
        select(ev, cm.c.data.label("commitment"), sentences.c.text.label("sentence_text"))
        .outerjoin(cm, cm.c.event_id == ev.c.id)
        .outerjoin(sentences, sentences.c.id == ev.c.sentence_id)
    )
    if actor:
        query = query.where(ev.c.source.startswith(actor) | ev.c.target.startswith(actor))
    if source:
        query = query.where(ev.c.source.startswith(source))
    if target:
        query = query.where(ev.c.target.startswith(target))
    if cameo:
        query = query.where(ev.c.cameo.startswith(cameo))
    if quad is not None:
        query = query.where(ev.c.quad == quad)
    if modality:
        query = query.where(ev.c.modality == modality)
    if factual:
        query = query.where(ev.c.modality.in_(sorted(FACTUAL_MODALITIES)))
    if doc_id:
        query = query.where(ev.c.doc_id == doc_id)
    if main:
        query = query.where(sentence_own_event())
    if since:
        query = query.where(ev.c.date >= since)
    if until:
        query = query.where(ev.c.date <= until)
    query = query.order_by(ev.c.date, ev.c.id)
    if limit:
        query = query.limit(limit)
    return _frame(store, query)


def commitments_frame(store: Store, *, promisor: str | None = None) -> pd.DataFrame:
    cm, ev = schema.commitments, schema.events
    query = (
        select(cm, ev.c.date, ev.c.sentence_id, ev.c.cameo, ev.c.evidence)
        .join(ev, ev.c.id == cm.c.event_id)
        .order_by(ev.c.date, cm.c.event_id)
    )
    if promisor:
        query = query.where(cm.c.promisor.startswith(promisor))
    return _frame(store, query)


def flags_frame(store: Store) -> pd.DataFrame:
    return _frame(store, select(schema.flags).order_by(schema.flags.c.id))
