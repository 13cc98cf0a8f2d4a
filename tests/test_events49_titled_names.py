"""A plural title before coordinated names stands for the named persons (events49,
events/titled_names.py).

Sentences written here.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_readings

DAY = dt.date(2011, 1, 20)


@pytest.mark.model
def test_the_named_presidents_are_the_sources(coder) -> None:
    found = coded_readings(
        coder,
        "Presidents Barack Obama and Hu Jintao voiced concern on Thursday about North "
        "Korea's nuclear program.",
        DAY,
    )
    sources = {r[0] for r in found if r[2].startswith("01")}
    assert sources == {"USAGOV", "CHNGOV"}, found


@pytest.mark.model
def test_a_plural_agent_with_no_names_keeps_its_sector(coder) -> None:
    found = coded_readings(coder, "Officials voiced concern about North Korea's program.", DAY)
    assert any(r[0] == "---GOV" for r in found), found
