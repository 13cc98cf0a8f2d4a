"""Suspending the search for a war's dead reduces relations with the state they lie in
(events51).

Sentences written here (events/sought_objects.py, word_classes.tsv @war_dead, @remains_work,
verbs.tsv ``*.v+war_dead``): the object phrase of "suspended its efforts to recover the
remains of American soldiers in North Korea" now holds what the efforts seek. A search for
anything else ("the search for the missing fishermen") is no such act.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_triples

DAY = dt.date(2005, 5, 26)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Pentagon suspended its search for the remains of American servicemen in "
            "North Korea.",
            ("USAMIL", "PRK", "160"),
        ),
        (
            "Washington said it had halted its efforts to recover the remains of American "
            "airmen in Laos.",
            ("USAGOV", "LAO", "160"),
        ),
    ],
)
def test_a_halted_search_for_war_dead(coder, text, expected) -> None:
    found = coded_triples(coder, text, DAY)
    assert expected in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    ["The navy suspended its search for the missing fishermen off the coast of Japan."],
)
def test_another_search_is_no_reduction(coder, text) -> None:
    found = coded_triples(coder, text, DAY)
    assert not any(code == "160" for _, _, code in found), found
