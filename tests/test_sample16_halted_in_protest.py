"""A halt verb with an object of its own halts that object: its "in" phrase sets a scene, a
time or a reason, and is not a second thing halted ("the armistice that ended the Korean War
... in protest against the drills": no protest was ended, no 082).

events/actions.py (_SCENE_PREPS); the lead's sixteenth sample, where the North's vow to scrap
the armistice "in protest against U.S.-South Korean military drills" coded an easing of dissent
(082) aimed at both allies. Sentences written here from the March 2013 armistice crisis.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_triples

DAY = dt.date(2013, 3, 5)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "North Korea said it would tear up the 1953 armistice that ended the Korean War in "
        "protest against the U.N. sanctions.",
        "The Korean People's Army said it would scrap the armistice that ended the war from "
        "next week in protest against the joint drills by South Korea and the United States.",
    ],
)
def test_an_in_phrase_of_a_halt_verb_is_not_halted(coder, text) -> None:
    found = coded_triples(coder, text, DAY)
    assert not any(c == "082" for _, _, c in found), found
    assert any(c == "127" for _, _, c in found), found


@pytest.mark.model
def test_a_halt_noun_still_takes_its_in_phrase(coder) -> None:
    found = coded_triples(coder, "The United Nations called for a halt in the fighting.", DAY)
    assert ("IGOUNO", "?", "0256") in found, found
