"""Whom an act was meant for is its target: "flew bombers over South Korea in a show of force
against North Korea" is aimed at North Korea, not at the country flown over.

events/aim_phrases.meant_for_objects and word_classes.tsv @aim_noun; the lead's fifteenth
sample. Sentences written here from the shows of force of spring 2013.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_triples

DAY = dt.date(2013, 3, 28)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "The United States flew two stealth bombers over South Korea on Thursday in a show "
            "of force against North Korea.",
            ("USA", "PRK", "150"),
            ("USA", "KOR", "150"),
        ),
        (
            "Washington sent an aircraft carrier to South Korea on Monday as a warning to "
            "Pyongyang.",
            ("USAGOV", "PRKGOV", "154"),
            ("USAGOV", "KOR", "154"),
        ),
    ],
)
def test_the_act_is_aimed_at_whom_it_was_meant_for(coder, text, expected, absent) -> None:
    found = coded_triples(coder, text, DAY)
    assert expected in found, found
    assert absent not in found, found


@pytest.mark.model
def test_a_show_meant_for_no_one_keeps_its_target(coder) -> None:
    """Without a party the show is meant for, the other targets stand."""
    found = coded_triples(
        coder, "The United States flew two stealth bombers over South Korea on Thursday.", DAY
    )
    assert ("USA", "KOR", "150") in found, found
