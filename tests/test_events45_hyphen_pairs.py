"""A hyphenated pair of names before an event noun names two doers, also when the second is
a name of two words (events45, events/dependency_roles.py ``hyphen_partners``).

Sentences written here. "U.S.-South Korean naval drills": the tokenizer keeps "U.S.-South"
whole and hangs it on "Korean"; "Indian-Sri Lankan exercises": the hyphen stands between
"Indian" and the two-word "Sri Lankan". Both halves are doers. "U.S.-led" is no pair.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_readings

DAY = dt.date(2016, 3, 8)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "doers"),
    [
        ("The U.S.-South Korean naval drills continued off Busan.", {"USA", "KOR"}),
        ("The Indian-Sri Lankan naval exercises ended on Friday.", {"IND", "LKA"}),
        ("The U.S.-Japanese naval exercises continued off Okinawa.", {"USA", "JPN"}),
    ],
)
def test_both_halves_of_a_hyphenated_pair_drill(coder, text, doers) -> None:
    found = coded_readings(coder, text, DAY)
    assert {r[0] for r in found if r[2] == "150"} == doers, found


@pytest.mark.model
def test_led_is_no_pair(coder) -> None:
    found = coded_readings(coder, "The Saudi-led coalition airstrikes killed ten people.", DAY)
    assert all(r[0] in ("SAU", "?") for r in found), found
