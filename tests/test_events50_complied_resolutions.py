"""Respecting or abiding by a resolution or sanctions is complying with it (events50, verbs.tsv
respect.v+resolution and its kin).

Sentences written here. "said X would respect the Security Council resolutions" is X's
undertaking to comply (080 future, the Council as target), as "would comply with" is; a bare
"respect" of a person stays what it was.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_readings

DAY = dt.date(2008, 10, 9)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The president said Laos would respect U.N. Security Council resolutions on Iran.",
        "The president said Laos would honour the U.N. Security Council resolutions.",
    ],
)
def test_respecting_resolutions_is_complying(coder, text: str) -> None:
    found = coded_readings(coder, text, DAY)
    assert ("LAO", "IGOUNO", "080", "future") in found, found


@pytest.mark.model
def test_respecting_a_pledge_stays_an_intent(coder) -> None:
    found = coded_readings(coder, "Laos said it would respect its commitments.", DAY)
    assert any(src == "LAO" and code == "030" for src, _, code, _ in found), found
