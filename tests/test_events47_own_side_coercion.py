"""A protest of coercion done to the protester's own side is aimed at its doer (events47,
events/condemned_attacks.py, word class ``@own_side_harm_code``).

Sentences written here. events45 aimed a disapproval of an act of force at the act's doer; a
seizure, arrest or detention (17x) of one's own boats, fishermen or citizens is read the same
way, also through a purpose infinitive ("summoned the envoy to protest ..."), while the summons
itself stays aimed at the named envoy's state. Coercion of another country's people keeps its
reading.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_readings

DAY = dt.date(2012, 7, 3)


def _disapprovals(found: set) -> set:
    return {(r[0], r[1]) for r in found if r[2].startswith("11")}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vietnam protested the seizure of its fishing boats by Chinese ships.", {("VNM", "CHN")}),
        ("Vietnam protested the seizure of its fishing boats.", {("VNM", "?")}),
        (
            "Peru summoned the Chilean ambassador to protest the arrest of its fishermen.",
            {("PER", "CHLGOV"), ("PER", "?")},
        ),
    ],
)
def test_a_protest_of_own_side_coercion_is_not_aimed_at_the_victim(coder, text, expected) -> None:
    assert _disapprovals(coded_readings(coder, text, DAY)) == expected


@pytest.mark.model
def test_coercion_of_another_countrys_people_keeps_its_reading(coder) -> None:
    found = coded_readings(
        coder, "The United States condemned the arrest of Russian activists.", DAY
    )
    assert _disapprovals(found) == {("USA", "RUSOPP")}
