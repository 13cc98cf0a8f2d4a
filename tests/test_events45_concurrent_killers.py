"""A passive killing with no "by" takes its killers from the act of force it happened during
(events45, events/concurrent_killers.py, word class ``@concurrent_mark``).

Sentences written here. "The governor was killed as Taliban fighters stormed his compound":
the stormers killed him. Not when the clause is no act of force ("as he tried to flee"), nor
when its subject is the victims' own ("their unit").
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_readings

DAY = dt.date(2009, 7, 2)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The governor was killed as Taliban fighters stormed his compound.",
            ("AFGREB", "---GOV", "190"),
        ),
        ("Two soldiers were killed as rebels attacked the convoy.", ("---REB", "---MIL", "190")),
        (
            "Three policemen were shot dead when militants raided the station in Mosul.",
            ("---UAF", "---COP", "193"),
        ),
    ],
)
def test_killers_come_from_the_concurrent_clause(coder, text, expected) -> None:
    found = coded_readings(coder, text, DAY)
    assert any(r[:3] == expected for r in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The mayor was killed as he tried to flee the city.",
        "Two soldiers were killed as their unit attacked the rebels.",
    ],
)
def test_no_killer_from_another_clause(coder, text) -> None:
    found = coded_readings(coder, text, DAY)
    killings = [r for r in found if r[2] == "190" and r[1] in ("---GOV", "---MIL")]
    assert killings and all(r[0] == "?" for r in killings), found


@pytest.mark.model
def test_a_captured_hometown_is_territory_taken(coder) -> None:
    """verbs.tsv *.v+territory: a hometown or a stronghold captured is territory (192), so the
    capture is an act of force whose doers killed."""
    found = coded_readings(
        coder, "The colonel was killed as rebel fighters captured his hometown.", DAY
    )
    assert any(r[0] == "---REB" and r[2] == "192" for r in found), found
    assert any(r[0] == "---REB" and r[2] == "190" for r in found), found
