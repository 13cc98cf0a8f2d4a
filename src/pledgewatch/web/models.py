"""The shapes the dashboard's JSON API returns (and its pages render), as pydantic models.

One model per thing an analyst looks at; FastAPI documents them in the OpenAPI schema. Dates are
ISO strings, actor codes travel with a display label (``PRKGOV — North Korea government``) and
every event or piece of evidence carries a ``link`` to the document view that highlights it.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

QUAD_LABELS: dict[int, str] = {
    1: "Verbal cooperation",
    2: "Material cooperation",
    3: "Verbal conflict",
    4: "Material conflict",
}


class ErrorDetail(BaseModel):
    status: int
    code: str = Field(description="Stable error code, e.g. PW404 for a missing record.")
    type: str = Field(description="Error class, e.g. NotFound.")
    message: str


class ErrorOut(BaseModel):
    """The one shape of every JSON error."""

    error: ErrorDetail


class EventOut(BaseModel):
    id: str
    doc_id: str | None
    sentence_id: str | None
    date: str | None
    source: str | None
    source_label: str
    target: str | None
    target_label: str
    cameo: str
    plover: str | None = None
    quad: int | None
    quad_label: str | None
    goldstein: float | None
    modality: str
    evidence: str | None
    why: str | None
    doc_title: str | None = None
    publisher: str | None = None
    link: str = Field(description="Document view with this event's evidence highlighted.")
    commitment: dict[str, Any] | None = None


class EventPage(BaseModel):
    total: int
    page: int
    per_page: int
    items: list[EventOut]
    more: bool = Field(default=False, description="True when there are more than `total`.")


class ActorOut(BaseModel):
    code: str
    label: str
    events: int


class QuadBin(BaseModel):
    month: str = Field(description="First day of the month, ISO date.")
    quad: int
    quad_label: str
    events: int


class MonthTone(BaseModel):
    month: str
    goldstein: float = Field(description="Mean Goldstein score of the month's events.")
    events: int


class GapPoint(BaseModel):
    period: str
    gap: float
    say: float | None = None
    do: float | None = None


class ChangePoint(BaseModel):
    date: str
    detail: str = ""


class Window(BaseModel):
    start: str
    end: str
    label: str = "charm offensive"
    reason: str = ""


class TimelineOut(BaseModel):
    actor: str
    actor_label: str
    since: str | None
    until: str | None
    bars: list[QuadBin]
    tone: list[MonthTone]
    gap: list[GapPoint] | None = Field(description="Say–do gap; null when the stage is missing.")
    change_points: list[ChangePoint] | None
    windows: list[Window] | None
    notices: list[str] = Field(default_factory=list)
    spec: dict[str, Any] = Field(description="The Vega-Lite spec the dashboard draws.")


class EvidenceRef(BaseModel):
    doc_id: str | None
    sentence_id: str | None = None
    event_id: str | None = None
    date: str | None
    text: str | None
    link: str | None
    when: str | None = Field(
        default=None, description='The date as precisely as known ("1953", "2010-12").'
    )
    sentence_text: str | None = Field(
        default=None, description="The whole sentence the evidence ``text`` was read from."
    )
    doc_title: str | None = None
    publisher: str | None = None
    role: str | None = Field(
        default=None, description='What the item is to the pledge ("fulfilling action", ...).'
    )
    decides: bool = Field(
        default=False, description="This item set the status shown (the act, the retraction)."
    )


class EpisodeRow(BaseModel):
    """One stretch of a pledge's history: a pledge broken and then made again by its promisor
    has two, and the breach stays in the first."""

    since: str | None = None
    status: str | None = None
    until: str | None = None
    fulfilled_on: str | None = None
    fulfilled_on_shown: str | None = None
    contradicted_on: str | None = None
    contradicted_on_shown: str | None = None
    retracted_on: str | None = None
    reopened_by: str | None = Field(
        default=None, description="Why the next episode opened (the promisor's own words again)."
    )


class DeadlineOut(BaseModel):
    """The deadline the promisor named for its act, with the words and the sentence that named
    it; a pledge whose deadline passed with no act is ``lapsed``."""

    day: str = Field(description="The last day the act is due, ISO date.")
    text: str | None = Field(
        default=None, description='The words that named it ("later this month").'
    )
    said_on: str | None = Field(
        default=None, description="When the promisor said so, as precisely as known."
    )
    passed: bool = Field(default=False, description="The day is before the ledger's date.")
    lapsed: bool = Field(default=False, description="It passed with no act: the status.")
    evidence: EvidenceRef | None = Field(
        default=None, description="The promisor's sentence that named it, linked to its document."
    )


class PledgeRow(BaseModel):
    id: str
    promisor: str
    promisor_label: str
    topic: str
    label: str | None = None
    status: str | None
    strength: str | None
    formality: str | None
    first_mention: str | None
    first_party_mention: str | None = None
    last_mention: str | None
    first_mention_shown: str | None = Field(
        default=None, description='The first mention as precisely as known ("1953", "2010-12").'
    )
    first_party_mention_shown: str | None = None
    last_mention_shown: str | None = None
    summary: str | None = None
    since: str | None = Field(
        default=None,
        description="The day the current episode opened (the first mention unless "
        "the pledge was broken and made again).",
    )
    episodes: list[EpisodeRow] = Field(
        default_factory=list, description="The pledge's history, oldest first (see EpisodeRow)."
    )
    evidence: list[EvidenceRef] = Field(
        default_factory=list,
        description="Evidence for the status; in the ledger listing only the latest few "
        "(see `evidence_total`), all of it at /api/pledges/{id}.",
    )
    evidence_total: int | None = Field(
        default=None, description="How many evidence entries the pledge has in all."
    )
    deadline: DeadlineOut | None = Field(
        default=None, description="The deadline its promisor named, if any (see DeadlineOut)."
    )


class LedgerOut(BaseModel):
    available: bool
    source: str = Field(description="ledger (the ledger stage) or table (stored pledges).")
    filters: dict[str, str | None]
    statuses: list[str]
    topics: list[str]
    pledges: list[PledgeRow] = Field(description="One page: `limit` pledges from `offset` on.")
    notices: list[str] = Field(default_factory=list)
    total: int = Field(default=0, description="Pledges matching the filters, over all pages.")
    limit: int = Field(default=100, description="Page size (at most 1000).")
    offset: int = Field(default=0, description="Index of the page's first pledge in the total.")


class ToldElsewhere(BaseModel):
    """Another report's telling of a linked act (the ledger keeps the earliest report's link)."""

    event_id: str
    doc_id: str | None = None
    doc_title: str | None = None
    publisher: str | None = None
    published: str | None = None
    text: str | None = None
    link: str = Field(default="", description="The document view, the telling marked.")


class LinkedEvent(BaseModel):
    event: EventOut
    relation: str | None = None
    reason: str | None = None
    origin: str | None = None
    also_told: list[str] = Field(
        default_factory=list,
        description="Other sentences of the same report that tell the same act (one link).",
    )
    also_reported: list[ToldElsewhere] = Field(
        default_factory=list,
        description="Other reports that tell the same act (one link, the earliest report's).",
    )
    recalled: bool = Field(
        default=False,
        description="A later report's look back at an act the pledge already has: evidence, "
        "not a new act.",
    )
    strength: str | None = None
    formality: str | None = None
    first_party: bool | None = None


class PledgeDetailOut(BaseModel):
    pledge: PledgeRow
    mentions: list[LinkedEvent]
    actions: list[LinkedEvent]


class ChecklistItemOut(BaseModel):
    id: str
    label: str
    status: str
    evidence: list[EvidenceRef]
    missing: list[str]


class ChecklistOut(BaseModel):
    name: str
    title: str
    as_of: str
    source: str = Field(description="evaluated (checklists stage) or stored (saved evaluations).")
    date_min: str | None
    date_max: str | None
    items: list[ChecklistItemOut]
    notices: list[str] = Field(default_factory=list)


class ChecklistListOut(BaseModel):
    available: bool
    names: list[str]


class Segment(BaseModel):
    text: str
    event_ids: list[str] = Field(default_factory=list)
    quad: int | None = None
    commitment: bool = False
    focus: bool = False
    headline: bool = False
    reasons: str = ""


class FlagOut(BaseModel):
    kind: str
    promisor: str | None
    topic: str | None
    text_a: str | None
    text_b: str | None


class DocumentOut(BaseModel):
    id: str
    title: str | None
    publisher: str | None
    published: str | None
    url: str | None
    kind: str | None
    text: str = Field(description="Headline, blank line, body: the text evidence offsets index.")
    segments: list[Segment]
    events: list[EventOut]
    flags: list[FlagOut]


class DocumentHit(BaseModel):
    id: str
    title: str | None
    publisher: str | None
    published: str | None
    snippet: str
    link: str


class DocumentPage(BaseModel):
    total: int
    page: int
    per_page: int
    items: list[DocumentHit]
    more: bool = Field(default=False, description="True when there are more than `total`.")


class SearchOut(BaseModel):
    q: str
    documents: DocumentPage
    events: EventPage


class LinkDecisionIn(BaseModel):
    pledge_id: str = Field(max_length=120)
    event_id: str = Field(max_length=80)
    decision: Literal["confirm", "reject"]
    relation: Literal["fulfils", "contradicts"] | None = None
    note: str | None = Field(default=None, max_length=2000)


class LinkDecisionOut(BaseModel):
    pledge_id: str
    event_id: str
    decision: str
    applied_by: str = Field(description="ledger (the ledger's override function) or table.")
