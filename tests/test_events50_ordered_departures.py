"""An order to people of another side to leave is their expulsion, not a demand (events50,
verbs.tsv order.v+leave, events/own_people.py).

Sentences written here. "ordered the workers to leave" is 174 as "expelled the workers" is;
inspectors so ordered are 1662, diplomats stay 166; one's own nationals ordered out of a foreign
country are evacuated, no expulsion, and the order stays the demand it was (100).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_triples

DAY = dt.date(2015, 8, 24)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Venezuela ordered the remaining Colombian workers to leave the border town within "
            "48 hours.",
            ("VEN", "COLLAB", "174"),
        ),
        ("Iraq ordered the U.N. inspectors to leave the country.", ("IRQ", "IGOUNO", "1662")),
        (
            "Venezuela ordered two Colombian diplomats to leave the country.",
            ("VEN", "COLGOV", "166"),
        ),
    ],
)
def test_an_order_to_leave_is_an_expulsion(coder, text: str, row: tuple[str, str, str]) -> None:
    found = coded_triples(coder, text, DAY)
    assert row in found, found


@pytest.mark.model
def test_own_nationals_ordered_out_are_no_expulsion(coder) -> None:
    found = coded_triples(coder, "Britain ordered its nationals to leave Libya.", DAY)
    assert not any(code.startswith("17") for _, _, code in found), found
    assert ("GBR", "LBY", "100") in found, found


@pytest.mark.model
def test_an_order_to_own_troops_stays_a_demand(coder) -> None:
    found = coded_triples(coder, "The army ordered the troops to leave the border area.", DAY)
    assert not any(code.startswith("17") for _, _, code in found), found
