"""Scoring the audits kept as fixtures: sentences written by us with their expected readings
written before coding (``fixtures/news*.jsonl`` for events, ``fixtures/promises*.jsonl`` for
commitments). Each audit file is scored the same way, so the floors the tests keep mean the same
thing from one set to the next."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

from pledgewatch.model import PLEDGE_KINDS, Commitment


def _rows(fixture: Path, part: str) -> list[dict]:
    rows = [json.loads(line) for line in fixture.read_text(encoding="utf-8").splitlines()]
    return [row for row in rows if row.get("set", "audit") == part]


def code_matches(expected: str, got: str) -> bool:
    """An expected code is '|'-separated prefixes; '' = no actor, '*' = anything."""
    return any(
        alt == "*" or (got.startswith(alt) if alt else not got) for alt in expected.split("|")
    )


def event_audit_score(coder: object, fixture: Path, part: str = "audit") -> tuple[int, list[str]]:
    """How many sentences of ``part`` ("audit": drawn first; "fresh": written after the fixes,
    to check them) have every expected (source, target, root, modality) among their events."""
    from tests.conftest import coded_events

    right, wrong = 0, []
    for row in _rows(fixture, part):
        events = coded_events(coder, row["text"], dt.date.fromisoformat(row["date"]))
        found = [(e.source or "", e.target or "", e.cameo, e.modality) for e in events]
        ok = all(
            any(
                code_matches(src, s)
                and code_matches(tgt, t)
                and any(r == "*" or code.startswith(r) for r in roots.split("|"))
                and modality in modes.split("|")
                for s, t, code, modality in found
            )
            for src, tgt, roots, modes in row["expect"]
        )
        right += ok
        if not ok:
            wrong.append(row["id"])
    return right, wrong


def promise_audit_score(
    graded: Callable[[str, dt.date], list[Commitment]], fixture: Path, part: str = "audit"
) -> tuple[int, list[str]]:
    """How many sentences of ``part`` have a commitment of the expected kind, strength and
    promisor (a code prefix; "" for none); an expected statement is right when no pledge is
    graded. ``graded`` grades one text at a date."""
    right, wrong = 0, []
    for row in _rows(fixture, part):
        expect = row["expect"]
        commitments = graded(row["text"], dt.date.fromisoformat(row["date"]))
        if expect["kind"] == "statement":
            ok = not pledges_of(commitments)
        else:
            ok = any(
                c.kind == expect["kind"]
                and c.strength == expect["strength"]
                and (
                    (c.promisor or "").startswith(expect["promisor"])
                    if expect["promisor"]
                    else not c.promisor
                )
                for c in commitments
            )
        right += ok
        if not ok:
            wrong.append(row["id"])
    return right, wrong


def pledges_of(graded: list[Commitment]) -> list[Commitment]:
    """The promises, offers and refusals among graded commitments."""
    return [c for c in graded if c.kind in PLEDGE_KINDS]


def topic_ids(commitment: Commitment) -> list[str]:
    """Every topic id of a commitment, its first one first."""
    return [topic for topic, _ in commitment.all_topics]
