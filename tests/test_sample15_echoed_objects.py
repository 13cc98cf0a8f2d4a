"""An object pronoun in a clause hung on (or joined to) a verb with an object of its own stands
for that object: "blacklisted eight North Korean entities, accusing them of ..." accuses the
entities.

dependency_roles.echoed_object (them, him, her), read for direct objects and for the doer of an
"of"/"for" gerund; the lead's fifteenth sample, where the Treasury's accusation had no target.
Sentences written here from the sanctions and spy cases of 2010-2013.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_triples

DAY = dt.date(2010, 8, 30)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan expelled two North Korean diplomats on Monday, accusing them of spying.",
            ("JPN", "PRKGOV", "112"),
        ),
        (
            "The Treasury blacklisted eight North Korean entities on Monday, accusing them of "
            "illicit trade.",
            ("USAGOV", "PRK", "112"),
        ),
        (
            "South Korea arrested two North Korean agents on Monday and charged them with "
            "espionage.",
            ("KOR", "PRK", "173"),
        ),
        # the pronoun as the doer of the gerund the accusation names
        (
            "South Korea arrested two North Korean agents and accused them of plotting to kill "
            "a defector.",
            ("PRK", "---REF", "180"),
        ),
    ],
)
def test_the_pronoun_is_the_earlier_object(coder, text, expected) -> None:
    found = coded_triples(coder, text, DAY)
    assert expected in found, found


@pytest.mark.model
def test_a_pronoun_of_the_main_clause_is_left_alone(coder) -> None:
    """No verb above with an object: the pronoun is not redirected."""
    found = coded_triples(coder, "South Korea accused them of spying on Monday.", DAY)
    assert not any(t.startswith("PRK") for _, t, _ in found), found
