"""What a verb of giving gives to an actor named as its object is the object of "with".

"The U.S. side promised to provide the DPRK with 240,000 tons of nutritional food" (the Leap
Day statement, in the demo) was a bare intent (030): the food stood in the "with" phrase, where
``provide.v+food`` does not look when the direct object is the recipient. Rows
``provide.v_with+...`` and ``supply.v_with+...`` of ``verbs.tsv`` (the lead's seed-38 demo
audit, 2026-12-02). Sentences of our own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.events import EventCoder
from tests.conftest import viewed_triples


def view(coder: EventCoder, text: str) -> set[tuple]:
    return viewed_triples(coder, text, dt.date(2012, 3, 1))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United States provided North Korea with food aid.", ("USA", "PRK", "073")),
        (
            "The United States promised to provide North Korea with 240,000 tons of food.",
            ("USA", "PRK", "0333"),
        ),
        ("Russia supplied Syria with missiles.", ("RUS", "SYR", "072")),
        ("China provided North Korea with loans.", ("CHN", "PRK", "071")),
        (
            "Japan provided the United States with intelligence on the launch.",
            ("JPN", "USA", "064"),
        ),
    ],
)
def test_what_is_given_with(coder: EventCoder, text: str, expected: tuple) -> None:
    assert expected in view(coder, text)
