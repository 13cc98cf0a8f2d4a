"""Breaking a pledge, a commitment or a deal is violating it (128), as breaching an agreement is
(events52, verbs.tsv *.v+commitment). Sentences written here."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_readings

DAY = dt.date(2019, 7, 8)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Iran broke its pledge when it enriched uranium, a spokesman told reporters.", "IRN"),
        ("Iran breached its commitments under the deal.", "IRN"),
        ("Moscow broke its promise to the Baltic states.", "RUS"),
    ],
)
def test_a_broken_pledge_is_a_violation(coder, text: str, source: str) -> None:
    found = coded_readings(coder, text, DAY)
    assert any(code == "128" and src[:3] == source for src, _, code, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Syria broke the ceasefire.", "196"),
        ("Cuba broke off talks with the United States.", "164"),
    ],
)
def test_other_breaks_keep_their_codes(coder, text: str, code: str) -> None:
    found = coded_readings(coder, text, DAY)
    assert any(c == code for _, _, c, _ in found), found
