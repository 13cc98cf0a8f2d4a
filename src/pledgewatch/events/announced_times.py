"""An act announced in the present for a time still to come is future, not reported.

A headline "North Korea announces new rocket launch in December", written on 1 December,
names the launch as the object of a present-tense saying; the coder reads the named act as
reported ("said to have happened"), while the body tells it as it is: "it would launch a
rocket between Dec. 10 and 22", future. An act reported as done cannot be dated after its
report. Here, after a document's events are coded, a reported nominal act that is the direct
object of a present-tense saying ("announces", "says"), dated by its own time words
(:class:`~pledgewatch.model.DateBasis` ``words``) to a day after the report, or to a month or
year that ends after it, is future; the "why" says so. A past saying ("announced a launch in
April", told in May) keeps "reported": the act may have happened.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence

from pledgewatch.events.dependency_roles import OBJECT_DEPS
from pledgewatch.events.types import EventFinding
from pledgewatch.model import Event

#: Tags of a saying in the present ("announces", "say").
PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def future_announced_acts(findings: Sequence[EventFinding], report_date: dt.date | None) -> None:
    """Make each act announced in the present for a later time future (in place)."""
    if report_date is None:
        return
    for finding in findings:
        event, trigger, frame = finding.event, finding.trigger, finding.frame_trigger
        if event.modality != "reported" or frame is None or frame.tag_ not in PRESENT_TAGS:
            continue
        if trigger.pos_ != "NOUN" or trigger.dep_ not in OBJECT_DEPS or trigger.head != frame:
            continue
        basis = event.date_basis
        if basis is None or basis.kind != "words" or not _ends_after(event, report_date):
            continue
        event.modality = "future"
        event.why += f"; future (announced for '{basis.text}', after the report's day)"


def _ends_after(event: Event, report_date: dt.date) -> bool:
    """Does the time the event is dated to end after the report's day?"""
    day = event.date
    if day is None:
        return False
    if event.date_precision == "day":
        return day > report_date
    if event.date_precision == "month":
        last = calendar.monthrange(day.year, day.month)[1]
        return dt.date(day.year, day.month, last) > report_date
    if event.date_precision == "year":
        return day.year > report_date.year
    return False
