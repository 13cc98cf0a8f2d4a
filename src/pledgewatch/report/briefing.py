"""Gather what the briefing says: the period's pledges, the checklist, trends, flags, sources.

The briefing reads the store through the same page builders as the dashboard
(:mod:`pledgewatch.web`), so a number in the memo is the number on the dashboard. Everything
cited is numbered once in :class:`Sources`, so each quotation in the memo carries a ``[n]``
pointing at its publisher, date and URL.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select

from pledgewatch.errors import NotFound, PledgewatchError
from pledgewatch.model import READOUT_KINDS, Commitment, Event
from pledgewatch.store import Store, schema
from pledgewatch.web import checklist_view, ledger_view, overview, queries
from pledgewatch.web.app import distinct_sentences
from pledgewatch.web.context import ViewContext, iso
from pledgewatch.web.models import ChecklistOut, EvidenceRef, PledgeRow, TimelineOut
from pledgewatch.web.stages import compare_readouts_function

log = logging.getLogger(__name__)

#: Pledge statuses in the order the memo lists them: broken first, then open, then kept.
STATUS_ORDER = [
    "contradicted",
    "retracted",
    "refused",
    "lapsed",
    "pledged",
    "claimed by others only",
    "fulfilled",
]


@dataclass
class Source:
    number: int
    doc_id: str
    title: str | None
    publisher: str | None
    published: str | None
    url: str | None


class Sources:
    """Documents cited in the memo, numbered in the order first cited."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._numbers: dict[str, int] = {}

    def cite(self, doc_id: str | None) -> int | None:
        if not doc_id:
            return None
        if doc_id not in self._numbers:
            self._numbers[doc_id] = len(self._numbers) + 1
        return self._numbers[doc_id]

    def listing(self) -> list[Source]:
        documents = queries.documents_by_id(self._store, list(self._numbers))
        listing = []
        for doc_id, number in sorted(self._numbers.items(), key=lambda item: item[1]):
            row = documents.get(doc_id, {})
            listing.append(
                Source(
                    number,
                    doc_id,
                    row.get("title"),
                    row.get("publisher"),
                    iso(row.get("published")),
                    row.get("url"),
                )
            )
        return listing


@dataclass
class Quote:
    text: str
    date: str | None
    source: int | None


@dataclass
class PledgeLine:
    pledge: PledgeRow
    quote: Quote | None
    #: the source number of the promisor's words that named the pledge's deadline, if any
    deadline_source: int | None = None


@dataclass
class ChecklistLine:
    id: str
    label: str
    status: str
    quotes: list[Quote]
    missing: list[str]


@dataclass
class FlagLine:
    kind: str
    date: str | None
    headline: str | None
    body: str | None
    source: int | None


@dataclass
class ReadoutLine:
    date: str
    labels: tuple[str, str]
    sources: tuple[int | None, int | None]
    lines: list[str]


@dataclass
class Briefing:
    actor: str
    actor_label: str
    since: str | None
    until: str | None
    as_of: str
    generated: str
    timeline: TimelineOut
    pledges: list[PledgeLine]
    checklist: ChecklistOut | None
    checklist_lines: list[ChecklistLine]
    flags: list[FlagLine]
    readouts: list[ReadoutLine]
    judgements: list[str]
    notices: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)


def _quote(ref: EvidenceRef, sources: Sources) -> Quote:
    """The evidence in its whole sentence (a span such as "North Korea says" tells nothing on
    its own), dated as precisely as known, with its source number."""
    return Quote(
        ref.sentence_text or ref.text or "", ref.when or ref.date, sources.cite(ref.doc_id)
    )


def _in_period(pledge: PledgeRow, since: dt.date | None, until: dt.date | None) -> bool:
    first, last = pledge.first_mention, pledge.last_mention or pledge.first_mention
    if until is not None and first is not None and first > until.isoformat():
        return False
    return not (since is not None and last is not None and last < since.isoformat())


def _is_generic(topic: str | None) -> bool:
    """A pledge on the taxonomy's fallback topic, which the ledger keys by its wording."""
    from pledgewatch.ledger import base_topic, load_topic_actions

    return topic is not None and base_topic(topic) in load_topic_actions().generic_topics


def _pledge_lines(
    ctx: ViewContext,
    sources: Sources,
    actor: str,
    since: dt.date | None,
    until: dt.date | None,
    as_of: dt.date,
) -> tuple[list[PledgeLine], list[str]]:
    result = ledger_view.ledger(ctx, actor=actor, as_of=as_of, generic=True)
    rows = [p for p in result.pledges if _in_period(p, since, until)]
    # A memo lists the pledges on named topics; the fallback topic holds whatever wording the
    # taxonomy does not know ("will not retaliate"), which the ledger keeps but a reader skims.
    unclassified = [p for p in rows if _is_generic(p.topic)]
    rows = [p for p in rows if not _is_generic(p.topic)]
    notices = list(result.notices)
    if unclassified:
        notices.append(
            f"{len(unclassified)} further pledge(s) or refusal(s) on subjects outside the topic "
            "taxonomy are in the ledger (pledgewatch ledger --topic other)."
        )
    rank = {status: position for position, status in enumerate(STATUS_ORDER)}
    rows.sort(key=lambda p: (rank.get(p.status or "", len(rank)), p.first_mention or ""))
    lines = []
    for pledge in rows:
        quote = None
        if pledge.evidence:
            # the sentence that set the status (the breach, the retraction), else the latest
            ref = next((e for e in reversed(pledge.evidence) if e.decides), pledge.evidence[-1])
            quote = _quote(ref, sources)
        due = pledge.deadline.evidence if pledge.deadline else None
        lines.append(PledgeLine(pledge, quote, sources.cite(due.doc_id) if due else None))
    return lines, notices


def _checklist_lines(
    ctx: ViewContext, sources: Sources, name: str, as_of: dt.date
) -> tuple[ChecklistOut | None, list[ChecklistLine], list[str]]:
    try:
        board = checklist_view.checklist_board(ctx, name, as_of, allow_files=True)
    except (NotFound, PledgewatchError) as exc:
        return None, [], [f"Checklist {name}: not available ({exc})"]
    lines = [
        ChecklistLine(
            item.id,
            item.label,
            item.status,
            [_quote(ref, sources) for ref in distinct_sentences(item.evidence)],
            item.missing,
        )
        for item in board.items
    ]
    return board, lines, board.notices


def _flag_lines(
    ctx: ViewContext, sources: Sources, actor: str, since: dt.date | None, until: dt.date | None
) -> list[FlagLine]:
    return [
        FlagLine(
            row["kind"].replace("_", " "),
            iso(row.get("published")),
            row.get("text_a"),
            row.get("text_b"),
            sources.cite(row.get("doc_id")),
        )
        for row in queries.flags_in_period(ctx.store, actor, since, until)
    ]


def _commitment_events(
    store: Store, actor: str, since: dt.date | None, until: dt.date | None
) -> dict[tuple[str, str], list[Event]]:
    """Commitment events of the actor, grouped by (publication date, document)."""
    ev, cm, doc = schema.events, schema.commitments, schema.documents
    query = (
        select(ev, cm.c.data.label("commitment_data"), doc.c.published, doc.c.publisher)
        .join(cm, cm.c.event_id == ev.c.id)
        .join(doc, doc.c.id == ev.c.doc_id)
        .where(
            cm.c.promisor.startswith(actor.upper(), autoescape=True),
            doc.c.published.is_not(None),
            # readouts differ in what was promised, offered, refused or asked, not in remarks
            cm.c.kind.in_(sorted(READOUT_KINDS)),
        )
        .order_by(doc.c.published, ev.c.id)
    )
    if since is not None:
        query = query.where(doc.c.published >= since)
    if until is not None:
        query = query.where(doc.c.published <= until)
    groups: dict[tuple[str, str], list[Event]] = defaultdict(list)
    with store.reading() as connection:
        for row in connection.execute(query).mappings():
            event = Event(
                id=row["id"],
                doc_id=row["doc_id"],
                sentence_id=row["sentence_id"],
                date=row["date"],
                date_precision=row["date_precision"],
                source=row["source"],
                target=row["target"],
                cameo=row["cameo"],
                modality=row["modality"],
                evidence=row["evidence"],
                commitment=Commitment.from_dict(row["commitment_data"]),
            )
            groups[
                (iso(row["published"]) or "", f"{row['publisher'] or '?'}\x00{row['doc_id']}")
            ].append(event)
    return groups


def _readout_lines(
    ctx: ViewContext,
    sources: Sources,
    actor: str,
    since: dt.date | None,
    until: dt.date | None,
    limit: int = 3,
) -> list[ReadoutLine]:
    """Two accounts of one day's commitments from different publishers, compared."""
    compare = compare_readouts_function()
    if compare is None:
        return []
    by_day: dict[str, list[tuple[str, list[Event]]]] = defaultdict(list)
    for (day, key), events in _commitment_events(ctx.store, actor, since, until).items():
        by_day[day].append((key, events))
    lines: list[ReadoutLine] = []
    for day, accounts in sorted(by_day.items()):
        publishers = {key.split("\x00")[0]: (key, events) for key, events in accounts}
        if len(publishers) < 2:
            continue
        (key_a, events_a), (key_b, events_b) = list(publishers.values())[:2]
        topics_a = {e.commitment.topic for e in events_a if e.commitment}
        topics_b = {e.commitment.topic for e in events_b if e.commitment}
        if not topics_a & topics_b:
            continue
        labels = (key_a.split("\x00")[0], key_b.split("\x00")[0])
        try:
            comparison = compare(events_a, events_b, labels)
        except Exception as exc:  # the memo goes on without this optional section
            log.warning("readout comparison failed on %s: %s", day, exc)
            continue
        lines.append(
            ReadoutLine(
                day,
                labels,
                (sources.cite(key_a.split("\x00")[1]), sources.cite(key_b.split("\x00")[1])),
                comparison.summary_lines(),
            )
        )
        if len(lines) >= limit:
            break
    return lines


def _judgements(b: Briefing, timeline: TimelineOut) -> list[str]:
    """The memo's opening bullets, each a sentence built from the figures below it."""
    lines: list[str] = []
    counts = {q: sum(bar.events for bar in timeline.bars if bar.quad == q) for q in (1, 2, 3, 4)}
    total = sum(counts.values())
    if total:
        cooperative = 100 * (counts[1] + counts[2]) / total
        lines.append(
            f"{b.actor_label} was the source of {total} coded events that happened in the "
            f"period: {cooperative:.0f}% cooperative ({counts[1]} verbal, {counts[2]} material), "
            f"{100 - cooperative:.0f}% conflictual ({counts[3]} verbal, {counts[4]} material)."
        )
    if timeline.gap:
        positive = [g for g in timeline.gap if g.gap > 0]
        widest = max(timeline.gap, key=lambda g: g.gap)
        mean = sum(g.gap for g in timeline.gap) / len(timeline.gap)
        lines.append(
            f"Words ran warmer than deeds in {len(positive)} of {len(timeline.gap)} months "
            f"(mean say–do gap {mean:+.2f} on a scale of −2 to +2; widest {widest.period[:7]}, "
            f"{widest.gap:+.2f})."
        )
    if timeline.windows:
        spans = "; ".join(f"{w.start} to {w.end}" for w in timeline.windows)
        lines.append(f"Charm-offensive pattern (talk up, hostility on, no deeds): {spans}.")
    for change in timeline.change_points or []:
        lines.append(f"Shift on {change.date}: {change.detail}.")
    if b.pledges:
        tally: dict[str, int] = defaultdict(int)
        for line in b.pledges:
            tally[line.pledge.status or "unknown"] += 1
        parts = ", ".join(f"{n} {status}" for status, n in tally.items())
        lines.append(f"{len(b.pledges)} pledges on record in the period, as of {b.as_of}: {parts}.")
    if b.checklist is not None:
        tally = defaultdict(int)
        for item in b.checklist.items:
            tally[item.status] += 1
        parts = ", ".join(f"{tally[s]} {s}" for s in ("met", "pledged", "not met", "contradicted"))
        lines.append(
            f"{b.checklist.title}, as of {b.checklist.as_of}: "
            f"{len(b.checklist.items)} items, {parts}."
        )
    if b.flags:
        lines.append(f"{len(b.flags)} headline(s) overstate their own story (see below).")
    return lines


def gather_briefing(
    store: Store,
    *,
    actor: str,
    since: dt.date | None,
    until: dt.date | None,
    checklist: str | None,
    as_of: dt.date | None = None,
    chart_width: int = 640,
) -> Briefing:
    """Everything the memo shows, read once; the renderers only format it."""
    ctx = ViewContext(store, refresh_derived=True)
    actor = actor.strip().upper()
    # the period runs from the earliest to the latest report, not over decades of silence
    # before a recalled 1953 Armistice or up to talks scheduled after the last report
    first, last = queries.reporting_period(store, actor)
    since = since or first
    until = until or last
    as_of = as_of or until or dt.date.today()
    sources = Sources(store)
    timeline = overview.actor_timeline(
        ctx, actor, since=since, until=until, width=chart_width, interactive=False
    )
    pledges, notices = _pledge_lines(ctx, sources, actor, since, until, as_of)
    board, checklist_lines, checklist_notices = (
        _checklist_lines(ctx, sources, checklist, as_of) if checklist else (None, [], [])
    )
    briefing = Briefing(
        actor=actor,
        actor_label=ctx.actor_label(actor),
        since=iso(since or first),
        until=iso(until),
        as_of=as_of.isoformat(),
        generated=dt.date.today().isoformat(),
        timeline=timeline,
        pledges=pledges,
        checklist=board,
        checklist_lines=checklist_lines,
        flags=_flag_lines(ctx, sources, actor, since, until),
        readouts=_readout_lines(ctx, sources, actor, since, until),
        judgements=[],
        notices=[*timeline.notices, *notices, *checklist_notices],
    )
    briefing.judgements = _judgements(briefing, timeline)
    briefing.sources = sources.listing()
    return briefing


__all__ = ["Briefing", "gather_briefing"]
