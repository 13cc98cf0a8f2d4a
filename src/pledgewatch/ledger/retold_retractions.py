"""A promisor's retraction told again as an act: one statement, shown once.

The DPRK Foreign Ministry's statement "The six-party talks ... are dead" (23 January) is the
promisor's retraction of its pledge; an analysis three weeks later retells it: "Last month, it
said that talks on denuclearization were over", which the coder dates to the month and a rule
links as breaking the same pledge. Shown both ways, the pledge reads "contradicted 2013-01,
retracted 2013-01-23", and a breach outranks a retraction: one statement becomes two events.

A contradicting link is the retraction told again (:func:`retold_retractions`) when its act is
the promisor's own, its date (a day, or the week or month it is known to) holds the day of one
of the pledge's retractions in the promisor's own words, and its words tell a statement (a
verb of ``data/ledger/declared_ends.yaml``: "said", "declared"). The linking does not store
such a link (:func:`~pledgewatch.ledger.linking.link_pledges`): the pledge shows the statement
once, as its retraction. An analyst's confirmed or added link is never dropped, nor an act told
without such a word (a walkout the same day is its own breach).
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from pledgewatch.ledger.evidence import period_end
from pledgewatch.ledger.keys import same_actor
from pledgewatch.ledger.records import AUTO, CONTRADICTS, ActionLink, Mention, Pledge
from pledgewatch.yaml_lists import read_word_yaml, word_list

#: The precisions of an act's date that may hold the retraction's day (a year is too loose).
_HOLDING = ("day", "week", "month")


def default_declared_ends_path() -> Path:
    """The shipped words of a statement, ``data/ledger/declared_ends.yaml``."""
    return Path(__file__).resolve().parent.parent / "data" / "ledger" / "declared_ends.yaml"


@functools.lru_cache(maxsize=4)
def _declaring(path: str | None = None) -> re.Pattern[str]:
    file = Path(path) if path else default_declared_ends_path()
    words = word_list(read_word_yaml(file), "verbs", str(file))
    # as written: "the United States" tells no statement
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


def retells(link: ActionLink, retraction: Mention, promisor: str) -> bool:
    """Whether ``link`` is ``retraction`` (the promisor's own) told again as an act."""
    if not (retraction.retraction and retraction.first_party) or link.date is None:
        return False
    if link.origin != AUTO or link.relation != CONTRADICTS or link.date_precision not in _HOLDING:
        return False
    holds = link.date <= retraction.date <= period_end(link.date, link.date_precision)
    said = _declaring().search(link.text or "") is not None
    return holds and said and same_actor(link.source, promisor)


def retold_retractions(pledge: Pledge) -> frozenset[str]:
    """The events of ``pledge``'s links that retell one of its retractions (:func:`retells`)."""
    own = [m for m in pledge.mentions if m.retraction and m.first_party]
    return frozenset(
        link.event_id
        for link in pledge.links
        if any(retells(link, m, pledge.promisor) for m in own)
    )
