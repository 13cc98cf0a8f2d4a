"""The readout comparison sees the promisees ``events`` shows (brief grader35), in sentences of
our own: findings handed to :func:`compare_readouts` ungraded are graded a document at a time,
as the coder grades them, so the story's readings (the one told, an agreement's partner, the
holder of what is asked released) reach the comparison; each side lists its promisees.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2024, 5, 6)


def _coded(text: str, doc_id: str):
    from pledgewatch.coding import context_for_text, shared_coder

    ctx = dataclasses.replace(context_for_text(DAY), doc_id=doc_id)
    return shared_coder().events.code_text(text, ctx), ctx


def _ungraded(text: str, doc_id: str):
    coded, _ctx = _coded(text, doc_id)
    for finding in coded.findings:
        finding.event.commitment = None
    return coded.findings


def _events_promisees(text: str, doc_id: str) -> set[tuple[str | None, str | None]]:
    from pledgewatch.coding import shared_coder

    coded, ctx = _coded(text, doc_id)
    graded = shared_coder().grader.expand_all(coded.findings, ctx, coded.mentions)
    return {
        (f.event.commitment.promisor, f.event.commitment.promisee)
        for f in graded
        if f.event.commitment is not None and f.event.commitment.kind in ("promise", "demand")
    }


@pytest.mark.parametrize(
    "text",
    [
        # the one told
        "President Gabriel Boric told President Dina Boluarte of Peru that his country was "
        "ready to reopen the border crossings.",
        # the other party of the talks the story named before
        "Chile and Peru held talks in Lima on Monday. Chile has agreed to reopen the border "
        "crossings by June.",
        # the holder of what is asked released
        "Peru seized a Chilean fishing boat on Sunday. Chile demanded the release of its boat "
        "and crew.",
    ],
)
def test_compare_sees_the_story_promisees(text):
    from pledgewatch.coding import shared_coder
    from pledgewatch.commitments import compare_readouts

    expected = _events_promisees(text, "a")
    assert all(promisee for _promisor, promisee in expected), expected
    a = _ungraded(text, "a")
    b = _ungraded(text, "b")
    result = compare_readouts(a, b, ("A", "B"), grader=shared_coder().grader)
    sides = [x.a for x in result.both] + [x.side for x in result.only_a]
    seen = {(c.promisor, c.promisee) for side in sides for c in side.commitments}
    assert seen == expected
    for side in sides:
        assert side.to_dict()["promisees"] == side.promisees
        assert side.promisees
