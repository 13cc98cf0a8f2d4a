"""A "visiting" guest received by a host visits the host, 042 (events39).

Sentences written here (events/visiting_guests.py).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import assert_coded, coded_triples

DAY = dt.date(2009, 4, 2)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Iran showed a visiting Russian engineer its new reactor.",
            ("RUS", "IRN", "042"),
            None,
        ),
        (
            "Kim Jong Il received a visiting Chinese delegation in Pyongyang.",
            ("CHNGOV", "PRKGOV", "042"),
            None,
        ),
        (
            "Pyongyang showed a visiting North Korean official the plant.",
            ("PRKGOV", "PRKGOV", "042"),
            ("PRK", "PRKGOV", "042"),
        ),
    ],
)
def test_the_guest_visits_the_host(coder, text, expected, absent) -> None:
    found = coded_triples(coder, text, DAY)
    if expected[0] == expected[1]:
        assert not any(code == "042" for _, _, code in found), found
        return
    assert_coded(found, expected, absent)


@pytest.mark.model
def test_a_guest_with_no_host_is_no_visit(coder) -> None:
    found = coded_triples(coder, "A visiting Chinese delegation said trade would grow.", DAY)
    assert not any(code == "042" for _, _, code in found), found


@pytest.mark.model
def test_a_refused_meeting_tells_no_visit(coder) -> None:
    found = coded_triples(
        coder, "The Thai premier refused to meet Cambodia's visiting minister.", DAY
    )
    assert not any(code == "042" for _, _, code in found), found
