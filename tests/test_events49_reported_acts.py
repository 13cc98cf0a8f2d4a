"""Reported acts kept under their saying, for wordings whose paraphrase was already coded
(events49, verbs.tsv rows exercise.v+self_defence, work.v_for+sanction,
prepared.a_for+deliberation).

Sentences written here. "would exercise its right of self-defence if X ..." is a conditional
threat like "would retaliate if"; "would work for tougher sanctions" seeks them like "push for";
"was prepared for talks with X" is readiness to meet, like "was prepared to meet".
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_readings

DAY = dt.date(2010, 5, 25)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lee said South Korea would exercise its right of self-defence if North Korea "
            "attacked its ships again.",
            ("KOR", "PRK", "138", "asserted"),
        ),
        (
            "Seoul will exercise its right of self-defense.",
            ("KORGOV", "?", "190", "future"),
        ),
        (
            "Officials said Washington would work for tougher sanctions against North Korea.",
            ("USAGOV", "PRK", "020", "future"),
        ),
        (
            "Carter said Kim Jong Il was prepared for talks with Lee Myung-bak.",
            ("PRKGOV", "KORGOV", "036", "reported"),
        ),
    ],
)
def test_the_reported_act_is_coded(coder, text, expected) -> None:
    found = coded_readings(coder, text, DAY)
    assert expected in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "He works for a bank in Seoul.",  # no measure sought
        "The statement was prepared for the summit.",  # a text prepared, no intent
        "Citizens will exercise their right to vote.",
    ],
)
def test_look_alikes_code_nothing(coder, text) -> None:
    found = coded_readings(coder, text, DAY)
    assert not any(r[2][:2] in ("02", "03", "19") for r in found), found
