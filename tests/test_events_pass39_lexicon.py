"""The seventh sample's lexicon gaps and a named warship (events39), with sentences written here.

Entering (proclaiming) a state of war is a threat of force (138), as declaring war is; putting a
satellite into orbit is launching it (150); ending a round of talks is having held them (046,
both ways), while breaking them off stays 164; the corvette Cheonan is South Korea's navy
(KORMIL) from its commissioning, the city before.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import assert_coded, coded_triples


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "day", "expected", "absent"),
    [
        (
            "Iran declared that it was entering a state of war with Israel.",
            dt.date(2012, 5, 2),
            ("IRN", "ISR", "138"),
            None,
        ),
        (
            "Iran put a satellite into orbit with a new rocket.",
            dt.date(2011, 6, 15),
            ("IRN", "?", "150"),
            None,
        ),
        (
            "Iranian and British negotiators ended three days of talks in Vienna without a deal.",
            dt.date(2012, 5, 25),
            ("IRNGOV", "GBRGOV", "046"),
            ("IRNGOV", "?", "164"),
        ),
        (
            "Chinese and Japanese negotiators wrapped up a round of talks in Tokyo.",
            dt.date(2011, 3, 2),
            ("CHNGOV", "JPNGOV", "046"),
            None,
        ),
        (
            "Iran broke off talks with the European Union.",
            dt.date(2012, 5, 25),
            ("IRN", "IGOEUREEC", "164"),
            None,
        ),
        (
            # the warship is the attack's victim; since events45 the condemnation is aimed at
            # the attack's doer (none named here), not at the victim
            "The Security Council condemned the attack on the Cheonan.",
            dt.date(2010, 7, 9),
            ("?", "KORMIL", "190"),
            ("IGOUNO", "KORMIL", "111"),
        ),
    ],
)
def test_a_lexicon_gap_is_coded(coder, text, day, expected, absent) -> None:
    assert_coded(coded_triples(coder, text, day), expected, absent)
