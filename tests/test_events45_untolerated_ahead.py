""" "is not going to tolerate" warns as "will not tolerate" does (events45,
events/verdict_nouns.py: the negation may sit on the verb the infinitive hangs on).

Sentences written here; see tests/test_events44_untolerated_acts.py for the rule.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_readings

DAY = dt.date(2016, 7, 14)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Beijing is not going to tolerate provocations by Manila.",
            ("CHNGOV", "PHLGOV", "130", "asserted"),
        ),
        (
            "Tokyo is not going to tolerate any incursions by Chinese ships.",
            ("JPNGOV", "CHN", "130", "asserted"),
        ),
    ],
)
def test_not_going_to_tolerate_is_a_warning(coder, text, expected) -> None:
    assert expected in coded_readings(coder, text, DAY)


@pytest.mark.model
def test_going_to_tolerate_is_no_warning(coder) -> None:
    found = coded_readings(
        coder, "Hanoi is going to tolerate the incursions by Chinese ships.", DAY
    )
    assert not any(r[2] == "130" for r in found), found
