"""A headline's act takes the date its body tells it on.

A headline is written in the present ("U.S., North Korea discuss monitoring of food aid in
Beijing") and names no day, so its event took the report's date (8 March), while the body tells
the same meeting "on Wednesday" (7 March): the ledger then saw two acts on two days. Here, after
a document's events are coded, a headline event takes the date and precision of its twin in
the body: an event of one of the first body sentences (:data:`TWIN_SENTENCES`) of the same CAMEO
family (root), with the same parties by country (the same source country; the same target
country, or none in the headline), told alike (both as fact, or both with the same modality:
"North Korea to launch satellite" and "will launch a satellite in April"), not in a background
clause, and dated otherwise than the report (a fact not after it, a statement by its day, since
a statement's week or month in the body is mostly its content's: "also said officials had met
last month"). The first twin in the text wins; the headline's "why" says so and its date basis
(:class:`~pledgewatch.model.DateBasis` ``twin``) names the twin and its time words. A headline
with no twin, or one that gives its own date, keeps it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from pledgewatch.events.types import EventFinding
from pledgewatch.model import FACTUAL_MODALITIES, DateBasis, Event, Sentence

#: How many body sentences after the headline may hold its twin.
TWIN_SENTENCES = 3
#: CAMEO's root of statements ("said"), whose dates in the body are often their content's.
STATEMENT_ROOT = "01"
#: Roles of body events that do not tell the reported act itself.
NO_TWIN_ROLES = frozenset({"background", "mentioned", "allegation"})


@dataclass(frozen=True)
class HeadlineWindow:
    """A document's headline sentences and the first body sentences that may tell its acts
    again (:data:`TWIN_SENTENCES`): the window every headline-twin reading looks in."""

    index: dict[str, int]  # sentence id -> its index in the document
    headline: frozenset[int]  # the indexes of the headline's sentences
    last: int  # the index of the last body sentence a twin may be in

    def position(self, event: Event) -> int:
        """The index of the event's sentence (-1 when unknown)."""
        return self.index.get(event.sentence_id or "", -1)

    def in_headline(self, event: Event) -> bool:
        return self.position(event) in self.headline

    def body(self, findings: Sequence[EventFinding]) -> list[EventFinding]:
        """The findings of the window's body sentences that tell an act itself."""
        first = max(self.headline)
        return [
            f
            for f in findings
            if first < self.position(f.event) <= self.last and f.role not in NO_TWIN_ROLES
        ]


def headline_window(sentences: Sequence[Sentence], headline_end: int) -> HeadlineWindow | None:
    """The headline window of a document whose headline ends at ``headline_end`` (None when it
    has no headline)."""
    if headline_end <= 0:
        return None
    headline = frozenset(s.index for s in sentences if s.start < headline_end)
    if not headline:
        return None
    index = {s.id: s.index for s in sentences}
    return HeadlineWindow(index, headline, max(headline) + TWIN_SENTENCES)


def date_headlines_by_body(
    findings: Sequence[EventFinding],
    sentences: Sequence[Sentence],
    headline_end: int,
    report_date: dt.date | None,
) -> None:
    """Give each headline event of ``findings`` the date of its body twin (in place)."""
    window = headline_window(sentences, headline_end)
    if window is None or report_date is None:
        return
    position = window.position
    body = [f.event for f in window.body(findings)]
    for finding in findings:
        event = finding.event
        if not window.in_headline(event) or event.date != report_date:
            continue
        twin = next((b for b in body if _twins(event, b) and _dates_it(b, report_date)), None)
        if twin is None or twin.date is None:
            continue
        event.date, event.date_precision = twin.date, twin.date_precision
        words = twin.date_basis.text if twin.date_basis is not None else None
        event.date_basis = DateBasis("twin", words, twin.id)
        event.why += (
            f"; dated as its twin in the body ('{twin.evidence}', sentence"
            f" {position(twin)}): {twin.date}"
        )


def _dates_it(body: Event, report_date: dt.date) -> bool:
    """Is the body event dated otherwise than the report, in a way a headline can take? A
    fact is not dated after its report ("said the satellite would be launched between April
    12 and 16" dated the statement by the launch), and a statement (CAMEO 01) only by its day:
    "also said officials had met last month" is dated by the meeting, not by the saying."""
    if body.date is None or body.date == report_date:
        return False
    if body.modality in FACTUAL_MODALITIES and body.date > report_date:
        return False
    return not (body.cameo.startswith(STATEMENT_ROOT) and body.date_precision != "day")


def _twins(headline: Event, body: Event) -> bool:
    """Do a headline event and a body event tell the same act?"""
    if headline.cameo[:2] != body.cameo[:2] or headline.source is None or body.source is None:
        return False
    if headline.source[:3] != body.source[:3] or headline.source.startswith("---"):
        return False
    if headline.target is not None and (body.target or "")[:3] != headline.target[:3]:
        return False
    factual = headline.modality in FACTUAL_MODALITIES
    if factual != (body.modality in FACTUAL_MODALITIES):
        return False
    return factual or headline.modality == body.modality
