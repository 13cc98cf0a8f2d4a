"""Staff leaving a place of another country is their state's withdrawal, 166 (events41).

Sentences written here (events/staff_departures.py, verbs.tsv leave.v+site*): managers,
diplomats, engineers or inspectors of one state leaving a site or city of another is 166 (1662
for inspectors) toward that country; a visitor or a leader leaving a capital, or a country's
own workers leaving their own city, is no withdrawal.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_triples

DAY = dt.date(2006, 7, 20)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The remaining Canadian diplomats left the embassy in Beirut.", ("CANGOV", "LBN", "166")),
        ("Japanese engineers departed from the plant in Dalian.", ("JPN", "CHN", "166")),
        ("IAEA inspectors left Iran on Friday.", ("IGOUNOIAE", "IRN", "1662")),
    ],
)
def test_staff_leaving_another_country_are_withdrawn(coder, text, expected) -> None:
    assert expected in coded_triples(coder, text, DAY)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Condoleezza Rice left Beijing for Tokyo on Friday.",
        "The Chinese workers left Shanghai for their home villages.",
        "The Canadian diplomats left the embassy in Ottawa.",
    ],
)
def test_a_trip_or_going_home_is_no_withdrawal(coder, text) -> None:
    found = coded_triples(coder, text, DAY)
    assert not any(code.startswith("166") for _, _, code in found), found
