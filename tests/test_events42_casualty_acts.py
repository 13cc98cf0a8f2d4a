"""The attack people died in: its victims are its target, its doer the one told (events42).

Sentences written here (events/casualty_acts.py, word class @casualty_verb): "sailors died in
the sinking near Crete" is aimed at the sailors, not at the place; "the sinking" is the one the
story told before, done by its doer, unless the dead are the doer's own (mend21b). The verbs of
dying counted in any voice are the word class @dying_verb, a part of @casualty_verb.
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


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Israel shelled Gaza on Monday. Ten Israeli soldiers were killed in the shelling, "
            "the army said.",
            ("?", "ISRMIL", "194"),
            ("ISR", "ISRMIL", "194"),
        ),
        (
            "Turkey shelled the Kurdish villages. Three Turkish soldiers died in the shelling.",
            ("?", "TURMIL", "194"),
            ("TUR", "TURMIL", "194"),
        ),
        (  # another's dead keep the doer told before
            "Pakistan shelled Indian border posts. Four Indian soldiers were wounded in the "
            "shelling.",
            ("PAK", "INDMIL", "194"),
            ("?", "INDMIL", "194"),
        ),
    ],
)
def test_the_doers_own_dead_take_no_earlier_doer(coder, text, expected, absent) -> None:
    assert_coded(coded_triples(coder, text, DAY), expected, absent)


def test_verbs_of_dying_in_any_voice_are_a_word_class() -> None:
    from pledgewatch.events import casualty_acts
    from pledgewatch.events.lexicon import Lexicon

    casualty, dying = casualty_acts.casualty_words(Lexicon.default())
    assert {"die", "perish", "drown"} <= dying, dying
    assert dying <= casualty, dying - casualty
    assert "kill" not in dying  # "killed three in the attack": only the passive names victims
    assert not hasattr(casualty_acts, "_INTRANSITIVE")
