"""The act a verb of answering answers was done before, whatever the answer's modality.

events/circumstance_acts.answered_act with ``answering_verbs`` in ``modality.yaml``; the lead's
seventeenth sample, where "North Korea said it would not react to the South's live-fire drill"
coded the drill (150) as negated: the negation denies the reaction, not the drill. An act opened
by "any" or said to be planned stays unknown. Sentences written here from the Yeonpyeong drills
of December 2010 and the offers of talks of 2013.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_readings

DAY = dt.date(2010, 12, 20)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "North Korea said on Monday it would not react to the South's artillery drill.",
            ("KORMIL", "?", "150", "asserted"),
            ("KORMIL", "?", "150", "negated"),
        ),
        (
            "Pyongyang did not respond to Seoul's offer of talks on the Kaesong complex.",
            ("KORGOV", "?", "036", "reported"),
            ("KORGOV", "?", "036", "negated"),
        ),
    ],
)
def test_an_act_answered_keeps_its_own_modality(coder, text, expected, absent) -> None:
    found = coded_readings(coder, text, DAY)
    assert expected in found, found
    assert absent not in found, found
