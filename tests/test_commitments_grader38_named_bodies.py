"""The body whose text is refused, named only as its modifier: "Bolivia has rejected all
council resolutions", after "The U.N. Security Council condemned ...", refuses the Council
(``named_bodies.py``, ``named_bodies.yaml``; grading audit seed 63 #17), as "the council's
resolutions" already did. With no body named before, no promisee is guessed. Sentences written
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2031, 4, 9)


def _refused(text: str) -> list[str | None]:
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    return [
        e.commitment.promisee for e in events if e.commitment and e.commitment.kind == "refusal"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The U.N. Security Council condemned Bolivia's missile launch on Tuesday. Bolivia "
            "has rejected all council resolutions as violations of its sovereignty.",
            ["IGOUNO"],
        ),
        (
            "The U.N. Security Council condemned Bolivia's missile launch on Tuesday. Bolivia "
            "rejected the council's resolutions.",
            ["IGOUNO"],
        ),
        ("Bolivia has rejected all council resolutions as violations of its sovereignty.", [None]),
    ],
)
def test_the_body_named_as_a_modifier_is_refused(text: str, expected: list) -> None:
    assert _refused(text) == expected
