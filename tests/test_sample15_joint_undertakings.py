"""A joint economic undertaking of two states is economic cooperation between them (061), both
ways: "China and North Korea launched the joint development of two economic zones".

nouns.tsv development.n+joint, project.n+joint (sym); a light verb's act is symmetric when its
complement's is (events/extract.py); a place of one of the two parties is no third party
(events/event_pairs.actor_pairs). The lead's fifteenth sample. Sentences written here from the
Rason and Hwanggumpyong zones of 2010-2012.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_triples

DAY = dt.date(2011, 6, 8)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "China and North Korea on Wednesday launched the joint development of two islands "
            "in the Yalu River.",
            "CHN",
            "PRK",
        ),
        (
            "Beijing and Pyongyang began the joint development of the Rason zone.",
            "CHNGOV",
            "PRKGOV",
        ),
        ("China and North Korea started a joint mining project in Musan on Monday.", "CHN", "PRK"),
    ],
)
def test_a_joint_undertaking_is_cooperation_both_ways(coder, text, a, b) -> None:
    found = coded_triples(coder, text, DAY)
    assert (a, b, "061") in found, found
    assert (b, a, "061") in found, found
    assert not any(s == t for s, t, _ in found), found


@pytest.mark.model
def test_a_place_of_a_third_country_stays_a_target(coder) -> None:
    """Only a place of one of the two parties is dropped: talks on a third country keep it out
    of the pair and the pair both ways."""
    found = coded_triples(coder, "South Korea and Japan held talks on North Korea.", DAY)
    assert ("KOR", "JPN", "046") in found and ("JPN", "KOR", "046") in found, found
