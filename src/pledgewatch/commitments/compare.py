"""Readout comparison: align two accounts' commitments and show how they differ.

Two sides often publish different accounts of one agreement (the 2012 "Leap Day" texts:
the North Korean one makes the moratorium last "while productive dialogues continue" and
names uranium enrichment, the US one names nuclear activities at Yongbyon including
enrichment). :func:`compare_readouts` aligns the commitments of two accounts by promisor
(by country) and topic, and reports what each includes that the other lacks, and, for
commitments in both, the differences in strength, conditions, scope (the words naming what
is promised), kind and formality. Commitments under the fallback topic ``other`` are
aligned by the overlap of their words. Findings given ungraded are graded a document at a time,
as the coder grades them, so each side's promisees are those ``events`` shows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pledgewatch.commitments.formality import country_of
from pledgewatch.commitments.topics import FALLBACK_TOPIC
from pledgewatch.events.types import DocContext, EventFinding
from pledgewatch.model import (
    PLEDGE_KINDS,
    READOUT_KINDS,
    STRENGTH_ORDER,
    ActorMention,
    Commitment,
    Event,
)

if TYPE_CHECKING:
    from rich.console import RenderableType

    from pledgewatch.commitments.grader import CommitmentGrader

#: Word overlap (Jaccard) above which two "other" commitments count as the same.
OTHER_OVERLAP = 0.5
_WORD = re.compile(r"[a-z0-9]+")


@dataclass(slots=True)
class Side:
    """One account's commitments on one promisor and topic."""

    commitments: list[Commitment]
    evidence: list[str]
    event_ids: list[str]

    @property
    def strongest(self) -> Commitment:
        """The firmest pledge (promise, offer, refusal) of the side, else its firmest wording:
        a request or remark in the same sentence ("at the request of the U.S., the DPRK
        agreed ...") must not stand for what the side promised."""
        # demands and remarks only fill in when a side has no pledge
        pledges = [c for c in self.commitments if c.kind in PLEDGE_KINDS] or self.commitments
        return max(pledges, key=lambda c: STRENGTH_ORDER.get(c.strength, 0))

    @property
    def conditions(self) -> list[str]:
        return _unique(c for com in self.commitments for c in com.conditions)

    @property
    def promisees(self) -> list[str]:
        """Whom the side's commitments are made to (or demands asked of), as ``events`` codes
        them: the story's reading included ("told Scholz that ...", an agreement's partner)."""
        return _unique(c.promisee for c in self.commitments if c.promisee)

    @property
    def scope(self) -> list[str]:
        return _unique(com.topic_text for com in self.commitments if com.topic_text)

    def to_dict(self) -> dict[str, Any]:
        best = self.strongest
        return {
            "strength": best.strength,
            "hedged": any(c.hedged for c in self.commitments),
            "conditional": any(c.conditional for c in self.commitments),
            "conditions": self.conditions,
            "scope": self.scope,
            "kind": best.kind,
            "formality": best.formality,
            "speaker": best.speaker or best.speaker_text,
            "first_party": best.first_party,
            "promisees": self.promisees,
            "evidence": list(self.evidence),
            "events": list(self.event_ids),
        }


@dataclass(slots=True)
class AlignedCommitment:
    """A commitment on one promisor and topic found in both accounts."""

    promisor: str | None
    topic: str
    a: Side
    b: Side
    differences: dict[str, dict[str, Any]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "promisor": self.promisor,
            "topic": self.topic,
            "a": self.a.to_dict(),
            "b": self.b.to_dict(),
            "differences": self.differences,
        }


@dataclass(slots=True)
class OneSided:
    """A commitment found in one account only."""

    promisor: str | None
    topic: str
    side: Side

    def to_dict(self) -> dict[str, Any]:
        return {"promisor": self.promisor, "topic": self.topic, **self.side.to_dict()}


@dataclass(slots=True)
class ReadoutComparison:
    """The aligned commitments of two accounts (see :func:`compare_readouts`)."""

    labels: tuple[str, str]
    both: list[AlignedCommitment] = field(default_factory=list)
    only_a: list[OneSided] = field(default_factory=list)
    only_b: list[OneSided] = field(default_factory=list)

    @property
    def identical(self) -> bool:
        return not self.only_a and not self.only_b and not any(x.differences for x in self.both)

    def to_dict(self) -> dict[str, Any]:
        return {
            "labels": list(self.labels),
            "both": [x.to_dict() for x in self.both],
            "only_a": [x.to_dict() for x in self.only_a],
            "only_b": [x.to_dict() for x in self.only_b],
        }

    def summary_lines(self) -> list[str]:
        """Plain-text lines: one per difference or one-sided commitment."""
        a, b = self.labels
        lines = []
        for x in self.both:
            if not x.differences:
                lines.append(f"= {x.promisor} {x.topic}: same in {a} and {b}")
            for name, diff in x.differences.items():
                lines.append(f"~ {x.promisor} {x.topic}: {name} {a}={diff['a']} {b}={diff['b']}")
        lines += [f"+ {x.promisor} {x.topic}: only in {a} ({_gist(x.side)})" for x in self.only_a]
        lines += [f"+ {x.promisor} {x.topic}: only in {b} ({_gist(x.side)})" for x in self.only_b]
        return lines

    def __rich__(self) -> RenderableType:
        from rich.console import Group
        from rich.table import Table

        a, b = self.labels
        table = Table(title=f"Commitments: {a} vs {b}", show_lines=True)
        for column in ("promisor", "topic", a, b, "differences"):
            table.add_column(column)
        for x in self.both:
            table.add_row(
                x.promisor or "?",
                x.topic,
                _cell(x.a),
                _cell(x.b),
                "\n".join(f"{k}: {v['a']} / {v['b']}" for k, v in x.differences.items()) or "-",
            )
        for one in self.only_a:
            table.add_row(
                one.promisor or "?", one.topic, _cell(one.side), "[dim]absent[/dim]", f"only in {a}"
            )
        for one in self.only_b:
            table.add_row(
                one.promisor or "?", one.topic, "[dim]absent[/dim]", _cell(one.side), f"only in {b}"
            )
        return Group(table)


def _gist(side: Side) -> str:
    """What a one-sided commitment is, in a few words: "promise, firm: “a moratorium on
    nuclear tests”" (a reader of a plain-text line cannot see the table's cells)."""
    best = side.strongest
    scope = f": “{side.scope[0]}”" if side.scope else ""
    return f"{best.kind}, {best.strength}{scope}"


def _cell(side: Side) -> str:
    best = side.strongest
    text: str = best.strength
    if side.conditions:
        text += " if " + "; ".join(side.conditions)
    return f"{text}\n[dim]{'; '.join(side.scope)}[/dim]"


def _unique(items: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return list(seen)


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def _events(
    items: Sequence[EventFinding] | Sequence[Event], grader: CommitmentGrader | None
) -> list[Event]:
    events: list[Event] = []
    ungraded: dict[str, list[EventFinding]] = {}
    for item in items:
        if isinstance(item, EventFinding) and item.event.commitment is None and grader:
            ungraded.setdefault(item.event.doc_id, []).append(item)
    to_grade = {id(f) for found in ungraded.values() for f in found}
    for item in items:
        if not isinstance(item, EventFinding):
            events.append(item)
        elif id(item) not in to_grade:
            events.append(item.event)
        elif grader is not None and item.event.doc_id in ungraded:
            # the whole document at its first ungraded finding, in the coder's order
            events.extend(_graded(ungraded.pop(item.event.doc_id), grader))
    return [e for e in events if e.commitment is not None and e.commitment.kind in READOUT_KINDS]


def _graded(findings: list[EventFinding], grader: CommitmentGrader) -> list[Event]:
    """One document's findings graded together, as the coder grades them: the story passes
    (the one told, an agreement's partner, a seizure's holder) read the other sentences, so
    grading a finding alone would give it another promisee than ``events`` shows. The
    mentions are those the findings carry (the coder's full list is not kept on them)."""
    first = findings[0].event
    ctx = DocContext(doc_id=first.doc_id, date=first.date)
    mentions = _unique_mentions(
        m for f in findings for m in (f.source, f.target, f.speaker) if m is not None
    )
    return [f.event for f in grader.expand_all(findings, ctx, mentions)]


def _unique_mentions(mentions: Iterable[ActorMention]) -> list[ActorMention]:
    return sorted(set(mentions), key=lambda m: (m.start, m.end, m.code))


def _group(events: list[Event]) -> dict[tuple[str | None, str, str], Side]:
    groups: dict[tuple[str | None, str, str], Side] = {}
    for event in events:
        commitment = event.commitment
        assert commitment is not None
        actor = country_of(commitment.promisor) or commitment.promisor
        extra = commitment.topic_text.lower() if commitment.topic == FALLBACK_TOPIC else ""
        key = (actor, commitment.topic, extra)
        side = groups.setdefault(key, Side([], [], []))
        side.commitments.append(commitment)
        if event.evidence:
            side.evidence.append(" ".join(event.evidence.split()))
        side.event_ids.append(event.id)
    return groups


def _match_key(
    key: tuple[str | None, str, str], others: dict[tuple[str | None, str, str], Side]
) -> tuple[str | None, str, str] | None:
    if key in others:
        return key
    actor, topic, text = key
    if topic != FALLBACK_TOPIC:
        unknown = [k for k in others if k[1] == topic and (k[0] is None or actor is None)]
        return unknown[0] if unknown else None
    words = _words(text)
    best, best_score = None, OTHER_OVERLAP
    for other in others:
        if other[1] != FALLBACK_TOPIC or (other[0] != actor and None not in (other[0], actor)):
            continue
        theirs = _words(other[2])
        score = len(words & theirs) / max(1, len(words | theirs))
        if score >= best_score:
            best, best_score = other, score
    return best


def _differences(a: Side, b: Side) -> dict[str, dict[str, Any]]:
    diffs: dict[str, dict[str, Any]] = {}
    best_a, best_b = a.strongest, b.strongest
    if best_a.strength != best_b.strength:
        diffs["strength"] = {"a": best_a.strength, "b": best_b.strength}
    hedged_a = any(c.hedged for c in a.commitments)
    hedged_b = any(c.hedged for c in b.commitments)
    if hedged_a != hedged_b:
        diffs["hedged"] = {"a": hedged_a, "b": hedged_b}
    cond_a, cond_b = a.conditions, b.conditions
    if {c.lower() for c in cond_a} != {c.lower() for c in cond_b}:
        diffs["conditions"] = {
            "a": cond_a,
            "b": cond_b,
            "only_a": [c for c in cond_a if c.lower() not in {x.lower() for x in cond_b}],
            "only_b": [c for c in cond_b if c.lower() not in {x.lower() for x in cond_a}],
        }
    scope_a, scope_b = a.scope, b.scope
    if {_norm(s) for s in scope_a} != {_norm(s) for s in scope_b}:
        words_a = set().union(*(_words(s) for s in scope_a)) if scope_a else set()
        words_b = set().union(*(_words(s) for s in scope_b)) if scope_b else set()
        diffs["scope"] = {
            "a": scope_a,
            "b": scope_b,
            "words_only_a": sorted(words_a - words_b),
            "words_only_b": sorted(words_b - words_a),
        }
    if best_a.kind != best_b.kind:
        diffs["kind"] = {"a": best_a.kind, "b": best_b.kind}
    if best_a.formality != best_b.formality:
        diffs["formality"] = {"a": best_a.formality, "b": best_b.formality}
    return diffs


def _norm(text: str) -> str:
    return " ".join(sorted(_words(text)))


def compare_readouts(
    a: Sequence[EventFinding] | Sequence[Event],
    b: Sequence[EventFinding] | Sequence[Event],
    labels: tuple[str, str] = ("A", "B"),
    *,
    grader: CommitmentGrader | None = None,
) -> ReadoutComparison:
    """Align the commitments of two accounts of the same agreement.

    Args:
        a, b: graded events, or findings (findings without a commitment are graded and
            split per topic with ``grader``, a default :class:`CommitmentGrader` if None).
        labels: names of the two accounts, used in the output.

    Returns:
        The commitments in both (with their differences), only in ``a``, only in ``b``.
    """
    if grader is None and any(
        isinstance(x, EventFinding) and x.event.commitment is None for x in [*a, *b]
    ):
        from pledgewatch.commitments.grader import CommitmentGrader

        grader = CommitmentGrader()
    groups_a = _group(_events(a, grader))
    groups_b = _group(_events(b, grader))
    result = ReadoutComparison(labels=labels)
    matched_b: set[tuple[str | None, str, str]] = set()
    for key, side_a in groups_a.items():
        other = _match_key(key, {k: v for k, v in groups_b.items() if k not in matched_b})
        if other is None:
            result.only_a.append(OneSided(_promisor(side_a), key[1], side_a))
            continue
        matched_b.add(other)
        side_b = groups_b[other]
        result.both.append(
            AlignedCommitment(
                promisor=_promisor(side_a) or _promisor(side_b),
                topic=key[1],
                a=side_a,
                b=side_b,
                differences=_differences(side_a, side_b),
            )
        )
    for key, side_b in groups_b.items():
        if key not in matched_b:
            result.only_b.append(OneSided(_promisor(side_b), key[1], side_b))
    return result


def _promisor(side: Side) -> str | None:
    return next((c.promisor for c in side.commitments if c.promisor), None)
