"""A pledge's episodes: the stretches of its history, each opened by the promisor's words.

A pledge broken, then made again by its promisor, has two episodes: the breach stays in the
first, and the second starts again from "pledged" (see :mod:`~pledgewatch.ledger.status`, which
replays them). This module holds the record one episode is shown as (``episodes`` in
``pledgewatch ledger --json`` and on the pledge page), the reasons that open one, and how the
day an act set a status is written (to the act's precision: "2010-03"), which the status and
its episodes share. :mod:`~pledgewatch.ledger.records` re-exports every name here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pledgewatch.ledger.evidence import iso_date as _iso

if TYPE_CHECKING:
    from pledgewatch.ledger.records import ActionLink


#: Why an episode opened (:attr:`Episode.reopened_by` of the one before it).
AFTER_BREACH = "pledged again by the promisor after a breach"
AFTER_RETRACTION = "pledged again after a retraction"
AFTER_OTHERS_CLAIMS = "first stated by the promisor after actions on others' claims"
AFTER_KEPT = "pledged again by the promisor after it was kept (a one-off pledge)"
AFTER_LAPSE = "pledged again by the promisor after its deadline passed"


def shown_act_date(day: dt.date | None, relation: str, links: Iterable[ActionLink]) -> str | None:
    """``day`` as precisely as the act of ``relation`` that set it that day is dated: "2010-03"."""
    if day is None:
        return None
    link = next((lk for lk in links if lk.date == day and lk.relation == relation), None)
    return link.when if link is not None else day.isoformat()


@dataclass(frozen=True, slots=True)
class Episode:
    """One stretch of a pledge's history: from the wording that opened it to the wording that
    opened the next (``until``, why: ``reopened_by``), with what happened in it. A pledge
    broken, then made again by its promisor, has two: the breach stays in the first."""

    since: dt.date
    status: str
    fulfilled_on: dt.date | None = None
    fulfilled_on_shown: str | None = None
    contradicted_on: dt.date | None = None
    contradicted_on_shown: str | None = None
    retracted_on: dt.date | None = None
    until: dt.date | None = None
    reopened_by: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """One entry of ``episodes`` in ``pledgewatch ledger --json``."""
        data = {name: getattr(self, name) for name in self.__slots__}
        for name in ("since", "fulfilled_on", "contradicted_on", "retracted_on", "until"):
            data[name] = _iso(data[name])
        return data
