"""Joint drills a force came for are its act with the drills' partner (events44,
events/purpose_drills.py, word class @journey).

Sentences written here. The drills keep the house code of joint drills (062, as "held joint
drills with X"); reaching a sea is no visit to the partner, while an arrival in a port of the
partner's country stays a visit beside the drills, and the drills then read their partner from
the "with" phrase on the verb themselves (mend21b).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import assert_coded, coded_triples

DAY = dt.date(2012, 5, 10)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "The frigate HMS Argyll arrived in the South China Sea for joint exercises with the "
            "Japanese navy.",
            ("GBRMIL", "JPNMIL", "062"),
            ("GBRMIL", "JPNMIL", "042"),
        ),
        (
            "The destroyer USS Cole arrived in the Arabian Sea for joint drills with the Indian "
            "navy.",
            ("USAMIL", "INDMIL", "062"),
            ("USAMIL", "INDMIL", "042"),
        ),
        (
            "Indian warships arrived in Manila for joint exercises with the Philippine navy.",
            ("INDMIL", "PHLMIL", "062"),
            ("?", "PHLMIL", "062"),
        ),
        (
            "Indian warships arrived in Manila for joint exercises with the Philippine navy.",
            ("INDMIL", "PHL", "042"),
            None,
        ),
    ],
)
def test_drills_take_the_arrival_doer_and_partner(coder, text, expected, absent) -> None:
    assert_coded(coded_triples(coder, text, DAY), expected, absent)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "also"),
    [
        (
            "A Chinese destroyer arrived in Busan for joint drills with the South Korean navy.",
            ("CHNMIL", "KORMIL", "062"),
            ("CHNMIL", "KOR", "042"),
        ),
        (
            "Two Indian frigates arrived in Yokosuka for joint drills with the Japanese navy.",
            ("INDMIL", "JPNMIL", "062"),
            ("INDMIL", "JPN", "042"),
        ),
    ],
)
def test_drills_beside_a_port_visit_keep_their_partner(coder, text, expected, also) -> None:
    found = coded_triples(coder, text, DAY)
    assert expected in found, found
    assert also in found, found
    assert (expected[0], "?", "062") not in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "talks", "visit"),
    [
        # talks travelled for are the traveller's (the lead's fourteenth sample, 2026-12-02)
        (
            "U.S. envoy Glyn Davies arrived in Beijing on Wednesday for talks with North Korean "
            "officials.",
            ("USAGOV", "PRKGOV", "046"),
            ("USAGOV", "CHN", "042"),
        ),
        (
            "Kim Kye Gwan flew to New York for talks with U.S. officials.",
            ("PRKGOV", "USAGOV", "046"),
            ("PRKGOV", "USA", "042"),
        ),
    ],
)
def test_talks_travelled_for_are_the_travellers(coder, text, talks, visit) -> None:
    found = coded_triples(coder, text, DAY)
    assert talks in found, found
    assert visit in found, found
    assert ("?", talks[1], "046") not in found, found
