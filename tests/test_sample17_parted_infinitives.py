"""A vow or threat parted from its "to" infinitive by a phrase still governs it.

events/parted_infinitives.py; the lead's seventeenth sample, where "North Korea's military vowed
on Monday to reduce Lee Myung-bak's government to ashes" was parsed with the infinitive as an
adverbial clause: the vow coded as a plain intent (030) and, with destroy.v, the destruction as
an act done. A verb with an object of its own keeps its infinitive as a purpose. Sentences
written here from North Korean threats of 2012-2013.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_readings

DAY = dt.date(2012, 4, 23)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "North Korea's military vowed on Monday to destroy Lee Myung-bak's government.",
            ("PRKMIL", "KORGOV", "138", "asserted"),
            ("PRKMIL", "KORGOV", "190", "asserted"),
        ),
        (
            "North Korea's army threatened on Monday to shell South Korean islands near the "
            "border.",
            ("PRKMIL", "KOR", "1384", "asserted"),
            ("PRKMIL", "KOR", "194", "asserted"),
        ),
    ],
)
def test_an_infinitive_parted_from_a_vow_is_what_is_vowed(coder, text, expected, absent) -> None:
    found = coded_readings(coder, text, DAY)
    assert expected in found, found
    assert absent not in found, found
