"""A wish supposed in a condition is no intent (events45, events/reported_wishes.py
``supposed_wish``, word class ``@supposing_mark``).

Sentences written here. "If Tehran wants relief from sanctions, it should stop enriching
uranium" tells what Tehran should do; the wish is the writer's supposition, not Tehran's
expressed intent (no 03x, no target taken from the wished thing). The main clause's act stays;
a wish said outright stays an intent.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_readings

DAY = dt.date(2014, 3, 20)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "If Tehran wants relief from sanctions, it should stop enriching uranium.",
        "If Caracas wants the loans from Beijing, it will have to repay them on time.",
        "Unless Khartoum wants more sanctions, it must let the peacekeepers in.",
    ],
)
def test_supposed_wish_is_no_intent(coder, text) -> None:
    found = coded_readings(coder, text, DAY)
    assert not any(r[2].startswith("03") for r in found), found


@pytest.mark.model
def test_the_main_clause_act_stays(coder) -> None:
    found = coded_readings(
        coder, "If Tehran wants relief from sanctions, it should stop enriching uranium.", DAY
    )
    assert ("IRNGOV", "?", "0873", "recommended") in found, found


@pytest.mark.model
def test_a_wish_said_outright_stays_an_intent(coder) -> None:
    found = coded_readings(coder, "Tehran wants relief from sanctions.", DAY)
    assert any(r[0] == "IRNGOV" and r[2].startswith("03") for r in found), found
