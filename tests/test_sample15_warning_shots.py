"""Warning shots are a show of force (150), aimed to miss, not a fight with small arms (193).

verbs.tsv fire.v+warning_shot; the lead's fifteenth sample. Sentences written here from the
Yellow Sea border incidents of 2010-2012.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_triples

DAY = dt.date(2011, 6, 17)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "South Korean marines fired warning shots at a North Korean patrol boat on Friday.",
            ("KORMIL", "PRKMIL", "150"),
        ),
        ("The South Korean navy fired five warning shots on Sunday.", ("KORMIL", "?", "150")),
        # what the warning's reading leaves alone: shots fired at someone are a fight
        ("North Korean soldiers fired shots at South Korean guards.", ("PRKMIL", "KOR", "193")),
    ],
)
def test_warning_shots(coder, text, expected) -> None:
    found = coded_triples(coder, text, DAY)
    assert expected in found, found
