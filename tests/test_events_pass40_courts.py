"""A court with no country named is the court of the state whose subject acts on it (events40).

"North Korea executed X after a military tribunal found him guilty" left the tribunal ---JUD. A
judicial agent (sector JUD) as a clause's subject after a state's subject in the same sentence
takes that state's country; not after a foreign subject that only reports it, not when another
country is named between them, not "an international tribunal".
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_triples

DAY = dt.date(2012, 5, 20)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "court"),
    [
        (
            "Iran hanged two activists after a revolutionary court found them guilty of espionage.",
            "IRNJUD",
        ),
        (
            "Myanmar jailed the monk after a military tribunal found him guilty of sedition.",
            "MMRJUD",
        ),
        ("China said a court had sentenced the activist to eleven years.", "CHNJUD"),
    ],
)
def test_court_takes_the_state_subjects_country(coder, text, court) -> None:
    found = coded_triples(coder, text, DAY)
    assert any(s == court for s, _, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The United States criticised Egypt after a court jailed three reporters.",
        "Kerry said a court had sentenced the activists to prison.",
        "Serbia arrested the general after an international tribunal indicted him.",
    ],
)
def test_court_of_another_or_no_state_stays_unknown(coder, text) -> None:
    found = coded_triples(coder, text, DAY)
    judges = {s for s, _, _ in found if s.endswith("JUD")}
    assert judges == {"---JUD"}, found  # the court is found, and with no state
