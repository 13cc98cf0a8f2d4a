"""A verb resizing a measure, misread as the adjective of a conjoined noun, is a verb (events39).

Sentences written here: "condemned X and widened sanctions on Y" is the condemner's sanction
(events/resized_measures.py), not a sanction with no source; a determiner keeps the adjective.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import assert_coded, coded_triples

DAY = dt.date(2012, 3, 1)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "The Security Council condemned the test and tightened sanctions on Iran.",
            ("IGOUNO", "IRN", "163"),
            ("?", "IRN", "163"),
        ),
        (
            "The European Union condemned the crackdown and expanded sanctions against Syria.",
            ("IGOEUREEC", "SYR", "163"),
            ("?", "SYR", "163"),
        ),
        (
            "Washington denounced the shelling and broadened sanctions on Myanmar.",
            ("USAGOV", "MMR", "163"),
            ("?", "MMR", "163"),
        ),
    ],
)
def test_the_resizing_verb_keeps_the_shared_subject(coder, text, expected, absent) -> None:
    assert_coded(coded_triples(coder, text, DAY), expected, absent)


@pytest.mark.model
def test_a_determiner_keeps_the_adjective(coder) -> None:
    found = coded_triples(
        coder, "Ministers discussed the crisis and the widened sanctions on Iran.", DAY
    )
    assert ("---GOV", "IRN", "163") not in found, found
