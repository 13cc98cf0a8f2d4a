"""The ledger as analysts read it: every pledge's status as of a date, as records or a DataFrame.

:func:`ledger_statuses` returns typed :class:`PledgeStatus` records (the CLI and the web view
print them); :func:`ledger_frame` puts the same facts in a pandas DataFrame, one row a pledge.
Both read the stored ledger and, unless told not to, rebuild it first when it is stale.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from pledgewatch.errors import ConfigError
from pledgewatch.ledger.rebuild import ensure_ledger, load_pledges
from pledgewatch.ledger.records import NOT_YET, PLEDGE_STATUSES, PledgeStatus
from pledgewatch.ledger.status import pledge_status_at
from pledgewatch.store import Store

LEDGER_COLUMNS = (
    "id",
    "promisor",
    "topic",
    "label",
    "status",
    "counterparts",
    "strength",
    "conditional",
    "first_party",
    "formality",
    "first_mention",
    "first_party_mention",
    "last_mention",
    "first_mention_shown",
    "first_party_mention_shown",
    "last_mention_shown",
    "fulfilled_on",
    "contradicted_on",
    "retracted_on",
    "since",
    "episodes",
    "mentions",
    "links",
    "summary",
    "evidence",
)


def normalise_status(value: str) -> str:
    """A status as typed on a command line ("claimed-by-others-only", "Claimed") -> canonical."""
    wanted = " ".join(value.replace("-", " ").replace("_", " ").lower().split())
    for status in PLEDGE_STATUSES:
        if status == wanted or status.split()[0] == wanted:
            return status
    raise ConfigError(f"unknown status {value!r}; use one of: {', '.join(PLEDGE_STATUSES)}")


def ledger_statuses(
    store: Store,
    *,
    actor: str | None = None,
    as_of: dt.date | None = None,
    topic: str | None = None,
    status: str | None = None,
    refresh: bool = True,
) -> list[PledgeStatus]:
    """Each pledge's status as of ``as_of`` (default today), filtered; pledges first mentioned
    after that date are left out."""
    if refresh:
        ensure_ledger(store)
    wanted = normalise_status(status) if status else None
    as_of = as_of or dt.date.today()
    results = []
    for pledge in load_pledges(store, actor=actor, topic=topic):
        current = pledge_status_at(pledge, as_of)
        if current.status == NOT_YET or (wanted and current.status != wanted):
            continue
        results.append(current)
    return results


def ledger_frame(
    store: Store,
    actor: str | None = None,
    as_of: dt.date | None = None,
    topic: str | None = None,
    status: str | None = None,
    *,
    refresh: bool = True,
) -> pd.DataFrame:
    """One row per pledge with its status as of ``as_of``; ``evidence`` holds a list of
    ``{doc, sentence, date, when, text, role, decides}`` dicts (``when``: the date as precisely
    as known; ``decides``: this item set the status);
    ``*_shown`` columns write the mention dates that way too; ``counterparts`` lists the
    countries the pledge is made towards; ``since`` is the day the current episode opened and
    ``episodes`` lists every episode by then as dicts (``since``, ``status``, ``fulfilled_on``,
    ``contradicted_on``, ``retracted_on``, their ``*_shown`` forms, ``until``, ``reopened_by``:
    a pledge broken and then made again by its promisor shows the breach in the first).
    ``actor`` matches by country
    (``PRKGOV`` = ``PRK``).
    """
    rows = []
    for item in ledger_statuses(
        store, actor=actor, as_of=as_of, topic=topic, status=status, refresh=refresh
    ):
        rows.append(
            {
                "id": item.pledge_id,
                "promisor": item.promisor,
                "topic": item.topic,
                "label": item.label,
                "status": item.status,
                "counterparts": list(item.counterparts),
                "strength": item.strength,
                "conditional": item.conditional,
                "first_party": item.first_party,
                "formality": item.formality,
                "first_mention": item.first_mention,
                "first_party_mention": item.first_party_mention,
                "last_mention": item.last_mention,
                "first_mention_shown": item.first_mention_shown,
                "first_party_mention_shown": item.first_party_mention_shown,
                "last_mention_shown": item.last_mention_shown,
                "fulfilled_on": item.fulfilled_on,
                "contradicted_on": item.contradicted_on,
                "retracted_on": item.retracted_on,
                "since": item.since,
                "episodes": [episode.to_dict() for episode in item.episodes],
                "mentions": len(item.mentions),
                "links": len(item.links),
                "summary": item.summary,
                "evidence": [e.to_dict() for e in item.evidence],
            }
        )
    return pd.DataFrame(rows, columns=list(LEDGER_COLUMNS))
