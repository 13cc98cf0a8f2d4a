"""A war called by its name ("the Korean War") is a past war named, not an act of force.

events/named_wars.py and word_classes.tsv @named_war; the lead's fifteenth sample, where "the
1950-53 Korean War" beside "the Mount Kumgang resort" was coded as an attack on North Korea.
Sentences written here from the family reunions and anniversaries of 2010-2013.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_triples

DAY = dt.date(2013, 8, 23)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The two Koreas agreed to hold reunions of families separated by the 1950-53 Korean "
        "War at the Mount Kumgang resort next month.",
        "Relatives separated by the Korean War met at the Mount Kumgang resort in North Korea "
        "on Tuesday.",
    ],
)
def test_a_named_war_is_no_attack(coder, text) -> None:
    found = coded_triples(coder, text, DAY)
    assert not any(c.startswith("19") for _, _, c in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a war threatened, named without "the", and a title-case headline keep their reading
        ("North Korea warned of a second Korean War on Friday.", ("PRK", "?", "138")),
        ("North Korea Threatens War Against South Korea", ("PRK", "KOR", "138")),
        ("North Korea threatened war against South Korea on Friday.", ("PRK", "KOR", "138")),
    ],
)
def test_a_war_threatened_is_still_read(coder, text, expected) -> None:
    found = coded_triples(coder, text, DAY)
    assert expected in found, found
