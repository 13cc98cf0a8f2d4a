"""The countries a pledge is made towards: its counterparts, read from its mentions.

A mention names a promisee, or (naming none) the countries the promisor meets in its story; a
pledge's counterparts are those of the promisor's own words, else of others' accounts. Moved
out of :mod:`~pledgewatch.ledger.records`, which re-exports both functions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from pledgewatch.ledger.keys import UNKNOWN_COUNTRY, country_key

if TYPE_CHECKING:
    from pledgewatch.ledger.records import Mention


def mention_counterparts(promisor: str, mention: Mention) -> tuple[str, ...]:
    """The countries one mention makes its pledge towards: the promisee it names, else (it names
    none, or one of unknown country) the countries the promisor meets in its story
    (:attr:`Mention.story_counterparts`). The promisor's own country and an unknown country
    (``---``) are no counterpart."""
    named = country_key(mention.promisee)
    found = (named,) if named and named != UNKNOWN_COUNTRY else mention.story_counterparts
    return tuple(
        key for key in dict.fromkeys(found) if key and key not in (promisor, UNKNOWN_COUNTRY)
    )


def pledge_counterparts(
    promisor: str,
    mentions: Iterable[Mention],
    *,
    until: dt.date | None = None,
    before: dt.date | None = None,
) -> tuple[str, ...]:
    """The countries (:func:`country_key`) a pledge is made towards, in order of first naming.

    The promisor's own words decide: the promisees of its first-party mentions ("Park said she
    would keep the door open for dialogue with Pyongyang" -> ``PRK``). Only when it named none
    do the promisees of others' accounts count ("Seoul will hold talks with Washington next
    week" -> ``USA``), because a reporter's schedule of meetings is not what was promised. A
    mention that names no promisee gives the countries of its story
    (:func:`mention_counterparts`). Retractions and refusals name no counterpart (they end a
    pledge, they do not widen it). ``until`` keeps the mentions dated on or before a day (what
    was named by then), ``before`` those dated strictly before it (what was named before an
    event: the meeting at which talks are promised does not keep them).
    """
    positive = [
        m
        for m in mentions
        if not m.retraction
        and (until is None or m.date <= until)
        and (before is None or m.date < before)
    ]
    for tier in ([m for m in positive if m.first_party], positive):
        found: list[str] = []
        for mention in tier:
            for key in mention_counterparts(promisor, mention):
                if key not in found:
                    found.append(key)
        if found:
            return tuple(found)
    return ()
