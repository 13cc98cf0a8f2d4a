"""The doer named in a condemned act's relative clause (events51).

Sentences written here (events/relative_doers.py): "condemned the missile launch that Pyongyang
conducted": the launch is Pyongyang's (coded, named in passing) and the condemnation is aimed at
it, as "condemned Pyongyang's launch" is. A relative clause whose verb is an act of its own
("the launch that Tokyo condemned") names no doer.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_triples

DAY = dt.date(2016, 2, 8)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Australia condemned the missile launch that Pyongyang conducted on Sunday.",
            {("AUS", "PRKGOV", "111"), ("PRKGOV", "?", "150")},
        ),
        (
            "Russia condemned the nuclear test that North Korea carried out on Monday.",
            {("RUS", "PRK", "111"), ("PRK", "?", "150")},
        ),
    ],
)
def test_the_relative_clause_names_the_doer(coder, text, expected) -> None:
    found = coded_triples(coder, text, DAY)
    assert expected <= found, found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    ["Beijing defended the missile launch that Tokyo condemned on Sunday."],
)
def test_an_act_of_its_own_names_no_doer(coder, text) -> None:
    found = coded_triples(coder, text, DAY)
    assert not any(s == "JPNGOV" and code == "150" for s, _, code in found), found


@pytest.mark.model
def test_an_act_told_done_in_its_relative_clause_is_asserted(coder) -> None:
    from tests.conftest import coded_readings

    # (with "would break the promise" the noun is now the object of break.v+commitment, 128,
    # events52, and is not coded on its own: the lead's note of stop 24)
    text = "Seoul would welcome the promise that Pyongyang made only six weeks ago."
    found = coded_readings(coder, text, DAY)
    assert ("PRKGOV", "?", "030", "asserted") in found, found
