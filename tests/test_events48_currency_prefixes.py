"""A country written before a currency sign is no party to the event (events48).

Sentences written here (events/actor_phrases.py ActorIndex.at): in "stole US $20 million" the
small parser reads "US" as a noun of its own, and the theft (or aid "sent US $5 million") was aimed
at the United States. A country name right before "$" names the dollar, not an actor.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import assert_coded, coded_readings

DAY = dt.date(2004, 6, 2)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Peru sent US $5 million in aid to Haiti.",
            ("PER", "HTI", "071", "asserted"),
            ("PER", "USA", "071", "asserted"),
        ),
        (
            "The Peruvian minister stole US $20 million, Chilean officials said.",
            ("PERGOV", "?", "171", "reported"),
            ("PERGOV", "USA", "171", "reported"),
        ),
        (  # the country itself is still one
            "Chilean officials accused the United States of stealing the money.",
            ("CHLGOV", "USA", "1121", "asserted"),
            None,
        ),
    ],
)
def test_a_currency_prefix_is_no_actor(coder, text, expected, absent) -> None:
    assert_coded(coded_readings(coder, text, DAY), expected, absent)
