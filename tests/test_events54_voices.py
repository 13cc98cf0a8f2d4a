"""A voice named first and described after a comma speaks for the national body it serves.

"Name, a spokeswoman for the National Security Council, said" in a Washington dispatch is
USAGOV, as "A spokeswoman for the National Security Council said" is: the agent noun stands in
apposition to the subject. A body every state has stays country-less with no dateline, unless
the person is one the actor dictionary knows (Caitlin Hayden, a U.S. spokeswoman).
"""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.events import EventCoder
from tests.conftest import assert_coded, coded_triples

DAY = dt.date(2013, 6, 1)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named voice described after a comma, in a dispatch of the body's country
        (
            "WASHINGTON, June 3 (Reuters) - Laura Brennan, a spokeswoman for the National "
            "Security Council, said the talks would resume.",
            ("USAGOV", "?", "010"),
        ),
        (
            "SEOUL, June 3 (Yonhap) - Park Dong-soo, a spokesman for the Defense Ministry, said "
            "the drills would go ahead.",
            ("KORGOV", "?", "010"),
        ),
        (
            "TOKYO, May 9 (Kyodo) - Ito Kenji, a spokesman of the Foreign Ministry, said the "
            "envoy would travel to Beijing.",
            ("JPNGOV", "?", "010"),
        ),
        # no dateline: a body every state has names no country
        (
            "Laura Brennan, a spokeswoman for the National Security Council, said the talks "
            "would resume.",
            ("---GOV", "?", "010"),
        ),
        # a person the dictionary knows keeps her own code, dateline or not
        (
            "Caitlin Hayden, a spokeswoman for the National Security Council, said the talks "
            "would resume.",
            ("USAGOV", "?", "010"),
        ),
        (
            '"We remain open to talks," said Caitlin Hayden, a spokeswoman for the National '
            "Security Council.",
            ("USAGOV", "?", "010"),
        ),
    ],
)
def test_a_named_voice_for_a_national_body(coder: EventCoder, text, expected) -> None:
    assert_coded(coded_triples(coder, text, DAY), expected)
