"""A refusal blamed by another state refuses that state: "Lima has blamed Santiago for
refusing to resume the tours" makes Lima the refusal's promisee (``commitments.
blamed_refusals``, ``blamed_refusals.yaml``; grading audit, seed 62 #16). Sentences written
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2031, 4, 9)


def _refusals(text: str) -> set[tuple[str | None, str | None]]:
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    return {
        (e.commitment.promisor, e.commitment.promisee)
        for e in events
        if e.commitment is not None and e.commitment.kind == "refusal"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lima has blamed Santiago for refusing to resume the tours.", ("CHLGOV", "PERGOV")),
        ("Quito blamed Bogota for refusing to reopen the border.", ("COLGOV", "ECUGOV")),
    ],
)
def test_the_blamer_is_refused(text: str, expected: tuple) -> None:
    assert _refusals(text) == {expected}


def test_a_refusal_blamed_by_nobody_names_no_promisee() -> None:
    assert _refusals("Santiago refused to resume the tours.") == {("CHLGOV", None)}
