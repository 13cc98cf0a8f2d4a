"""The Roma are a people, not Rome (events48).

Sentences written here (data/actors/countries.yaml): "Roma" was listed as Rome's Italian name, so
"police beat Roma families" was aimed at Italian civilians. In English news the word names the
Roma people; Rome keeps its English name.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import matched_mentions

DAY = dt.date(2009, 3, 4)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "absent", "expected"),
    [
        ("Slovak police beat three Roma families on Monday.", "Roma", None),
        ("Hungary promised to build schools for the Roma.", "Roma", None),
        ("Rome recalled its ambassador on Monday.", None, ("Rome", "ITAGOV")),
    ],
)
def test_roma_names_no_state(nlp, text, absent, expected) -> None:
    found = matched_mentions(nlp, text, DAY)
    if absent is not None:
        assert not any(
            words.startswith(absent) and code.startswith("ITA") for words, code in found
        ), found
    if expected is not None:
        assert expected in found, found
