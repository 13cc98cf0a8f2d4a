"""Reducing a target to ashes or turning it into a sea of fire is destroying it (190).

verbs.tsv reduce.v+ashes, turn.v+sea_of_fire; the lead's seventeenth sample, where North Korea's
vow "to reduce Lee Myung-bak's government to ashes" coded only the vow (030). Vowed or threatened,
the destruction is a threat of force (138). Sentences written here from North Korean threats of
2012-2013.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_readings

DAY = dt.date(2013, 3, 6)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea's army vowed to reduce the South Korean presidential office to ashes.",
            ("PRKMIL", "KORGOV", "138", "asserted"),
        ),
        (
            "North Korea threatened to turn Seoul into a sea of fire.",
            ("PRK", "KORGOV", "138", "asserted"),
        ),
    ],
)
def test_destruction_wording_vowed_is_a_threat_of_force(coder, text, expected) -> None:
    found = coded_readings(coder, text, DAY)
    assert expected in found, found
