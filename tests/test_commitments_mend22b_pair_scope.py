"""A pair's shared act is read in the act agreed, not in how or where the pair agreed: "agreed
in a joint statement to cut tariffs" is a pledge made side by side, "agreed on joint patrols"
one made to each other (``commitments.pair_agreements``, review22 #2). Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.builders import promises_of

pytestmark = pytest.mark.model

DAY = dt.date(2031, 4, 9)


def _pairs(text: str) -> set[tuple[str | None, str | None]]:
    return {(c.promisor, c.promisee) for c in promises_of(text, DAY)}


@pytest.mark.parametrize(
    "text",
    [
        "Uruguay and Paraguay agreed in a joint statement to lower their tariffs on grain.",
        "Uruguay and Paraguay agreed at a joint press conference to build a new highway.",
        # (was "to reopen the border crossing": reopening what the two had is theirs together
        # since grader43, pair_agreements.yaml restoring_verbs; the point here is the adjunct)
        "Uruguay and Paraguay agreed, with mutual relief, to widen the border highway.",
    ],
)
def test_a_joint_word_outside_the_act_names_no_promisee(text: str) -> None:
    assert {promisee for _, promisee in _pairs(text)} == {None}


@pytest.mark.parametrize(
    "text",
    [
        "Uruguay and Paraguay agreed on joint patrols along the river.",
        "Uruguay and Paraguay signed a pact to stop seizing each other's cargo barges.",
        "Uruguay and Paraguay agreed in Asuncion to hold joint naval exercises.",
    ],
)
def test_a_joint_word_in_the_act_keeps_the_partners(text: str) -> None:
    found = _pairs(text)
    first, second = sorted({p for p, _ in found})  # type: ignore[type-var]
    assert found == {(first, second), (second, first)}
