"""The day a pledge was said: never after the report that tells of it.

A commitment's stored date is its event's, and the coder dates a promise by the day its words
name when they name one: "the two sides will resume talks on Nov 26", reported on 22 November,
is dated the 26th. That is the day the act is promised for, not the day it was promised: a
report cannot tell of a pledge made after it was published. The ledger orders a pledge's
mentions and acts by their days, so a pledge dated ahead of its report came after acts told in
between and showed "first mentioned" on a day no one had yet said anything. Here a mention
takes the report's day when its own date is later; the day its words name stays as what the
act is due for (:func:`~pledgewatch.ledger.deadlines.scheduled_day` reads the week from a day
ahead as its deadline; :func:`scheduled_for` keeps any later day, to its precision, on the
mention). A date no later than the report's (a recap "in 2007", or the day itself) is kept.
"""

from __future__ import annotations

import datetime as dt

from pledgewatch.ledger.evidence import shown_date


def said_day(
    day: dt.date | None, precision: str, published: dt.date | None
) -> tuple[dt.date | None, str]:
    """The day a mention was said and how precisely it is known: ``day`` (to its
    ``precision``), or the report's day when ``day`` comes after it ("will resume talks on Nov
    26", published on the 22nd: the 22nd, to the day). With no report's day, or none of its
    own, the one there is."""
    if day is None:
        return published, "day"
    if published is not None and day > published:
        return published, "day"
    return day, precision


def scheduled_for(day: dt.date | None, precision: str, published: dt.date | None) -> str | None:
    """The day (to its precision: "2013-10") a mention's words date its act to when that is
    after its report's day, as the ledger shows it; None when the act is dated no later."""
    if day is None or published is None or day <= published:
        return None
    return shown_date(day, precision)
