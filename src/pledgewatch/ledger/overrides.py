"""The analyst's word on a link: confirm or reject that an event fulfils or contradicts a pledge.

An override is stored in ``link_overrides`` keyed by promisor, topic and event id — not by the
pledge's row, which is rebuilt — so it survives every rebuild and applies as soon as the pledge
exists again. Confirming an automatic link keeps it (optionally with another relation);
confirming an event the map did not link adds a manual link; rejecting drops the link.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

import pandas as pd
from sqlalchemy import delete, insert, select

from pledgewatch.errors import ConfigError, NotFound
from pledgewatch.ledger.linking import Override
from pledgewatch.ledger.records import RELATIONS, split_pledge_id
from pledgewatch.store import Store, schema

Decision = Literal["confirm", "reject"]


def set_link_override(
    store: Store,
    pledge: str,
    event_id: str,
    decision: Decision,
    *,
    relation: str | None = None,
    note: str | None = None,
) -> Override:
    """Record the analyst's decision on (pledge, event); the next rebuild applies it.

    Raises :class:`NotFound` for an unknown pledge or event, :class:`ConfigError` for a bad
    decision or relation, or a confirmation without ``relation`` where no automatic link
    exists to take it from.
    """
    if decision not in ("confirm", "reject"):
        raise ConfigError(f"decision must be 'confirm' or 'reject', not {decision!r}")
    if relation is not None and relation not in RELATIONS:
        raise ConfigError(f"relation must be one of {', '.join(RELATIONS)}, not {relation!r}")
    try:
        promisor, topic = split_pledge_id(pledge)
    except ValueError as exc:
        raise ConfigError(str(exc)) from exc
    with store.reading() as connection:
        known_pledge = connection.execute(
            select(schema.pledges.c.id).where(schema.pledges.c.id == pledge)
        ).first()
        known_event = connection.execute(
            select(schema.events.c.id).where(schema.events.c.id == event_id)
        ).first()
        auto_relation = connection.execute(
            select(schema.action_links.c.relation).where(
                schema.action_links.c.pledge_id == pledge,
                schema.action_links.c.event_id == event_id,
            )
        ).scalar_one_or_none()
    if known_pledge is None:
        raise NotFound(f"no pledge {pledge!r} in {store.url}; list them with `pledgewatch ledger`")
    if known_event is None:
        raise NotFound(f"no event {event_id!r} in {store.url}; list them with `pledgewatch events`")
    if decision == "confirm":
        relation = relation or auto_relation
        if relation is None:
            raise ConfigError(
                f"event {event_id} is not linked to {pledge} yet; say how it relates with "
                "--relation fulfils or --relation contradicts"
            )
    else:
        relation = None
    override = Override(promisor, topic, event_id, decision, relation, note)
    table = schema.link_overrides
    with store.transaction() as connection:
        connection.execute(
            delete(table).where(
                table.c.promisor == promisor, table.c.topic == topic, table.c.event_id == event_id
            )
        )
        connection.execute(
            insert(table).values(
                promisor=promisor,
                topic=topic,
                event_id=event_id,
                decision=decision,
                relation=relation,
                note=note,
                created_at=dt.datetime.now(dt.UTC),
            )
        )
    return override


def clear_link_override(store: Store, pledge: str, event_id: str) -> bool:
    """Forget the analyst's decision on (pledge, event); True if there was one."""
    promisor, topic = split_pledge_id(pledge)
    table = schema.link_overrides
    with store.transaction() as connection:
        result = connection.execute(
            delete(table).where(
                table.c.promisor == promisor, table.c.topic == topic, table.c.event_id == event_id
            )
        )
    return bool(result.rowcount)


def overrides_frame(store: Store) -> pd.DataFrame:
    """Every override, newest first."""
    table = schema.link_overrides
    with store.reading() as connection:
        result = connection.execute(select(table).order_by(table.c.created_at.desc(), table.c.id))
        return pd.DataFrame(result.fetchall(), columns=list(result.keys()))
