"""A wish to see whether another is ready to act is an appeal aimed at it (events42).

Sentences written here (events/composition.py ``seen_doers``): "want to see whether X is
prepared to ..." codes an appeal (020) with X as its target, as "want to see X take steps".
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import assert_coded, coded_triples

DAY = dt.date(2011, 7, 24)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "The European Union wants to see if Serbia is willing to arrest the suspects.",
            ("IGOEUREEC", "SRB", "020"),
            ("IGOEUREEC", "?", "020"),
        ),
        (
            "Clinton said Washington wanted to see whether Syria was ready to end the violence.",
            ("USAGOV", "SYR", "020"),
            ("USAGOV", "?", "020"),
        ),
        (
            "Japan wants to see concrete steps from Iran on enrichment.",
            ("JPN", "IRN", "020"),
            None,
        ),
    ],
)
def test_the_one_wished_to_act_is_the_target(coder, text, expected, absent) -> None:
    assert_coded(coded_triples(coder, text, DAY), expected, absent)
