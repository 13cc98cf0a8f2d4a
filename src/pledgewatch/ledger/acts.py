"""An act as the ledger counts it: once per sentence, and no earlier than its date allows.

Two things the coder's events do not say by themselves, which the linking and the status
replay both need:

* *One act, one link.* A meeting is often coded both ways from one sentence ("The chief
  negotiators of South and North Korea met" gives KOR->PRK and PRK->KOR): two events, one act.
  Counted as two links, it doubled the evidence and the link counts. :func:`one_link_per_act`
  keeps one link per pledge, sentence, day and relation; an analyst's confirmed or added link
  of the act stands for it (their word is never dropped for an automatic twin).
* *An act known only to its month or year.* "In March" is stored as the 1st of March, which
  read as before a pledge made on 15 March, so the act neither kept nor broke it (or broke the
  pledge's previous episode before the promise was made again). Such an act may have happened
  any day of its period (:func:`~pledgewatch.ledger.evidence.period_end`): it counts for a
  pledge first stated within that period (:func:`may_follow`), and in the replay it stands on
  the day of the latest wording of the pledge within its period, after that wording
  (:func:`placed_day`). Its own date is kept and shown as known ("2012-03").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from pledgewatch.ledger.evidence import period_end
from pledgewatch.ledger.records import AUTO, ActionLink, Mention


def may_follow(day: dt.date | None, precision: str | None, pledge_day: dt.date) -> bool:
    """Whether an act dated ``day`` (to ``precision``) may have happened on or after
    ``pledge_day``: an act "in March 2012" may follow a pledge of 15 March 2012."""
    return day is not None and period_end(day, precision) >= pledge_day


def placed_day(link: ActionLink, mentions: Iterable[Mention], as_of: dt.date) -> dt.date | None:
    """The day a link stands on in a pledge's replay: its own date, or, for an act known only
    to its week, month or year, the day of the pledge's latest wording (no retraction) within
    that period and by ``as_of``, if later; on that day the wording comes first, so the act
    keeps or breaks what was just said rather than what it replaced."""
    if link.date is None or link.date_precision in ("day", "unknown", ""):
        return link.date
    last = period_end(link.date, link.date_precision)
    days = [
        m.date
        for m in mentions
        if not m.retraction and link.date <= m.date <= last and m.date <= as_of
    ]
    return max([link.date, *days])


def _act_key(link: ActionLink) -> tuple[str, dt.date | None, str] | None:
    if not link.sentence_id:
        return None  # a row with no sentence (an import, a hand-written link) is its own act
    return (link.sentence_id, link.date, link.relation)


def one_link_per_act(links: Iterable[ActionLink]) -> list[ActionLink]:
    """The links with one per act: per sentence, day and relation, the first in
    :attr:`ActionLink.order` (lowest event id); when an analyst confirmed or added one of an
    act's links, those stand and its automatic twins go. Links with no sentence are kept."""
    ordered = sorted(links, key=lambda lk: lk.order)
    analysts = {_act_key(lk) for lk in ordered if lk.origin != AUTO} - {None}
    kept: list[ActionLink] = []
    seen: set[tuple[str, dt.date | None, str]] = set()
    for link in ordered:
        key = _act_key(link)
        if key is None or link.origin != AUTO:
            kept.append(link)
            continue
        if key in analysts or key in seen:
            continue
        seen.add(key)
        kept.append(link)
    return kept
