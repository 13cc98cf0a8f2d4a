"""A relative pronoun object stands for its clause's head noun, the act's target or its owner.

events/dependency_roles.echoed_object; the lead's seventeenth sample, where "North Korea said it
would not react to the South's live-fire drill, which it called a reckless military provocation"
coded the criticism (111) with no target: "which" was the object, not the South's drill. As
"two Britons who were arrested" does for a passive. Sentences written here from the Yeonpyeong
drills of December 2010 and the American detainees of 2013.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_readings

DAY = dt.date(2013, 5, 2)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea said it would not react to the South's artillery drill, which it "
            "called a reckless provocation.",
            ("KORMIL", "111"),
        ),
        (
            "North Korea freed the American whom its supreme court had sentenced to 15 years "
            "of hard labour.",
            ("USA", "173"),
        ),
    ],
)
def test_a_relative_object_is_its_clauses_head(coder, text, expected) -> None:
    # the target and code only: who "it" is is another rule's business
    found = coded_readings(coder, text, DAY)
    assert expected in {(target, code) for _, target, code, _ in found}, found
