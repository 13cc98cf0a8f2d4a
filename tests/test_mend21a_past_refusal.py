"""Only a refusal to bear acts said of now or ahead is a warning (mend21a, verdict_nouns.py,
untolerated_acts.py).

Sentences written here. "will/would/cannot not tolerate", "does not tolerate" warn the doer
(130); "did not tolerate ... last year", "had not tolerated" tell history: no warning, and the
provocations stay their doer's act. A "no" on the subject ("No minister had tolerated") refuses
nothing: only the object's "no" does ("will tolerate no provocation").
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_readings

DAY = dt.date(2012, 5, 10)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Seoul did not tolerate the North's provocations last year, the minister recalled.",
        "Tokyo had not tolerated Beijing's incursions in the past, an aide said.",
        "No minister had tolerated the North's provocations, Seoul said.",
        "No government ever tolerated the North's provocations.",
    ],
)
def test_past_or_subject_refusal_is_no_warning(coder, text) -> None:
    found = coded_readings(coder, text, DAY)
    assert not any(r[2] == "130" for r in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Seoul did not tolerate the North's provocations last year, the minister recalled.",
            "PRK",
        ),
        ("Tokyo had not tolerated Beijing's incursions in the past, an aide said.", "CHN"),
    ],
)
def test_past_refused_acts_stay_the_doers(coder, text, doer) -> None:
    found = coded_readings(coder, text, DAY)
    assert any(r[0].startswith(doer) and r[2].startswith("19") for r in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan does not tolerate provocations by China.", ("JPN", "CHN", "130", "asserted")),
        (
            "Seoul cannot tolerate the North's provocations.",
            ("KORGOV", "PRK", "130", "asserted"),
        ),
    ],
)
def test_present_or_modal_refusal_warns(coder, text, expected) -> None:
    assert expected in coded_readings(coder, text, DAY)
