"""Acts a saying reports are coded, not only the saying (events45, lexicon rows).

Sentences written here. "an air campaign" is a campaign of air strikes (nouns.tsv
``campaign.n+air``, 195), so ending one is a halt the speaker announces, as "its air strikes"
already was. Leaving the talks, the negotiating table or the room they are held in is a walk-out
from them (verbs.tsv ``leave.v+talks``, ``leave.v+table``, ``leave.v+room``, 164); leaving a
meeting alone is no walk-out.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_readings

DAY = dt.date(1999, 6, 3)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Moscow said it would soon end its air campaign over Chechnya.",
            ("RUSGOV", "RUS", "087", "future"),
        ),
        (
            "Ankara said it had ended its drone campaign against the militants.",
            ("TURGOV", "---UAF", "087", "reported"),
        ),
    ],
)
def test_ending_an_air_campaign_is_a_halt(coder, text, expected) -> None:
    found = coded_readings(coder, text, DAY)
    assert any(r[0] == expected[0] and r[2:] == expected[2:] for r in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Serbian delegation left the talks in Rambouillet on Tuesday.",
            ("SRBGOV", "164", "asserted"),
        ),
        (
            "The Iranian envoys abruptly left the negotiating room.",
            ("IRNGOV", "164", "asserted"),
        ),
        (
            "The Syrian delegation left the meeting room, an opposition spokesman said.",
            ("SYRGOV", "164", "reported"),
        ),
        ("The Eritrean delegates left the negotiating table.", ("ERIGOV", "164", "asserted")),
    ],
)
def test_leaving_the_talks_is_a_walkout(coder, text, expected) -> None:
    found = coded_readings(coder, text, DAY)
    assert any((r[0], r[2], r[3]) == expected for r in found), found


@pytest.mark.model
def test_leaving_a_meeting_is_no_walkout(coder) -> None:
    found = coded_readings(coder, "The Nigerian president left the meeting with reporters.", DAY)
    assert not any(r[2] == "164" for r in found), found
