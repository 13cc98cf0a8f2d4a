"""A thing named after a clause with "protested" is protested, not a speaker (mend23b).

Sentences written here (events/postposed_speakers.py, word class ``@speaking_noun``): events48
re-hung "<clause>, a rights group protested on Monday" so that the group speaks; it also re-hung
"<clause>, a move angrily protested in Tehran", making the move a speaker and the protest a
verbal one of the day (110, main) where it was protests in the streets (140). Only a noun that can
speak (a named person, body, people or place, or a noun of people or groups) is re-hung.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.events.postposed_speakers import restore_postposed_speaker
from tests.conftest import assert_coded, coded_readings

DAY = dt.date(2012, 1, 9)
COMPLAINT = frozenset({"protest", "complain", "object"})
SPEAKERS = frozenset({"group", "union"})


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (  # a move is protested: the demonstration stays
            "Iran raised bread prices, a move angrily protested in Tehran.",
            ("?", "IRN", "140", "asserted"),
            ("?", "IRN", "110", "asserted"),
        ),
        (  # a group still speaks
            "Iran raised bread prices, a rights group protested on Monday.",
            ("---HRI", "?", "110", "asserted"),
            None,
        ),
    ],
)
def test_only_a_speaking_noun_is_a_postposed_speaker(coder, text, expected, absent) -> None:
    assert_coded(coded_readings(coder, text, DAY), expected, absent)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Iran raised bread prices, a move angrily protested in Tehran.",
        "Nigeria cut fuel subsidies, a decision loudly protested in Lagos.",
    ],
)
def test_the_repair_leaves_a_thing_protested(nlp, text) -> None:
    sentence = next(iter(nlp(text).sents))
    assert restore_postposed_speaker(sentence, COMPLAINT, SPEAKERS) is False
