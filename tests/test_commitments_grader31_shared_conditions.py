"""A condition placed before conjuncts that share a subject is each conjunct's ("If the North
wants credit, it should announce a freeze and invite monitors": grader30's seed 57), in
sentences of our own; a conjunct with a subject of its own keeps only its own conditions."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2024, 5, 6)


def _graded(text: str):
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    return [e.commitment for e in events if e.commitment is not None]


@pytest.mark.parametrize(
    ("text", "condition"),
    [
        ("If Tehran wants relief, it must halt enrichment and admit inspectors.", "If Tehran"),
        (
            "Once the ceasefire holds, Moscow will withdraw its troops and reopen the border "
            "crossings.",
            "Once the ceasefire",
        ),
    ],
)
def test_a_condition_before_shared_conjuncts_is_each_conjuncts(text, condition):
    graded = [c for c in _graded(text) if c.kind in ("promise", "demand")]
    assert len(graded) >= 2 and all(
        any(k.startswith(condition) for k in c.conditions) for c in graded
    ), [(c.kind, c.conditions) for c in graded]


def test_a_conjunct_with_its_own_subject_keeps_its_own_conditions():
    graded = [
        c
        for c in _graded(
            "If Tehran wants relief, it must halt enrichment, and the inspectors will return."
        )
        if c.kind in ("promise",)
    ]
    assert all(not c.conditions for c in graded), [(c.kind, c.conditions) for c in graded]
