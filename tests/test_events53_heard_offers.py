"""An offer heard "from" a party is that party's offer to the hearer (events53).

Sentences written here (data/lexicon/verbs.tsv hear.v+offer.light): "Washington had not heard such
an offer from Tehran" made the hearer the offerer (USAGOV 030 negated); the party the offer is
heard from offers it to the hearer, as with "received an offer from". Hearing other things
("the news") codes nothing.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_readings

DAY = dt.date(2011, 8, 24)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "She said Washington had not heard such an offer directly from Tehran.",
            ("IRNGOV", "USAGOV", "030", "negated"),
            ("USAGOV", "?", "030", "negated"),
        ),
        (
            "Washington has heard a proposal from Moscow on the talks.",
            ("RUSGOV", "USAGOV", "020", "reported"),
            ("USAGOV", "?", "020", "reported"),
        ),
    ],
)
def test_the_party_heard_from_makes_the_offer(coder, text, expected, absent) -> None:
    found = coded_readings(coder, text, DAY)
    assert expected in found, found
    assert absent not in found, found


@pytest.mark.model
def test_hearing_the_news_is_no_event(coder) -> None:
    assert not coded_readings(coder, "Washington has heard the news from Moscow.", DAY)
