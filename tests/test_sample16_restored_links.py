"""Restoring a cut link of contact (a hotline, a liaison or Red Cross line, a channel) is
diplomatic cooperation (050): the undoing of cutting it (cut.v+link_line, 160).

verbs.tsv restore/reopen/reconnect/reestablish.v+hotline and +link_line; the lead's sixteenth
sample, where "North Korea restored the Red Cross hotline at Panmunjom" coded nothing.
PETRARCH2 codes RESTORE / REESTABLISH RELATIONS, TIES as 050. A reopened border crossing stays
reopen.v+border (086). Sentences written here from the hotline cuts and restorations of 2013.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_triples

DAY = dt.date(2013, 6, 7)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea restored the military hotline with South Korea on Friday.",
            ("PRK", "KOR", "050"),
        ),
        (
            "North Korea on Friday reopened the liaison line with South Korea at Panmunjom.",
            ("PRK", "KOR", "050"),
        ),
        (
            "Pyongyang reconnected the communication channel with Seoul on Wednesday.",
            ("PRKGOV", "KORGOV", "050"),
        ),
        (
            "North Korea restored the Red Cross telephone line at Panmunjom on Friday.",
            ("PRK", "?", "050"),
        ),
    ],
)
def test_a_restored_link_is_diplomatic_cooperation(coder, text, expected) -> None:
    found = coded_triples(coder, text, DAY)
    assert expected in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "North Korean troops restored their supply lines near the border on Friday.",
        "Japanese troops restored communications in the tsunami-hit town on Monday.",
    ],
)
def test_a_restored_supply_line_or_utility_is_no_cooperation(coder, text) -> None:
    found = coded_triples(coder, text, DAY)
    assert not any(c == "050" for _, _, c in found), found
