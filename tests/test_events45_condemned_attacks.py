"""A condemnation of an attack is aimed at its doer, never at its victim (events45,
events/condemned_attacks.py).

Sentences written here. The victim of the condemned act (a place, an embassy, one's own ship)
is no longer the target of the 11x; the attack's named doer is, and with none named the target
stays empty. A target named outside the attack ("condemned Moscow for ...") is kept.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_readings

DAY = dt.date(2008, 8, 12)


def _disapprovals(found: set) -> set:
    return {(r[0], r[1]) for r in found if r[2].startswith("11")}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain condemned the shelling of Kharkiv.", {("GBR", "?")}),
        ("India condemned the attack on its embassy in Kabul.", {("IND", "?")}),
        (
            "The two ministers condemned the bombing of the Pakistani consulate.",
            {("---GOV", "?")},
        ),
        ("Hanoi protested over the sinking of its trawler.", {("VNMGOV", "?")}),
        ("Britain condemned Russia's shelling of Gori.", {("GBR", "RUS")}),
    ],
)
def test_condemnation_is_not_aimed_at_the_victim(coder, text, expected) -> None:
    assert _disapprovals(coded_readings(coder, text, DAY)) == expected


@pytest.mark.model
def test_named_target_outside_the_attack_is_kept(coder) -> None:
    found = coded_readings(coder, "France condemned Moscow for the shelling of Gori.", DAY)
    assert _disapprovals(found) == {("FRA", "RUSGOV")}


@pytest.mark.model
def test_the_attack_keeps_its_victim(coder) -> None:
    found = coded_readings(coder, "Britain condemned the shelling of Kharkiv.", DAY)
    assert ("?", "UKR", "194", "asserted") in found, found
