"""The deadline a pledge's promisor named, as the dashboard and the briefing show it.

The ledger stage keeps, per pledge, the deadline that applies as of the ledger's date
(:attr:`pledgewatch.ledger.records.PledgeStatus.deadline`: the one still due, else the latest
its promisor named) and, per mention, the words that named it (``deadline_text``). A reader
needs the three together: the day ("due by 2010-12-31"), the words ("early next month") and
the promisor's sentence they came from, linked to its document like any other evidence. This
module finds that sentence among the pledge's mentions and shapes it for the views.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from pledgewatch.web.context import ViewContext, iso
from pledgewatch.web.models import DeadlineOut

LAPSED = "lapsed"


def deadline_mention(status: Any) -> Any | None:
    """The promisor's own mention that named the pledge's deadline (the ledger reads only the
    promisor's words as setting one), or None when the pledge names no deadline."""
    day = getattr(status, "deadline", None)
    if day is None:
        return None
    return next(
        (
            m
            for m in getattr(status, "mentions", ())
            if m.deadline == day and m.first_party and not m.retraction
        ),
        None,
    )


def deadline_fields(status: Any) -> dict[str, Any]:
    """What a ledger record keeps of the deadline: the day, and the mention that named it
    (``deadline_mention``; read into a :class:`DeadlineOut` when the page is built)."""
    return {
        "deadline": getattr(status, "deadline", None),
        "deadline_mention": deadline_mention(status),
    }


def deadline_sources(records: Iterable[dict[str, Any]]) -> tuple[set[str], set[str]]:
    """The documents and sentences the records' deadline sentences come from, to be read in
    the same query as the rest of a page's evidence."""
    docs: set[str] = set()
    sentences: set[str] = set()
    for record in records:
        mention = record.get("deadline_mention")
        if mention is not None:
            docs.add(mention.doc_id)
            sentences.add(mention.sentence_id)
    return docs, sentences


def deadline_out(
    ctx: ViewContext,
    record: dict[str, Any],
    documents: dict[str, dict[str, Any]],
    sentences: dict[str, str] | None,
) -> DeadlineOut | None:
    """The record's deadline for the views, or None when its promisor named none."""
    day = record.get("deadline")
    if day is None:
        return None
    mention = record.get("deadline_mention")
    lapsed = record.get("status") == LAPSED
    evidence = None
    if mention is not None:
        evidence = ctx.evidence_ref(mention, documents, sentences)
        evidence.decides = lapsed  # a lapse is set by the words whose deadline passed
    as_of = record.get("as_of")
    return DeadlineOut(
        day=iso(day) or "",
        text=getattr(mention, "deadline_text", None),
        said_on=getattr(mention, "when", None),
        passed=_passed(day, as_of),
        lapsed=lapsed,
        evidence=evidence,
    )


def _passed(day: Any, as_of: Any) -> bool:
    due, seen = iso(day), iso(as_of) or dt.date.today().isoformat()
    return bool(due) and seen > str(due)
