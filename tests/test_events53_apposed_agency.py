"""A country-less agent noun directly followed by a name is that name (events53).

Sentences written here (events/titled_names.py, :func:`name_after_title`): "told the state news
agency IRNA that ..." tells IRNA (IRNGOV), not a country-less state agency (---GOV), and one
row, not one for the noun and one for the name. A name that is the subject of a clause of its
own ("told the agency Iran had stopped ...") is no apposition.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_triples

DAY = dt.date(2015, 3, 2)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Iranian spokesman told the state news agency IRNA that the deal was a trick.",
            {("IRNGOV", "IRNGOV", "010")},
        ),
        (
            "A Syrian Foreign Ministry spokesman told the state news agency SANA that the "
            "disarmament deal was a trick.",
            {("SYRGOV", "SYRGOV", "010")},
        ),
        (
            "The Chinese minister told the news agency Xinhua that the talks had failed.",
            {("CHNGOV", "CHNGOV", "010")},
        ),
    ],
)
def test_the_named_agency_is_the_hearer(coder, text, expected) -> None:
    found = coded_triples(coder, text, DAY)
    assert found == expected, found


@pytest.mark.model
def test_a_name_with_a_clause_of_its_own_is_no_apposition(coder) -> None:
    found = coded_triples(coder, "The minister told the agency Iran had stopped enrichment.", DAY)
    assert ("IRN", "?", "0873") in found, found
    assert not any(code == "010" and t == "IRN" for _, t, code in found), found
