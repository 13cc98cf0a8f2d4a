"""A symmetric act done is coded both ways ("A met B": A->B and B->A); planned, it is its
subject's plan alone ("A will meet B": A->B only, 2026-12-02, as "A agreed to meet B" is A's
intent), and only the subject promised it; conjoined subjects each promise."""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.coding import context_for_text, shared_coder

pytestmark = pytest.mark.model


def commitments(text: str) -> list[tuple[str | None, str | None, str | None]]:
    _sentences, events, _flags = shared_coder().code_text(
        text, context_for_text(dt.date(2012, 2, 29))
    )
    return [
        (event.source, event.target, event.commitment.promisor if event.commitment else None)
        for event in events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Japanese government will meet Chinese envoys in Tokyo next week.",
        "Seoul will hold talks with Pyongyang next month.",
    ],
)
def test_only_the_subject_promised_the_meeting(text: str) -> None:
    found = commitments(text)
    pairs = {(source[:3], target[:3]) for source, target, _ in found if source and target}
    assert len(pairs) == 1, found  # the subject's plan, coded one way
    promisors = {promisor[:3] for _, _, promisor in found if promisor}
    assert len(promisors) == 1 and promisors == {source[:3] for source, _, _ in found if source}
    subject = found[0][0]
    assert subject is not None and promisors == {subject[:3]}


def test_conjoined_subjects_each_promise() -> None:
    found = commitments("Japan and China agreed to meet in Beijing in May.")
    assert {promisor[:3] for _, _, promisor in found if promisor} == {"JPN", "CHN"}
