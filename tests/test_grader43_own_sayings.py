"""A statement whose own verb is a saying ("Bolivia's envoy denied any involvement") is said by
its subject: speaker the envoy's state, first party; one another reports ("Chile said Bolivia's
envoy denied it") keeps that speaker, third party (``commitments.own_sayings``; lead's sample 12
#11, grader43). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2026, 3, 2)


def _statements(text: str) -> list[tuple[str | None, str | None, bool]]:
    """(promisor, speaker, first party) of each statement coded on a verb of denying."""
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    return [
        (e.commitment.promisor, e.commitment.speaker, e.commitment.first_party)
        for e in events
        if e.commitment and e.commitment.kind == "statement" and e.cameo == "016"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bolivia's envoy denied any involvement in the attack.", [("BOLGOV", "BOLGOV", True)]),
        ("Ecuador denied any role in the border clash.", [("ECU", "ECU", True)]),
        (
            "Chile said Bolivia's envoy denied any involvement.",
            [("BOLGOV", "CHL", False)],
        ),
    ],
)
def test_a_denial_is_its_subjects_own_saying(
    text: str, expected: list[tuple[str, str, bool]]
) -> None:
    assert _statements(text) == expected
