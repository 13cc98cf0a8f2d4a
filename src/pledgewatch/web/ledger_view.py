"""The ledger page and the pledge page: pledges with their status, mentions and linked actions.

Statuses come from the ledger stage (``ledger_statuses``, the records behind ``ledger_frame``),
which knows how to date them; when that stage is not installed the page falls back to the
ledger's stored tables (``pledges``, ``pledge_mentions``, ``action_links``) and shows what they
hold. With the stage, a pledge's page lists the acts its status shows, not every stored link:
the replay sets some aside (an act beyond the period of a deadline the pledge met).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from typing import Any

from pledgewatch.errors import ConfigError, NotFound
from pledgewatch.ledger.records import ActionLink, base_topic, of_unknown_country
from pledgewatch.store.frames import sentence_texts
from pledgewatch.web import queries
from pledgewatch.web.context import ViewContext, clean_text, document_link, iso
from pledgewatch.web.deadline_view import deadline_fields, deadline_out, deadline_sources
from pledgewatch.web.models import (
    EpisodeRow,
    LedgerOut,
    LinkedEvent,
    PledgeDetailOut,
    PledgeRow,
    ToldElsewhere,
)
from pledgewatch.web.stages import ledger_statuses_function

log = logging.getLogger(__name__)

ACTOR_CODE = re.compile(r"---[A-Za-z0-9]{0,37}|[A-Za-z0-9]{1,40}")  # "---": no known country

KNOWN_STATUSES = (
    "pledged",
    "fulfilled",
    "contradicted",
    "retracted",
    "lapsed",
    "refused",
    "claimed by others only",
)


def _evidence_list(value: Any) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return list(value)
    if hasattr(value, "tolist"):
        return list(value.tolist())
    return []


def _clean(value: Any) -> Any:
    """None for pandas' missing values (NaN, NaT), the value otherwise."""
    try:
        import pandas as pd

        if not isinstance(value, list | tuple | dict) and pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return value


def _latest_evidence(record: dict[str, Any], evidence_limit: int | None) -> list[Any]:
    """The record's evidence; with ``evidence_limit``, the entries that set the status
    (``decides``) and the latest others up to that many, in date order."""
    evidence = _evidence_list(record.get("evidence"))
    if not evidence_limit or len(evidence) <= evidence_limit:
        return evidence
    decisive = [i for i, e in enumerate(evidence) if isinstance(e, dict) and e.get("decides")]
    decisive = decisive[-evidence_limit:]
    rest = [i for i in range(len(evidence)) if i not in decisive]
    keep = sorted(decisive + rest[len(rest) - (evidence_limit - len(decisive)) :])
    return [evidence[i] for i in keep]


def _row_from_stage(
    ctx: ViewContext,
    record: dict[str, Any],
    documents: dict[str, dict[str, Any]],
    evidence_limit: int | None = None,
    sentences: dict[str, str] | None = None,
) -> PledgeRow:
    evidence = _latest_evidence(record, evidence_limit)
    return PledgeRow(
        id=str(record["id"]),
        promisor=str(record.get("promisor") or ""),
        promisor_label=ctx.actor_label(record.get("promisor")),
        topic=str(record.get("topic") or ""),
        label=record.get("label"),
        status=record.get("status"),
        strength=record.get("strength"),
        formality=record.get("formality"),
        first_mention=iso(record.get("first_mention")),
        first_party_mention=iso(record.get("first_party_mention")),
        last_mention=iso(record.get("last_mention")),
        first_mention_shown=record.get("first_mention_shown"),
        first_party_mention_shown=record.get("first_party_mention_shown"),
        last_mention_shown=record.get("last_mention_shown"),
        summary=record.get("summary"),
        since=iso(record.get("since")),
        episodes=_episode_rows(record.get("episodes")),
        evidence=[ctx.evidence_ref(item, documents, sentences) for item in evidence],
        evidence_total=len(_evidence_list(record.get("evidence"))),
        deadline=deadline_out(ctx, record, documents, sentences),
    )


def _episode_rows(episodes: list[dict[str, Any]] | None) -> list[EpisodeRow]:
    """A pledge's history as the ledger stage keeps it (``episodes``: the dicts of
    :meth:`pledgewatch.ledger.records.Episode.to_dict`, days as ISO text); nothing when the
    stage has none."""
    return [EpisodeRow.model_validate(episode) for episode in episodes or []]


def _rows_from_stage(
    ctx: ViewContext, records: list[dict[str, Any]], evidence_limit: int | None = None
) -> list[PledgeRow]:
    """Pledge rows for ``records`` (one page), their evidence documents read in one query;
    with ``evidence_limit``, each row carries only its latest evidence entries."""
    shown = [item for record in records for item in _latest_evidence(record, evidence_limit)]
    due_docs, due_sentences = deadline_sources(records)
    doc_ids = {doc for doc in (_doc_of(item) for item in shown) if doc} | due_docs
    sentence_ids = {sid for sid in (_sentence_of(item) for item in shown) if sid} | due_sentences
    documents = queries.documents_by_id(ctx.store, sorted(doc_ids))
    sentences = sentence_texts(ctx.store, sentence_ids)
    return [
        _row_from_stage(ctx, record, documents, evidence_limit, sentences) for record in records
    ]


def _doc_of(item: Any) -> str | None:
    if isinstance(item, dict):
        return item.get("doc") or item.get("doc_id")
    return getattr(item, "doc", None) or getattr(item, "doc_id", None)


def _sentence_of(item: Any) -> str | None:
    if isinstance(item, dict):
        return item.get("sentence") or item.get("sentence_id")
    return getattr(item, "sentence", None) or getattr(item, "sentence_id", None)


def _row_from_table(ctx: ViewContext, row: dict[str, Any]) -> PledgeRow:
    data = row.get("data") or {}
    status = data.get("status")
    if isinstance(status, dict):  # {"as_of": ..., "status": ...} as the ledger stores it
        status = status.get("status")
    return PledgeRow(
        id=row["id"],
        promisor=row["promisor"],
        promisor_label=ctx.actor_label(row["promisor"]),
        topic=row["topic"],
        label=row.get("label") or data.get("label"),
        status=status if isinstance(status, str) else None,
        strength=data.get("strength"),
        formality=data.get("formality"),
        first_mention=iso(row.get("first_mention")),
        first_party_mention=iso(data.get("first_party_mention")),
        last_mention=iso(row.get("last_mention")),
        summary=data.get("summary") if isinstance(data.get("summary"), str) else None,
    )


def _stage_records(
    ctx: ViewContext,
    actor: str | None,
    topic: str | None,
    status: str | None,
    as_of: dt.date | None,
) -> list[dict[str, Any]] | None:
    """The ledger stage's pledges as plain records (labels filled in from the stored pledges),
    or None without the stage. Cached until the store changes, so paging through the ledger
    computes the ledger once, not once per page. A record is the pledge's ``--json`` shape
    (:meth:`PledgeStatus.to_dict`) with the mention that named its deadline (see
    :mod:`pledgewatch.web.deadline_view`)."""
    function = ledger_statuses_function()
    if function is None:
        return None

    def compute() -> list[dict[str, Any]]:
        statuses = function(
            ctx.store,
            actor=actor or None,
            as_of=as_of,
            topic=topic or None,
            status=status or None,
            refresh=ctx.refresh_derived,
        )
        labels = {row["id"]: row.get("label") for row in queries.pledge_rows(ctx.store)}
        records = []
        for item in statuses:
            record = {
                key: _clean(value) if key != "evidence" else value
                for key, value in item.to_dict().items()
            }
            record.update(deadline_fields(item))
            if record.get("label") is None:
                record["label"] = labels.get(str(record["id"]))
            records.append(record)
        return records

    return ctx.cached(("ledger-records", actor, topic, status, as_of, ctx.refresh_derived), compute)


def _without_unknown(records: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], int]:
    """The pledges of a known country, and how many of an unknown one ("the leaders said they
    would ...": leaders of whom, the dictionaries could not tell) were left out."""
    kept = [r for r in records if not of_unknown_country(str(r.get("id")))]
    return kept, len(records) - len(kept)


def _without_generic(records: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], int]:
    """The pledges on a taxonomy topic, and how many on a wording (``other:...``) were left out."""
    kept = [r for r in records if base_topic(str(r.get("topic"))) == r.get("topic")]
    return kept, len(records) - len(kept)


def _table_rows(
    ctx: ViewContext, actor: str | None, topic: str | None, status: str | None
) -> list[PledgeRow]:
    """The stored pledges (no ledger stage), filtered; cached until the store changes."""

    def compute() -> list[PledgeRow]:
        rows = [
            _row_from_table(ctx, row)
            for row in queries.pledge_rows(ctx.store, actor=actor, topic=topic)
        ]
        return [row for row in rows if row.status == status] if status else rows

    return ctx.cached(("ledger-table", actor, topic, status), compute)


DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 1000
LISTING_EVIDENCE = 5  # evidence entries per pledge in the dashboard's ledger listing


def ledger(
    ctx: ViewContext,
    *,
    actor: str | None = None,
    topic: str | None = None,
    status: str | None = None,
    as_of: dt.date | None = None,
    limit: int | None = None,
    offset: int = 0,
    evidence_limit: int | None = None,
    generic: bool = False,
    unknown: bool = False,
) -> LedgerOut:
    """Pledges, filtered by promisor (code prefix), topic and status, with status at ``as_of``;
    the page of ``limit`` pledges from ``offset`` on (all of them when ``limit`` is None, as
    the briefing wants; the dashboard's routes default to :data:`DEFAULT_PAGE_SIZE`), with the
    ``total`` that match. With ``evidence_limit`` each pledge carries only its latest evidence
    entries (a pledge on a large store can have thousands; the pledge view shows them all).

    The filtered ledger is computed once and cached until the store changes (see
    :meth:`ViewContext.cached`); each page only builds its own rows. Pledges on no taxonomy
    topic (``other:<wording>``) are counted in a notice but listed only with ``generic`` or a
    ``topic`` filter, as ``pledgewatch ledger`` does; so are pledges of a promisor of no
    known country (``---:<topic>``), listed only with ``unknown`` or an actor filter.
    """
    offset = max(0, int(offset))
    notices: list[str] = []
    actor, topic, status = (clean_text(v.strip()) if v else None for v in (actor, topic, status))
    records: list[dict[str, Any]] | None
    if actor and not ACTOR_CODE.fullmatch(actor):
        # codes are letters and digits; anything else (a "%" typed in) matches no pledge
        records = []
        notices.append(f"No actor code looks like {actor!r}: codes are letters and digits (PRK).")
    else:
        try:
            records = _stage_records(ctx, actor, topic, status, as_of)
        except ConfigError as exc:  # an unknown status typed into the filter
            records, notices = [], [str(exc)]
    if records is None:
        source = "table"
        notices.append(
            "Pledge statuses: not available (ledger stage not installed); showing stored pledges."
        )
        every_row = _table_rows(ctx, actor, topic, status)
        total = len(every_row)
        end = total if limit is None else offset + limit
        rows = every_row[offset:end]
        seen_statuses = {r.status for r in every_row if r.status}
    else:
        source = "ledger"
        if not generic and not topic:
            listed = records
            records, hidden = ctx.cached(
                ("ledger-taxonomy", actor, status, as_of, ctx.refresh_derived),
                lambda: _without_generic(listed),
            )
            if hidden:
                notices.append(
                    f"{hidden} pledge(s) on no taxonomy topic are not listed "
                    "(add generic=1 to list them)."
                )
        if not unknown and not actor:
            listed = records
            records, hidden = ctx.cached(
                ("ledger-known", generic, topic, status, as_of, ctx.refresh_derived),
                lambda: _without_unknown(listed),
            )
            if hidden:
                notices.append(
                    f"{hidden} pledge(s) of an unknown country are not listed "
                    "(add unknown=1 to list them)."
                )
        total = len(records)
        end = total if limit is None else offset + limit
        rows = _rows_from_stage(ctx, records[offset:end], evidence_limit)
        seen_statuses = {str(r["status"]) for r in records if isinstance(r.get("status"), str)}
    statuses = list(dict.fromkeys([*KNOWN_STATUSES, *sorted(seen_statuses)]))
    return LedgerOut(
        available=source == "ledger",
        source=source,
        filters={
            "actor": actor or None,
            "topic": topic or None,
            "status": status or None,
            "as_of": iso(as_of),
            "generic": "1" if generic else None,
            "unknown": "1" if unknown else None,
        },
        statuses=statuses,
        topics=ctx.cached(("pledge-topics",), lambda: queries.pledge_topics(ctx.store)),
        pledges=rows,
        notices=notices,
        total=total,
        limit=total if limit is None else limit,
        offset=offset,
    )


def _stored_links(row: dict[str, Any] | None) -> list[ActionLink]:
    """The pledge's stored links (:meth:`ActionLink.to_dict`), with their other tellings."""
    data = (row or {}).get("data") or {}
    return [ActionLink.from_dict(link) for link in data.get("links") or []]


def _told_again(links: list[ActionLink]) -> dict[str, list[str]]:
    """Per linked event, the texts of the other sentences of its report that tell the same act
    (the ledger keeps one link per act and lists the others in ``also_told``)."""
    return {lk.event_id: texts for lk in links if (texts := [t for _e, _s, t in lk.also_told if t])}


def _told_elsewhere(ctx: ViewContext, links: list[ActionLink]) -> dict[str, list[ToldElsewhere]]:
    """Per linked event, the other reports that tell the same act (``also_reported``: the
    ledger keeps the earliest report's link), each with its document's title and day."""
    docs = queries.documents_by_id(
        ctx.store, sorted({doc for lk in links for _e, doc, _s, _t in lk.also_reported if doc})
    )
    told: dict[str, list[ToldElsewhere]] = {}
    for lk in links:
        for event, doc, _sentence, text in lk.also_reported:
            found = docs.get(doc or "") or {}
            told.setdefault(lk.event_id, []).append(
                ToldElsewhere(
                    event_id=event,
                    doc_id=doc,
                    doc_title=found.get("title"),
                    publisher=found.get("publisher"),
                    published=iso(found.get("published")),
                    text=text,
                    link=document_link(doc, event) or "",
                )
            )
    return told


def _linked(ctx: ViewContext, links: list[dict[str, Any]], *, actions: bool) -> list[LinkedEvent]:
    events = queries.events_by_id(ctx.store, [link["event_id"] for link in links])
    linked = []
    for link in links:
        row = events.get(link["event_id"])
        if row is None:
            continue  # the event was recoded away; the ledger drops the link on its next rebuild
        linked.append(
            LinkedEvent(
                event=ctx.event_out(row),
                relation=link.get("relation") if actions else None,
                reason=link.get("reason") if actions else None,
                origin=link.get("origin") if actions else None,
                strength=None if actions else link.get("strength"),
                formality=None if actions else link.get("formality"),
                first_party=None if actions else link.get("first_party"),
            )
        )
    return linked


def pledge_detail(
    ctx: ViewContext, pledge_id: str, *, as_of: dt.date | None = None
) -> PledgeDetailOut:
    """One pledge: its status, the timeline of its mentions and the actions linked to it."""
    pledge_id = clean_text(pledge_id) or ""
    row = queries.pledge_row(ctx.store, pledge_id)
    if row is None:
        raise NotFound(f"no pledge with id {pledge_id!r}; the ledger lists them at /ledger")
    pledge = _row_from_table(ctx, row)
    records = _stage_records(ctx, row["promisor"], row["topic"], None, as_of)
    action_rows = queries.pledge_actions(ctx.store, pledge_id)
    for record in records or []:
        if str(record["id"]) == pledge_id:
            candidate = _rows_from_stage(ctx, [record])[0]
            candidate.label = candidate.label or pledge.label
            pledge = candidate
            # the acts its status shows, as the --json and the exports do: a stored link the
            # replay sets aside (the next year's drill after "a naval exercise later this
            # month" was kept, an act that is the backdrop of the pledge's wording) is not
            # listed as keeping or breaking it
            shown = {str(link.get("event")) for link in record.get("links") or []}
            action_rows = [link for link in action_rows if link["event_id"] in shown]
            break
    mentions = _linked(ctx, queries.pledge_mentions(ctx.store, pledge_id), actions=False)
    actions = _linked(ctx, action_rows, actions=True)
    links = _stored_links(row)
    told, elsewhere = _told_again(links), _told_elsewhere(ctx, links)
    recalled = {link.event_id for link in links if link.recalled}
    for action in actions:
        action.also_told = told.get(action.event.id, [])
        action.also_reported = elsewhere.get(action.event.id, [])
        action.recalled = action.event.id in recalled
    return PledgeDetailOut(pledge=pledge, mentions=mentions, actions=actions)
