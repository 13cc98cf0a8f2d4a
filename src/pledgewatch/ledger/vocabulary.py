"""The ledger's fixed words: how an act relates to a pledge, where a link comes from, and the
statuses a pledge can have as of a date.

They are shared by the records (:mod:`~pledgewatch.ledger.records`, which re-exports every name
here), the status record (:mod:`~pledgewatch.ledger.status_record`) and the replay
(:mod:`~pledgewatch.ledger.status`); kept apart so that none of them imports another to name a
status.
"""

from __future__ import annotations

#: Relations an action can have to a pledge.
FULFILS = "fulfils"
CONTRADICTS = "contradicts"
RELATIONS = (FULFILS, CONTRADICTS)

#: Where a link comes from: the topic-action map, or an analyst's override.
AUTO = "auto"
CONFIRMED = "confirmed"
MANUAL = "manual"

#: The end of the ``via`` of a general retraction that reaches a pledge only others stated,
#: held by the agreement it renounces (:mod:`pledgewatch.ledger.agreements`).
HELD_BY_AGREEMENT = "which holds it"

#: The start of the ``via`` of an acceptance of the pledge's offer, filed on the offerer's
#: pledge ("offer accepted by PRK": :mod:`pledgewatch.ledger.offer_answers`).
ACCEPTED_BY = "offer accepted by"

#: Statuses of a pledge as of a date.
PLEDGED = "pledged"
FULFILLED = "fulfilled"
CONTRADICTED = "contradicted"
RETRACTED = "retracted"
LAPSED = "lapsed"
REFUSED = "refused"
CLAIMED_BY_OTHERS = "claimed by others only"
NOT_YET = "not mentioned yet"
PLEDGE_STATUSES = (
    PLEDGED,
    FULFILLED,
    CONTRADICTED,
    RETRACTED,
    LAPSED,
    REFUSED,
    CLAIMED_BY_OTHERS,
)
