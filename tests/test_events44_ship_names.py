"""Warships named with their navy's prefix are that navy (events44, actors/ship_names.py).

Sentences written here; prefixes from data/actors/ship_prefixes.yaml. A ship listed by name in
organisations.yaml (ROKS Cheonan, with dated codes) keeps its own entry; a prefix with no
capitalised name after it, or one left out as ambiguous (INS), is no ship.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.actors.ship_names import load_ship_prefixes
from tests.conftest import matched_mentions

DAY = dt.date(2012, 5, 10)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The destroyer USS Cole was damaged in Aden.", ("destroyer USS Cole", "USAMIL")),
        ("The frigate HMS Argyll docked in Tokyo.", ("frigate HMS Argyll", "GBRMIL")),
        (
            "The aircraft carrier USS Carl Vinson sailed into Da Nang.",
            ("aircraft carrier USS Carl Vinson", "USAMIL"),
        ),
        ("USS Carl Vinson sailed into Da Nang.", ("USS Carl Vinson", "USAMIL")),
        ("The warship BRP Gregorio del Pilar left the shoal.", ("warship BRP Gregorio", "PHLMIL")),
        ("HMAS Stirling refuelled in Darwin.", ("HMAS Stirling", "AUSMIL")),
        ("A torpedo sank the ROKS Cheonan.", ("ROKS Cheonan", "KORMIL")),
    ],
)
def test_prefixed_ship_is_its_navy(nlp, text, expected) -> None:
    assert expected in matched_mentions(nlp, text, DAY)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "absent_code"),
    [
        ("The USS said nothing about it.", "USAMIL"),
        ("INS Vikrant was commissioned in Kochi.", "INDMIL"),
        ("The HMS has no comment.", "GBRMIL"),
    ],
)
def test_no_ship_without_a_name_or_with_an_ambiguous_prefix(nlp, text, absent_code) -> None:
    assert absent_code not in {code for _, code in matched_mentions(nlp, text, DAY)}


def test_prefix_table_loads_navy_codes() -> None:
    prefixes = load_ship_prefixes()
    assert prefixes.entries["USS"].code == "USAMIL"
    assert prefixes.entries["USS"].vessel
    assert "INS" not in prefixes.entries and "JS" not in prefixes.entries
    assert ("aircraft", "carrier") in prefixes.types
