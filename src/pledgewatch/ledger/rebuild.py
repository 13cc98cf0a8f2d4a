"""Build the ledger from the store's commitments and events, persist it, and read it back.

:func:`rebuild_ledger` recomputes every pledge, mention and action link from scratch in one
transaction (so rebuilding twice gives the same rows) and records a *fingerprint* of its
inputs — row counts and latest coding time of documents, events and commitments, the analyst's
overrides, and the topic-action map — in the ``settings`` table. :func:`ensure_ledger` rebuilds
only when that fingerprint has changed, which is what the CLI does before every ``ledger`` and
``check``: cheap when nothing changed, always current when something did.

The pledge's full record (mentions with attribution, links with reasons) is stored in
``pledges.data``; ``pledge_mentions`` and ``action_links`` index the same facts for SQL.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, or_, select
from sqlalchemy.engine import Connection

from pledgewatch.ledger.accusations import default_accusations_path
from pledgewatch.ledger.agreements import default_concluded_path
from pledgewatch.ledger.day_order import default_day_order_path
from pledgewatch.ledger.deadlines import default_deadlines_path
from pledgewatch.ledger.generic_slugs import default_unspecified_path
from pledgewatch.ledger.grouping import group_mentions, read_candidates
from pledgewatch.ledger.linking import link_pledges, read_overrides
from pledgewatch.ledger.measure_objects import default_measure_objects_path
from pledgewatch.ledger.offer_answers import default_offer_answers_path
from pledgewatch.ledger.records import (
    CONTRADICTS,
    FULFILS,
    ActionLink,
    LedgerSummary,
    Mention,
    Pledge,
    base_topic,
    country_key,
)
from pledgewatch.ledger.retellings import default_retellings_path
from pledgewatch.ledger.retold_retractions import default_declared_ends_path
from pledgewatch.ledger.spans import default_act_spans_path
from pledgewatch.ledger.status import pledge_status_at, strength_timeline
from pledgewatch.ledger.story_objects import StoryParties
from pledgewatch.ledger.topic_actions import TopicActionMap, load_topic_actions
from pledgewatch.ledger.wordings import DEFAULT_CLAUSE_WORDS
from pledgewatch.store import Store, schema


@functools.lru_cache(maxsize=1)
def ledger_code_digest() -> str:
    """A digest of the ledger package's source and of its word data (the topic-action map has
    its own digest): a store built by older ledger code rebuilds, with no version number to
    remember to bump."""
    digest = hashlib.sha256()
    for path in [
        *sorted(Path(__file__).parent.glob("*.py")),
        DEFAULT_CLAUSE_WORDS,
        default_act_spans_path(),
        default_deadlines_path(),
        default_day_order_path(),
        default_concluded_path(),
        default_retellings_path(),
        default_measure_objects_path(),
        default_offer_answers_path(),
        default_accusations_path(),
        default_declared_ends_path(),
        default_unspecified_path(),
    ]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


FINGERPRINT_KEY = "ledger.fingerprint"
BUILT_AT_KEY = "ledger.built_at"


def ledger_fingerprint(connection: Connection, topic_map: TopicActionMap) -> str:
    """A digest of everything the ledger is computed from."""
    docs, ev, cm, ov = schema.documents, schema.events, schema.commitments, schema.link_overrides
    parts: list[Any] = [ledger_code_digest(), topic_map.digest]
    parts += connection.execute(select(func.count(), func.max(docs.c.coded_at))).one()
    parts += connection.execute(select(func.count(), func.min(ev.c.id), func.max(ev.c.id))).one()
    parts += connection.execute(select(func.count(), func.max(cm.c.event_id))).one()
    parts += connection.execute(select(func.count(), func.max(ov.c.created_at))).one()
    return hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:20]


def _write_setting(connection: Connection, key: str, value: str) -> None:
    connection.execute(delete(schema.settings).where(schema.settings.c.key == key))
    connection.execute(insert(schema.settings).values(key=key, value=value))


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _pledge_row(pledge: Pledge, built_on: dt.date) -> dict[str, Any]:
    status = pledge_status_at(pledge, built_on)
    return {
        "id": pledge.id,
        "promisor": pledge.promisor,
        "topic": pledge.topic,
        "label": pledge.label,
        "first_mention": pledge.first_mention,
        "last_mention": pledge.last_mention,
        "data": {
            # derived from the mentions (Pledge.counterparts), kept for SQL readers
            "counterparts": list(pledge.counterparts),
            "topic_counterparts": list(pledge.topic_counterparts),
            # the country a pledge on a topic keyed by its object is about (USA:sanctions@MMR)
            "object": pledge.object_country,
            "one_off": pledge.one_off,
            "mentions": [m.to_dict() for m in pledge.mentions],
            "links": [lk.to_dict() for lk in pledge.links],
            "timeline": [
                {"date": d.isoformat(), "strength": s, "conditional": c}
                for d, s, c in strength_timeline(pledge)
            ],
            # the status as of the build date, for readers of the table alone
            "status": {"as_of": built_on.isoformat(), "status": status.status},
            "strength": status.strength,
            "conditional": status.conditional,
            "formality": status.formality,
            "first_party_mention": _iso(status.first_party_mention),
            "summary": status.summary,
        },
    }


def _mention_rows(pledges: Iterable[Pledge]) -> list[dict[str, Any]]:
    return [
        {
            "pledge_id": p.id,
            "event_id": m.event_id,
            "date": m.date,
            "strength": m.effective_strength,
            "formality": m.formality,
            "first_party": m.first_party,
        }
        for p in pledges
        for m in p.mentions
    ]


def _link_rows(pledges: Iterable[Pledge]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for p in pledges:
        for lk in p.links:
            rows.append(
                {
                    "id": len(rows) + 1,
                    "pledge_id": p.id,
                    "event_id": lk.event_id,
                    "relation": lk.relation,
                    "reason": lk.reason,
                    "origin": lk.origin,
                    "date": lk.date,
                }
            )
    return rows


def rebuild_ledger(store: Store, *, topic_actions: TopicActionMap | None = None) -> LedgerSummary:
    """Recompute every pledge and action link from the store, in one transaction."""
    topic_map = topic_actions or load_topic_actions()
    built_on = dt.date.today()
    with store.transaction() as connection:
        parties = StoryParties(connection)  # each report's events, read once, when needed
        candidates, undated = read_candidates(connection, topic_map, parties=parties)
        overrides = read_overrides(connection)
        linked = link_pledges(
            connection,
            group_mentions(candidates, topic_map),
            topic_map,
            overrides,
            parties=parties,
        )
        pledges = linked.pledges
        for table in (schema.action_links, schema.pledge_mentions, schema.pledges):
            connection.execute(delete(table))
        if pledges:
            connection.execute(insert(schema.pledges), [_pledge_row(p, built_on) for p in pledges])
            connection.execute(insert(schema.pledge_mentions), _mention_rows(pledges))
        link_rows = _link_rows(pledges)
        if link_rows:
            connection.execute(insert(schema.action_links), link_rows)
        fingerprint = ledger_fingerprint(connection, topic_map)
        _write_setting(connection, FINGERPRINT_KEY, fingerprint)
        _write_setting(connection, BUILT_AT_KEY, dt.datetime.now(dt.UTC).isoformat())
    relations = Counter(lk.relation for p in pledges for lk in p.links)
    statuses = Counter(pledge_status_at(p, built_on).status for p in pledges)
    return LedgerSummary(
        pledges=len(pledges),
        mentions=sum(len(p.mentions) for p in pledges),
        links=sum(len(p.links) for p in pledges),
        fulfilling=relations[FULFILS],
        contradicting=relations[CONTRADICTS],
        overrides_applied=linked.applied,
        skipped_undated=undated,
        fingerprint=fingerprint,
        statuses=dict(sorted(statuses.items())),
        unused_overrides=linked.unused_overrides,
    )


def ledger_is_stale(store: Store, *, topic_actions: TopicActionMap | None = None) -> bool:
    """True when the store changed (or the map did) since the ledger was last built."""
    topic_map = topic_actions or load_topic_actions()
    with store.reading() as connection:
        current = ledger_fingerprint(connection, topic_map)
        stored = connection.execute(
            select(schema.settings.c.value).where(schema.settings.c.key == FINGERPRINT_KEY)
        ).scalar_one_or_none()
    return stored != current


def ensure_ledger(
    store: Store, *, topic_actions: TopicActionMap | None = None
) -> LedgerSummary | None:
    """Rebuild the ledger if it is stale; the summary of the rebuild, or None if it was current."""
    if ledger_is_stale(store, topic_actions=topic_actions):
        return rebuild_ledger(store, topic_actions=topic_actions)
    return None


def _pledge_from_row(row: Any) -> Pledge:
    """A stored pledge. Its counterparts are derived from its mentions and topic parties, as
    when it was built (``data["counterparts"]`` is a copy for readers of the table alone); a row
    written before pledges kept their topic's parties takes them from the shipped map."""
    data = row.data or {}
    parties = data.get("topic_counterparts")
    if parties is None:
        parties = load_topic_actions().topic_parties(base_topic(row.topic))
    one_off = data.get("one_off")
    if one_off is None:  # written before pledges kept it: the shipped map says
        one_off = load_topic_actions().is_one_off(base_topic(row.topic))
    return Pledge(
        id=row.id,
        promisor=row.promisor,
        topic=row.topic,
        label=row.label or row.topic,
        mentions=tuple(Mention.from_dict(m) for m in data.get("mentions", [])),
        links=tuple(ActionLink.from_dict(lk) for lk in data.get("links", [])),
        topic_counterparts=tuple(parties),
        object_country=data.get("object"),
        one_off=bool(one_off),
    )


def load_pledges(
    store: Store, *, actor: str | None = None, topic: str | None = None
) -> list[Pledge]:
    """The stored pledges (as last built), optionally of one actor's country or one topic.

    A taxonomy topic also selects the pledges keyed under it by their wording: ``other``
    gives every ``other:<wording>`` pledge.
    """
    table = schema.pledges
    query = select(table).order_by(table.c.id)
    key = country_key(actor)
    if key:
        query = query.where(table.c.promisor.startswith(key))
    if topic:
        query = query.where(
            or_(table.c.topic == topic, table.c.topic.startswith(f"{topic}:", autoescape=True))
        )
    with store.reading() as connection:
        rows = connection.execute(query).all()
    return [_pledge_from_row(row) for row in rows if row.data and row.data.get("mentions")]


def load_pledge(store: Store, pledge_key: str) -> Pledge | None:
    """One stored pledge by id, or None."""
    with store.reading() as connection:
        row = connection.execute(
            select(schema.pledges).where(schema.pledges.c.id == pledge_key)
        ).first()
    return _pledge_from_row(row) if row is not None and row.data else None
