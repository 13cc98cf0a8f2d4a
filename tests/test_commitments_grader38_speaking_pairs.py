"""A pair that says what it will do together speaks for itself: "The leaders said in a joint
statement that they would work together for ...", "Both envoys said they would make efforts to
..." give each party's pledge its own party as speaker, first party (``speaking_pairs.py``;
the seed-63 ledger audit, grading audit seed 62 #19). "Two U.S. envoys" are one state's, no
pair. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2031, 4, 9)


def _pledges(text: str) -> set[tuple]:
    """(promisor, speaker, first party, formality) of each promise of ``text``."""
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    return {
        (c.promisor, c.speaker, c.first_party, c.formality)
        for e in events
        if (c := e.commitment) is not None and c.kind == "promise"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The presidents of Chile and Peru met in Lima on Friday. The leaders said in a joint "
            "statement that they would work together for the demilitarization of the border.",
            {("CHLGOV", "CHLGOV", True, "formal"), ("PERGOV", "PERGOV", True, "formal")},
        ),
        (
            "The envoys of Chile and Peru met in Lima on Friday. Both envoys said they would "
            "make efforts to resume the border talks soon.",
            {("CHLGOV", "CHLGOV", True, "official"), ("PERGOV", "PERGOV", True, "official")},
        ),
        (
            "Chile and Peru held talks in Quito. Two U.S. envoys said they would attend the next "
            "round.",
            {("USAGOV", "USAGOV", True, "official")},
        ),
    ],
)
def test_each_party_of_a_speaking_pair_speaks_for_itself(text: str, expected: set) -> None:
    assert _pledges(text) == expected
