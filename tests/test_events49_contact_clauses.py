"""A relative clause with no relative word acts on its head noun (events49,
events/contact_clauses.py).

Sentences written here. "an American the North had jailed" was read with "American" as the
jailer (the parser's subject) and the North as its apposition; an apposition with no comma that
opens with its own determiner is the clause's subject, and the head is what the act is done to.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_readings

DAY = dt.date(2010, 8, 28)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Carter flew home from Pyongyang with Gomes, an American the North had imprisoned.",
            ("PRK", "USA", "173"),
            ("USA", "?", "173"),
        ),
    ],
)
def test_the_head_noun_is_acted_on(coder, text, expected, absent) -> None:
    found = {r[:3] for r in coded_readings(coder, text, DAY)}
    assert expected in found, found
    assert absent not in found, found


@pytest.mark.model
def test_a_clause_with_a_relative_word_keeps_its_reading(coder) -> None:
    found = {
        r[:3]
        for r in coded_readings(coder, "The envoy met an official who had condemned the test.", DAY)
    }
    assert ("---GOV", "?", "111") in found, found
