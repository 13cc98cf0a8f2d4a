"""The pledge ledger: commitments grouped into pledges, linked to the actions that keep or break
them, with a status at any date.

::

    from pledgewatch.ledger import rebuild_ledger, ledger_frame
    rebuild_ledger(store)
    ledger_frame(store, actor="PRK", as_of=datetime.date(2012, 4, 14))

Modules, in the order the ledger is built: ``topic_actions`` (the data-file map of which events
fulfil or contradict which topic) with ``wordings`` (where a pledge's words tell its way),
``grouping`` (mentions into pledges) with ``story_objects`` (the country a pledge on sanctions
or aid is about), ``linking`` (pledges to events, overrides applied) with ``event_rows`` (the
events it reads, made links) and ``acts`` (one link per act, however many sentences and reports
tell it; an act known only to its month placed no earlier than a pledge of that month),
``status`` (status at a date, in episodes), ``rebuild`` (persist, staleness), ``frame`` (what
analysts read), ``overrides`` (the analyst's confirm/reject). ``records`` holds the records,
``keys`` how pledges and actors are keyed, ``counterparts`` the countries a pledge is made
towards, ``episodes`` the record of one episode and
``evidence`` the evidence items and dates written to their precision.
"""

from pledgewatch.ledger.frame import ledger_frame, ledger_statuses, normalise_status
from pledgewatch.ledger.grouping import group_mentions, mention_from_row
from pledgewatch.ledger.linking import actions_for
from pledgewatch.ledger.overrides import clear_link_override, overrides_frame, set_link_override
from pledgewatch.ledger.rebuild import (
    ensure_ledger,
    ledger_is_stale,
    load_pledge,
    load_pledges,
    rebuild_ledger,
)
from pledgewatch.ledger.records import (
    CLAIMED_BY_OTHERS,
    CONTRADICTED,
    CONTRADICTS,
    FULFILLED,
    FULFILS,
    LAPSED,
    PLEDGE_STATUSES,
    PLEDGED,
    REFUSED,
    RETRACTED,
    ActionLink,
    Evidence,
    LedgerSummary,
    Mention,
    Pledge,
    PledgeStatus,
    base_topic,
    country_key,
    pledge_id,
)
from pledgewatch.ledger.status import describe, pledge_status_at, strength_timeline
from pledgewatch.ledger.topic_actions import TopicActionMap, load_topic_actions, match_event

__all__ = [
    "base_topic",
    "ActionLink",
    "CLAIMED_BY_OTHERS",
    "CONTRADICTED",
    "CONTRADICTS",
    "Evidence",
    "FULFILLED",
    "FULFILS",
    "LAPSED",
    "LedgerSummary",
    "Mention",
    "PLEDGED",
    "PLEDGE_STATUSES",
    "Pledge",
    "PledgeStatus",
    "REFUSED",
    "RETRACTED",
    "TopicActionMap",
    "actions_for",
    "clear_link_override",
    "country_key",
    "describe",
    "ensure_ledger",
    "group_mentions",
    "ledger_frame",
    "ledger_is_stale",
    "ledger_statuses",
    "load_pledge",
    "load_pledges",
    "load_topic_actions",
    "match_event",
    "mention_from_row",
    "normalise_status",
    "overrides_frame",
    "pledge_id",
    "pledge_status_at",
    "rebuild_ledger",
    "set_link_override",
    "strength_timeline",
]
