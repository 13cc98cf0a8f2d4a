"""Event series per actor and directed dyad: counts by quad class and Goldstein, per period.

Everything the trend analysis says (say–do gap, charm offensive, change points) is computed from
these series, and every row keeps the ids of the events it counts, so a point on a chart can be
traced back to its evidence sentences (:func:`events_in_period`). Only events that happened
(modality asserted or reported) are counted: a promise to meet is verbal cooperation only when it
was actually made, and "will launch" is not a launch; and only each sentence's own acts, as
event data counts them: "Seoul condemned the North's attack" counts the condemnation, not the
attack a second time (:func:`pledgewatch.store.frames.sentence_own_event`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

import pandas as pd
from sqlalchemy import Select, and_, or_, select

from pledgewatch.analysis.say_do import add_say_do_gap
from pledgewatch.analysis.settings import Freq, check_freq
from pledgewatch.events.codetable import CodeTable
from pledgewatch.model import FACTUAL_MODALITIES
from pledgewatch.store import Store, schema
from pledgewatch.store.frames import sentence_own_event

#: Target label of an actor's series against everyone.
ANY_TARGET = "*"

#: pandas period codes; weeks run Monday to Sunday.
PANDAS_FREQ: dict[str, str] = {"day": "D", "week": "W-SUN", "month": "M"}

#: Count columns by GDELT quad class.
QUAD_COLUMNS: dict[int, str] = {
    1: "verbal_coop",
    2: "material_coop",
    3: "verbal_conflict",
    4: "material_conflict",
}
#: ``warm_words``: verbal cooperation aimed abroad other than plain statements (CAMEO root 01,
#: "X said"), which is what a charm offensive turns up; ``statement_roots`` names the plain.
COUNT_COLUMNS = (*QUAD_COLUMNS.values(), "threats", "warm_words", "events")
SERIES_COLUMNS = (
    "period",
    "source",
    "target",
    *COUNT_COLUMNS,
    "goldstein_total",
    "goldstein_mean",
    "say_score",
    "do_score",
    "say_do_gap",
    "event_ids",
    "ids_by_class",
)
_EVENT_COLUMNS = ("id", "date", "source", "target", "cameo", "quad", "goldstein")


def parse_against(against: str | Iterable[str] | None) -> list[str]:
    """Target prefixes: ``"USA,KOR"`` or ``["USA", "KOR"]``; none means everyone (``*``)."""
    if against is None:
        return [ANY_TARGET]
    items = against.split(",") if isinstance(against, str) else list(against)
    prefixes = [item.strip().upper() for item in items if item and item.strip()]
    return prefixes or [ANY_TARGET]


def period_start(day: dt.date, freq: Freq) -> dt.date:
    """First day of the period holding ``day`` (Monday for weeks, the 1st for months)."""
    return pd.Period(day, freq=PANDAS_FREQ[check_freq(freq)]).start_time.date()


def period_end(start: dt.date, freq: Freq) -> dt.date:
    """Last day of the period that starts (or lies) at ``start``."""
    return pd.Period(start, freq=PANDAS_FREQ[check_freq(freq)]).end_time.date()


def code_prefix(column: Any, prefix: str, dialect: str) -> Any:
    """``column`` starts with ``prefix``; on SQLite as a range, so the column's index is used.

    SQLite compares text bytewise, so ``PRK <= code < PRL`` is exactly "starts with PRK" and,
    unlike LIKE, can use the index. Elsewhere (collations differ) it is a plain LIKE.
    """
    if dialect == "sqlite" and prefix:
        upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        return and_(column >= prefix, column < upper)
    return column.startswith(prefix, autoescape=True)


def _happened_query(
    actor: str,
    targets: Sequence[str],
    since: dt.date | None,
    until: dt.date | None,
    dialect: str,
) -> Select[Any]:
    ev = schema.events
    conditions = [
        code_prefix(ev.c.source, actor.upper(), dialect),
        ev.c.modality.in_(sorted(FACTUAL_MODALITIES)),
        ev.c.date.is_not(None),
        sentence_own_event(),
    ]
    prefixes = [target for target in targets if target != ANY_TARGET]
    if prefixes and len(prefixes) == len(targets):
        conditions.append(or_(*(code_prefix(ev.c.target, p, dialect) for p in prefixes)))
    if since:
        conditions.append(ev.c.date >= since)
    if until:
        conditions.append(ev.c.date <= until)
    columns = [ev.c[name] for name in _EVENT_COLUMNS] + [ev.c.root]
    return select(*columns).where(and_(*conditions)).order_by(ev.c.date, ev.c.id)


def _quad_of(cameo: str) -> int | None:
    table = CodeTable.default()
    for length in (len(cameo), 3, 2):
        if cameo[:length] in table:
            return table.info(cameo[:length]).quad
    return None


def happened_events(
    store: Store,
    actor: str,
    against: str | Iterable[str] | None = None,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> pd.DataFrame:
    """Events by ``actor`` (code prefix) that happened, optionally only against ``against``.

    Columns: id, date, source, target, cameo, quad, goldstein, root. A missing quad class is
    taken from the CAMEO code table.
    """
    query = _happened_query(actor, parse_against(against), since, until, store.dialect)
    with store.reading() as connection:
        result = connection.execute(query)
        columns = list(result.keys())
        frame = pd.DataFrame.from_records(
            [tuple(row) for row in result.fetchall()], columns=columns
        )
    if frame.empty:
        return frame
    missing = frame["quad"].isna()
    if missing.any():
        frame.loc[missing, "quad"] = frame.loc[missing, "cameo"].map(_quad_of)
    frame["quad"] = frame["quad"].astype("Int64")
    frame["goldstein"] = pd.to_numeric(frame["goldstein"], errors="coerce")
    frame["target"] = frame["target"].fillna("")
    frame["date"] = pd.to_datetime(frame["date"]).dt.date
    return frame


def _empty_series() -> pd.DataFrame:
    return pd.DataFrame({column: [] for column in SERIES_COLUMNS})


def _aimed_abroad(events: pd.DataFrame) -> pd.Series:
    """Events with a target outside the source's own country: courting is done abroad (a
    leader "guiding a meeting" or signing an order for his generals courts no one)."""
    target = events["target"].fillna("").astype(str)
    source = events["source"].fillna("").astype(str)
    return (target != "") & (target.str[:3] != source.str[:3])


def _dyad_rows(
    events: pd.DataFrame,
    periods: pd.PeriodIndex,
    threat_roots: frozenset[str],
    statement_roots: frozenset[str] = frozenset({"01"}),
) -> pd.DataFrame:
    """Aggregate one dyad's events over the full period range (zero-filled)."""
    frame = pd.DataFrame(index=periods)
    if not events.empty:
        events = events.assign(
            period=pd.PeriodIndex(pd.to_datetime(events["date"]), freq=periods.freq)
        )
        events = events[events["period"].isin(periods)]
    masks: dict[str, Any] = {}
    if not events.empty:
        masks = {column: events["quad"] == quad for quad, column in QUAD_COLUMNS.items()}
        masks["threats"] = events["root"].isin(threat_roots)
        masks["warm_words"] = (
            (events["quad"] == 1) & ~events["root"].isin(statement_roots) & _aimed_abroad(events)
        )
    ids_by_class: dict[str, pd.Series] = {}
    for column in (*QUAD_COLUMNS.values(), "threats", "warm_words"):
        if column not in masks:
            frame[column] = 0
            continue
        grouped = events[masks[column].fillna(False)].groupby("period")["id"]
        frame[column] = grouped.size().reindex(periods, fill_value=0)
        ids_by_class[column] = grouped.agg(list)
    if events.empty:
        frame["events"] = 0
        frame["goldstein_total"] = 0.0
        frame["goldstein_mean"] = float("nan")
        frame["event_ids"] = [[] for _ in range(len(frame))]
        frame["ids_by_class"] = [{} for _ in range(len(frame))]
        return frame
    grouped_all = events.groupby("period")
    frame["events"] = grouped_all.size().reindex(periods, fill_value=0)
    frame["goldstein_total"] = grouped_all["goldstein"].sum().reindex(periods, fill_value=0.0)
    frame["goldstein_mean"] = grouped_all["goldstein"].mean().reindex(periods)
    event_ids = grouped_all["id"].agg(list)
    frame["event_ids"] = [event_ids.get(period, []) for period in periods]
    frame["ids_by_class"] = [
        {name: ids[period] for name, ids in ids_by_class.items() if period in ids.index}
        for period in periods
    ]
    return frame


def series_from_events(
    events: pd.DataFrame,
    actor: str,
    against: str | Iterable[str] | None = None,
    *,
    freq: Freq = "month",
    start: dt.date | None = None,
    end: dt.date | None = None,
    threat_roots: Iterable[str] = ("13",),
    statement_roots: Iterable[str] = ("01",),
) -> pd.DataFrame:
    """Series of already-selected events (columns as :func:`happened_events` returns).

    One row per period and dyad, periods from ``start`` (else the first event) to ``end`` (else
    the last event), zero-filled. Events are not filtered by source here: pass the actor's.
    """
    targets = parse_against(against)
    pandas_freq = PANDAS_FREQ[check_freq(freq)]
    dates = events["date"] if not events.empty else pd.Series([], dtype=object)
    first = start or (min(dates) if len(dates) else None)
    last = end or (max(dates) if len(dates) else None)
    if first is None or last is None or first > last:
        return _empty_series()
    periods = pd.period_range(pd.Period(first, pandas_freq), pd.Period(last, pandas_freq))
    roots = frozenset(str(root).zfill(2) for root in threat_roots)
    plain = frozenset(str(root).zfill(2) for root in statement_roots)
    frames = []
    for target in targets:
        if target == ANY_TARGET or events.empty:
            subset = events
        else:
            subset = events[events["target"].str.startswith(target)]
        dyad = _dyad_rows(subset, periods, roots, plain)
        dyad.insert(0, "target", target)
        dyad.insert(0, "source", actor.upper())
        dyad.insert(0, "period", [period.start_time.date() for period in dyad.index])
        frames.append(dyad.reset_index(drop=True))
    series = add_say_do_gap(pd.concat(frames, ignore_index=True))
    for column in COUNT_COLUMNS:
        series[column] = series[column].astype(int)
    series["goldstein_mean"] = series["goldstein_mean"].astype(float)
    return series[list(SERIES_COLUMNS)]


def event_series(
    store: Store,
    actor: str,
    against: str | Iterable[str] | None = None,
    freq: Freq = "month",
    since: dt.date | None = None,
    until: dt.date | None = None,
    *,
    threat_roots: Iterable[str] = ("13",),
    statement_roots: Iterable[str] = ("01",),
) -> pd.DataFrame:
    """The actor's series against each target prefix (or everyone), one row per period and dyad.

    Args:
        store: the open store.
        actor: source code prefix, e.g. ``PRK`` (matches ``PRKGOV``, ``PRKMIL`` ...).
        against: target prefixes (``"USA,KOR"`` or a list); None = against anyone (``*``).
        freq: ``day``, ``week`` (Monday to Sunday) or ``month``.
        since, until: first and last day; the series is zero-filled between them (else between
            the actor's first and last event).
        threat_roots: CAMEO roots counted in the ``threats`` column (13, THREATEN).
        statement_roots: CAMEO roots of plain statements, left out of ``warm_words`` (01).

    Returns:
        Columns ``period`` (first day), ``source``, ``target``, counts ``verbal_coop``,
        ``material_coop``, ``verbal_conflict``, ``material_conflict`` (quad 1-4), ``threats``,
        ``events``; ``goldstein_total``, ``goldstein_mean`` (NaN without events),
        ``say_score``, ``do_score``, ``say_do_gap`` (docs/trends.md), ``event_ids`` and
        ``ids_by_class`` (ids per count column).
    """
    all_events = happened_events(store, actor, None, since=since, until=until)
    start = since or (min(all_events["date"]) if not all_events.empty else None)
    end = until or (max(all_events["date"]) if not all_events.empty else None)
    return series_from_events(
        all_events,
        actor,
        against,
        freq=freq,
        start=start,
        end=end,
        threat_roots=threat_roots,
        statement_roots=statement_roots,
    )


def events_in_period(
    store: Store,
    actor: str,
    against: str | None,
    period_start: dt.date,
    freq: Freq = "month",
) -> pd.DataFrame:
    """The events behind one point of a series, with their sentences and documents.

    ``against`` is one target prefix, or None / ``*`` for anyone. Columns: id, date, source,
    target, cameo, quad, goldstein, modality, evidence, sentence_id, sentence, doc_id, title,
    url, origin, provenance.
    """
    first = period_start
    last = period_end(period_start, freq)
    ev, sentences, documents = schema.events, schema.sentences, schema.documents
    target = None if against in (None, "", ANY_TARGET) else against.upper()
    query = (
        select(
            ev.c.id,
            ev.c.date,
            ev.c.source,
            ev.c.target,
            ev.c.cameo,
            ev.c.quad,
            ev.c.goldstein,
            ev.c.modality,
            ev.c.evidence,
            ev.c.sentence_id,
            sentences.c.text.label("sentence"),
            ev.c.doc_id,
            documents.c.title,
            documents.c.url,
            ev.c.origin,
            ev.c.provenance,
        )
        .outerjoin(sentences, sentences.c.id == ev.c.sentence_id)
        .outerjoin(documents, documents.c.id == ev.c.doc_id)
        .where(
            code_prefix(ev.c.source, actor.upper(), store.dialect),
            ev.c.modality.in_(sorted(FACTUAL_MODALITIES)),
            sentence_own_event(),
            ev.c.date >= first,
            ev.c.date <= last,
        )
        .order_by(ev.c.date, ev.c.id)
    )
    if target:
        query = query.where(code_prefix(ev.c.target, target, store.dialect))
    with store.reading() as connection:
        result = connection.execute(query)
        return pd.DataFrame(result.fetchall(), columns=list(result.keys()))
