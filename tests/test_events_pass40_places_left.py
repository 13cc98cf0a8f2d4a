"""People moved out "from" a place are not of that place (events40).

"Turkey evacuated some of its nationals from Syria" coded the nationals SYRCVL: the matcher and
the coder gave a country-less agent the country of its "from" place. A possessive owns them
("its nationals", "their workers"), and after a verb of removal (the dictionary's ``removal_verbs``)
the "from" place is the place left; "bombers from Gaza", "workers from Libya arrived" keep it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_triples, matched_mentions

DAY = dt.date(2015, 4, 3)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("Egypt airlifted hundreds of its citizens from Libya.", "LBY"),
        ("Pakistan evacuated some of its nationals from Yemen.", "YEM"),
        ("India evacuated citizens from Iraq on Friday.", "IRQ"),
        ("China withdrew thousands of their workers from Vietnam.", "VNM"),
    ],
)
def test_people_moved_out_are_not_of_the_place_left(nlp, coder, text, left) -> None:
    codes = {code for _, code in matched_mentions(nlp, text, DAY)}
    assert not any(code.startswith(left) and len(code) > 3 for code in codes), codes
    found = coded_triples(coder, text, DAY)
    assert not any(t.startswith(left) and len(t) > 3 for _, t, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops from Chad arrived in Bamako.", "TCDMIL"),
        ("Suicide bombers from Gaza attacked an Israeli checkpoint.", "PSEMIL"),
    ],
)
def test_origin_from_phrases_still_give_a_country(nlp, coder, text, expected) -> None:
    found = coded_triples(coder, text, DAY)
    assert any(s == expected for s, _, _ in found), found
