"""A host's grant told as let or allowed has the inspecting body as promisee (grading audit
seed 68 #8; grader44, ``parties.inspectors_let_in``): "X had agreed to let inspectors return",
"will allow international inspectors to go back", and the refusal "will not allow inspectors
to return" are made to IGOUNOIAE; others let in ("police officers") are not.

Sentences written for these tests (other countries and years)."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2035, 9, 21)


def _graded(text: str) -> list[tuple[str, str | None, str | None, str]]:
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    return [
        (e.commitment.kind, e.commitment.promisor, e.commitment.promisee, e.commitment.topic)
        for e in events
        if e.commitment and e.commitment.kind in ("promise", "offer", "refusal", "demand")
    ]


@pytest.mark.parametrize(
    ("text", "kind", "host"),
    [
        (
            "In May 2034, Jose Mujica said Uruguay had agreed to let inspectors return.",
            "promise",
            "URY",
        ),
        (
            "The senator said Ecuador agreed to let nuclear inspectors go back to the plant.",
            "promise",
            "ECU",
        ),
        (
            "Ecuador will also allow international inspectors to return to Yongbyon.",
            "promise",
            "ECU",
        ),
        (
            "Ecuador will not allow international inspectors to return to Yongbyon.",
            "refusal",
            "ECU",
        ),
    ],
)
def test_inspectors_let_in_are_the_promisee(text: str, kind: str, host: str) -> None:
    assert (kind, host, "IGOUNOIAE", "iaea_inspections") in _graded(text)


def test_others_let_in_are_not_inspectors() -> None:
    graded = _graded("Uruguay agreed to let Ecuadorean police officers return to the border.")
    assert all(promisee != "IGOUNOIAE" for _k, _p, promisee, _t in graded)
