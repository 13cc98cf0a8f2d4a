"""A warning with an act to do is a demand (grading audit seed 47 #17, grader47): "warned the
South to stop the drill", "warned Pyongyang not to launch" are coded threats (CAMEO 13x) but
put an act on the one warned, as ``strength_cues.yaml`` (demand_needs_infinitive) says; what
it says not to do is the demand's content, no restraint of the warner's. A warning about
consequences, or that the warner will act, stays a statement. Sentences written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2014, 5, 7)


def _graded(text: str) -> set[tuple[str, str | None, str | None, bool]]:
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    return {
        (
            e.commitment.kind,
            e.commitment.promisor,
            e.commitment.promisee,
            any("promise of restraint" in why for why in e.commitment.why),
        )
        for e in events
        if e.commitment and e.cameo.startswith("13")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hanoi warned Beijing to stop the naval drill near the islands.",
            {("demand", "VNMGOV", "CHNGOV", False)},
        ),
        (
            "Washington warned Pyongyang not to launch the rocket.",
            {("demand", "USAGOV", "PRKGOV", False)},
        ),
        # no act to do: a warning, a statement
        (
            "Hanoi warned Beijing about the consequences of the drill.",
            {("statement", "VNMGOV", "CHNGOV", False)},
        ),
        (
            "Beijing warned that it would respond to any provocation.",
            {("statement", "CHNGOV", None, False)},
        ),
    ],
)
def test_a_warning_with_an_act_to_do_is_a_demand(
    text: str, expected: set[tuple[str, str | None, str | None, bool]]
) -> None:
    assert _graded(text) == expected


def test_an_order_to_ones_own_forces_stays_the_threat_it_is_coded() -> None:
    # a demand verb that needs no infinitive ("ordered") is no warning with an act to do
    text = (
        "Kim Jong Un ordered his rocket forces on standby to strike U.S. targets, state media said."
    )
    assert ("statement", "PRKGOV", "USA", False) in _graded(text)
