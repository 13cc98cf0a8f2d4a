"""A thing said to be "justified", with no one named justifying it, is judged, not defended by
anyone (events52, verbs.tsv flag judged, events/own_measures.judged_state): no sourceless 052.
Sentences written here."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_readings

DAY = dt.date(2011, 3, 22)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The spokesman said the strikes on Serbia proved that Iran's missile deterrent was"
        " justified.",
        "Havana said the sanctions on Cuba were never justified.",
    ],
)
def test_a_thing_judged_justified_is_no_defence(coder, text: str) -> None:
    found = coded_readings(coder, text, DAY)
    assert not any(code == "052" for _, _, code, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Iran justified its missile tests.",
        "The tests were justified by Iran as self-defence.",
    ],
)
def test_someone_justifying_still_defends(coder, text: str) -> None:
    found = coded_readings(coder, text, DAY)
    assert any(code == "052" and src == "IRN" for src, _, code, _ in found), found
