"""The headline check: a headline that states a commitment more strongly than its story.

"Kim promises moratorium" over a story whose strongest sentence is a Russian spokesman's
hedged, conditional account is a headline overstatement. For every graded commitment in
the headline (its sentence starts before ``DocContext.headline_end``), the body's
commitments on the same promisor (compared by country, so ``PRKGOV`` matches ``PRK``) and
the same topic are collected; when the headline's strength ranks above the strongest of
them (:data:`pledgewatch.model.STRENGTH_ORDER`), a flag row for the store's ``flags`` table
is produced with both texts.

Findings must be graded first (``CommitmentGrader.grade_all``, or ``expand_all`` so that
every topic of a many-topic sentence is compared).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pledgewatch.commitments.formality import country_of
from pledgewatch.commitments.topics import FALLBACK_TOPIC
from pledgewatch.events.types import DocContext, EventFinding
from pledgewatch.model import STRENGTH_ORDER, Commitment

FLAG_KIND = "headline_overstatement"


def same_promisor(a: str | None, b: str | None) -> bool:
    """Same actor or same country; an unknown promisor on either side matches."""
    if not a or not b:
        return True
    country_a, country_b = country_of(a), country_of(b)
    if country_a and country_b:
        return country_a == country_b
    return a == b


def _sentence_text(finding: EventFinding) -> str:
    return " ".join(finding.sent.text.split())


def _strength_rank(commitment: Commitment) -> int:
    return STRENGTH_ORDER.get(commitment.strength, 0)


def headline_flags(findings: Iterable[EventFinding], ctx: DocContext) -> list[dict[str, Any]]:
    """Rows for the ``flags`` table, one per overstated headline commitment.

    Each row: ``kind`` ("headline_overstatement"), ``doc_id``, ``promisor``, ``topic``,
    ``text_a`` (the headline), ``text_b`` (the strongest body sentence on the same promisor
    and topic) and ``detail`` (both grades, the body's conditions, hedges and speaker).
    """
    graded = [f for f in findings if f.event.commitment is not None]
    headline = [f for f in graded if f.sent.start_char < ctx.headline_end]
    body = [f for f in graded if f.sent.start_char >= ctx.headline_end]
    rows: list[dict[str, Any]] = []
    seen: set[tuple[str | None, str, str]] = set()
    for head in headline:
        claim = head.event.commitment
        assert claim is not None
        if claim.topic == FALLBACK_TOPIC or claim.kind not in ("promise", "offer"):
            continue
        support = [
            f
            for f in body
            if f.event.commitment is not None
            and f.event.commitment.topic == claim.topic
            and same_promisor(claim.promisor, f.event.commitment.promisor)
        ]
        if not support:
            continue
        strongest = max(support, key=lambda f: _strength_rank(f.event.commitment))  # type: ignore[arg-type]
        backing = strongest.event.commitment
        assert backing is not None
        if _strength_rank(claim) <= _strength_rank(backing):
            continue
        key = (claim.promisor, claim.topic, head.event.id)
        if key in seen:
            continue
        seen.add(key)
        rows.append(
            {
                "kind": FLAG_KIND,
                "doc_id": ctx.doc_id,
                "promisor": claim.promisor or backing.promisor,
                "topic": claim.topic,
                "text_a": _sentence_text(head),
                "text_b": _sentence_text(strongest),
                "detail": {
                    "headline_strength": claim.strength,
                    "body_strength": backing.strength,
                    "body_hedged": backing.hedged,
                    "body_conditional": backing.conditional,
                    "body_hedges": list(backing.hedges),
                    "body_conditions": list(backing.conditions),
                    "body_speaker": backing.speaker or backing.speaker_text,
                    "body_first_party": backing.first_party,
                    "body_formality": backing.formality,
                    "headline_event": head.event.id,
                    "body_event": strongest.event.id,
                    "body_sentences_compared": len(support),
                    "why": (
                        f"headline grades {claim.strength}, the strongest of "
                        f"{len(support)} body sentence(s) on {claim.topic} grades "
                        f"{backing.strength}"
                    ),
                },
            }
        )
    return rows
