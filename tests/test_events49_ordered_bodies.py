"""An order to the orderer's own organ to sanction is the orderer's sanction (events49,
events/ordered_bodies.py, compose.tsv family command_own_body).

Sentences written here.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_readings

DAY = dt.date(2012, 4, 17)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "The Security Council ordered its committee to tighten the sanctions.",
            ("IGOUNO", "163"),
            ("IGOUNO", "100"),
        ),
        (
            "The Security Council ordered a panel to expand sanctions on Monday.",
            ("IGOUNO", "163"),
            ("IGOUNO", "100"),
        ),
    ],
)
def test_an_order_to_an_own_organ_is_the_act(coder, text, expected, absent) -> None:
    found = {(r[0], r[2]) for r in coded_readings(coder, text, DAY)}
    assert expected in found, found
    assert absent not in found, found


@pytest.mark.model
def test_an_order_to_forces_stays_a_demand(coder) -> None:
    found = coded_readings(coder, "The president ordered the army to shell the island.", DAY)
    assert any(r[2] == "100" for r in found), found
