"""A permission in the passive is the act of the state that grants it (events45,
events/granted_permissions.py, word class ``@permission_verb``).

Sentences written here. "Pyongyang will allow Chinese firms to invest" is PRKGOV -> CHNBUS 061
by the house convention for letting; "Chinese firms will be allowed to invest in North Korea"
is the same permission with its giver unnamed: the state of the place lets (PRK -> CHNBUS),
not the firms investing in North Korea. With an agent, or with no place, nothing is guessed.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_readings

DAY = dt.date(2011, 6, 9)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chinese firms will be allowed to invest in North Korea.",
            ("PRK", "CHNBUS", "061", "future"),
        ),
        (
            "American firms will be permitted to invest in Vietnam.",
            ("VNM", "USABUS", "061", "future"),
        ),
        (
            "Foreign banks will be allowed to open branches in Havana.",
            ("CUB", "---BUS", "080", "future"),
        ),
    ],
)
def test_passive_permission_is_the_hosts(coder, text, expected) -> None:
    found = coded_readings(coder, text, DAY)
    assert expected in found, found
    assert not any(r[1] == expected[0] and r[0] == expected[1] for r in found), found


@pytest.mark.model
def test_active_permission_unchanged(coder) -> None:
    found = coded_readings(coder, "Pyongyang will allow Chinese firms to invest in Rason.", DAY)
    assert any(r[:3] == ("PRKGOV", "CHNBUS", "061") for r in found), found
