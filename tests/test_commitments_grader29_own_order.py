"""An order given to one's own government ("ordered a freeze of Syrian government assets",
"ordered troops to the border") is the orderer's own act or measure, no demand of the country
named inside it; an order to another state stays a demand (grader29, issue 4). Sentences of
our own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_commitments_grader import _graded

pytestmark = pytest.mark.model

DAY = dt.date(2015, 6, 2)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Obama ordered a freeze of Syrian government assets.", "SYR"),
        ("Putin ordered troops to the Ukrainian border.", "UKR"),
        ("Abe ordered a review of fishing rules for Russian waters.", "RUS"),
    ],
)
def test_an_own_order_is_no_demand_of_the_country_named(text, named):
    graded = _graded(text, DAY)
    assert not [c for c in graded if c.kind == "demand" and (c.promisee or "")[:3] == named], graded


def test_an_order_to_another_state_stays_a_demand():
    graded = _graded("The Security Council ordered Iraq to destroy its missiles.", DAY)
    assert any(c.kind == "demand" and (c.promisee or "")[:3] == "IRQ" for c in graded), graded
