"""Talks a traveller came for are its talks when a round counts them ("for a round of talks").

events/purpose_drills.py with ``@round_of_talks``; the lead's seventeenth sample, where "U.S. envoy
Glyn Davies arrived in Beijing ... for a second round of talks with North Korea's nuclear
negotiator" left the talks (046) without a source: "for" held the round, not the talks. Sentences
written here from the six-party envoys' shuttle trips of 2011-2012.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_readings

DAY = dt.date(2012, 2, 21)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "South Korean nuclear envoy Lim Sung-nam arrived in Washington on Monday for a new "
            "round of talks with U.S. officials.",
            ("KORGOV", "USAGOV", "046", "asserted"),
        ),
        (
            "Sung Kim flew to Beijing on Friday for another round of talks with Chinese "
            "officials on the stalled nuclear negotiations.",
            ("USAGOV", "CHNGOV", "046", "asserted"),
        ),
    ],
)
def test_a_round_of_talks_come_for_is_the_travellers(coder, text, expected) -> None:
    found = coded_readings(coder, text, DAY)
    assert expected in found, found
