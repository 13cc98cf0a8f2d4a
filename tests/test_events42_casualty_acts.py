"""The attack people died in: its victims are its target, its doer the one told (events42).

Sentences written here (events/casualty_acts.py, word class @casualty_verb): "sailors died in
the sinking near Crete" is aimed at the sailors, not at the place; "the sinking" is the one the
story told before, done by its doer.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import assert_coded, coded_triples

DAY = dt.date(2010, 4, 20)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Forty Greek sailors died in the sinking near Crete.",
            ("?", "GRCMIL", "190"),
            ("?", "GRC", "190"),
        ),
        (
            "A Turkish torpedo sank the Greek warship, investigators said. Forty Greek sailors "
            "died in the April 2 sinking near Crete.",
            ("TUR", "GRCMIL", "190"),
            ("?", "GRC", "190"),
        ),
        (  # told last, sentences after the attack
            "A Turkish torpedo sank the Greek warship. Athens recalled its ambassador. The "
            "navy searched the sea. Divers found the wreck. Forty Greek sailors died in the "
            "sinking.",
            ("TUR", "GRCMIL", "190"),
            ("?", "GRCMIL", "190"),
        ),
        (  # victims of no country leave the attacked embassy its target
            "Three people were killed in the attack on the Indian embassy in Kabul.",
            ("?", "INDGOV", "190"),
            ("?", "---CVL", "190"),
        ),
        (
            "Twelve Indian soldiers were killed in the bombing near Srinagar.",
            ("?", "INDMIL", "183"),
            ("?", "IND", "183"),
        ),
    ],
)
def test_those_who_died_in_an_attack_are_its_target(coder, text, expected, absent) -> None:
    assert_coded(coded_triples(coder, text, DAY), expected, absent)
