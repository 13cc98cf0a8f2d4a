"""A negation above an embedded question does not reach its act (events45,
events/clause_shapes.py ``subordinate_clause``, modality.yaml ``question_marks``).

Sentences written here. "Putin did not say whether Moscow would halt the exercises": the halt
is asked about, not denied; it is hypothetical ("whether", "if"). A content clause with "that"
keeps the negation of its frame, as before.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_readings

DAY = dt.date(2015, 9, 8)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Putin did not say whether Moscow would halt the exercises.",
            ("RUSGOV", "?", "0873", "hypothetical"),
        ),
        (
            "The minister did not say whether Tehran would suspend enrichment.",
            ("IRNGOV", "?", "0873", "hypothetical"),
        ),
        (
            "The spokesman would not say if Ankara would withdraw its troops.",
            ("TURGOV", "?", "0874", "hypothetical"),
        ),
    ],
)
def test_embedded_question_is_not_negated(coder, text, expected) -> None:
    found = coded_readings(coder, text, DAY)
    assert expected in found, found
    assert not any(r[2] == expected[2] and r[3] == "negated" for r in found), found


@pytest.mark.model
def test_negated_report_of_a_that_clause_stays_negated(coder) -> None:
    found = coded_readings(coder, "Beijing did not say that it would halt the patrols.", DAY)
    assert ("CHNGOV", "?", "0873", "negated") in found, found
