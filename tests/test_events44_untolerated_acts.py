"""Not tolerating another's provocations is a warning aimed at their doer (events44,
events/untolerated_acts.py, verbs.tsv tolerate.v+provocation).

Sentences written here. As "will respond to any provocation from X" (130): the refusal is a
warning, asserted, from the speaker to the doer the provocations are told of; the provocations
are no act of their own (events43), and provocations once tolerated are no warning.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_readings

DAY = dt.date(2012, 5, 10)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tokyo will not tolerate any provocation from Beijing.",
            ("JPNGOV", "CHNGOV", "130", "asserted"),
        ),
        (
            "Abe told Modi that Japan would not tolerate provocations by China.",
            ("JPN", "CHN", "130", "asserted"),
        ),
        (
            "Manila will tolerate no incursions by Chinese vessels.",
            ("PHLGOV", "CHN", "130", "asserted"),
        ),
        (
            "Hanoi said it would never condone attacks by Chinese ships.",
            ("VNMGOV", "CHN", "130", "asserted"),
        ),
    ],
)
def test_refusal_to_tolerate_is_a_warning(coder, text, expected) -> None:
    found = coded_readings(coder, text, DAY)
    assert expected in found, found
    assert not any(r[2].startswith("19") for r in found), found


@pytest.mark.model
def test_tolerated_provocations_are_no_warning(coder) -> None:
    found = coded_readings(coder, "Seoul had tolerated the North's provocations for years.", DAY)
    assert not any(r[2] == "130" for r in found), found


@pytest.mark.model
def test_tolerated_provocations_stay_the_doers_act(coder) -> None:
    found = coded_readings(coder, "Seoul had tolerated the North's provocations for years.", DAY)
    assert any(r[0] == "PRK" and r[2].startswith("19") for r in found), found
