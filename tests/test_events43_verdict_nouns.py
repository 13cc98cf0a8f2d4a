"""A verdict noun and what one will not tolerate are no acts of their own (events43).

Sentences written here (events/verdict_nouns.py, word class @tolerance): "called the launch a
grave threat to his country" is criticism (111) with no threat aimed at the country; "would not
tolerate incursions by Chinese vessels" is no negated Chinese incursion; provocations one has
tolerated happened, and stay.
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
            "Australia's prime minister called the launch a grave threat to his country's "
            "security.",
            ("AUSGOV", "?", "111"),
            ("?", "AUS", "130"),
        ),
        (
            "Manila told Beijing that the Philippines would not tolerate incursions by Chinese "
            "vessels.",
            ("PHLGOV", "CHNGOV", "010"),
            ("CHN", "?", "190"),
        ),
        (
            "Vietnam will tolerate no provocations by China, its president said.",
            ("VNMGOV", "?", "010"),
            ("CHN", "?", "190"),
        ),
    ],
)
def test_verdict_and_untolerated_nouns_are_no_acts(coder, text, expected, absent) -> None:
    assert_coded(coded_triples(coder, text, DAY), expected, absent)


@pytest.mark.model
def test_tolerated_provocations_stay(coder) -> None:
    found = coded_triples(coder, "Hanoi had tolerated provocations by China for years.", DAY)
    assert ("CHN", "?", "190") in found, found
