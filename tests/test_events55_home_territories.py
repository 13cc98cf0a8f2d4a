"""Weapons a state sends to a territory it holds are a deployment of its own forces (154), no
military aid (072) to the territory (events55: state_pairs.yaml `territories`,
events/home_territories.py, events/visits.py sent_at_home, compose.tsv sent_to_territory).

Sentences written here from made-up facts.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.errors import ConfigError
from pledgewatch.events.home_territories import load_territories
from tests.conftest import coded_readings

DAY = dt.date(2016, 9, 14)


def test_the_territories_name_their_holders() -> None:
    held = load_territories()
    assert held["GUM"] == frozenset({"USA"})
    assert held["HKG"] == frozenset({"CHN"})
    assert held["GIB"] == frozenset({"GBR"})


def test_a_malformed_territories_section_names_the_file(tmp_path) -> None:
    bad = tmp_path / "state_pairs.yaml"
    bad.write_text("pairs: {}\nterritories:\n  GUM: USA\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="state_pairs.yaml"):
        load_territories(str(bad))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Pentagon announced that it would send more interceptors and a missile defense "
            "system to Guam.",
            ("USAMIL", "GUM", "154", "future"),
        ),
        ("Britain sent weapons to Gibraltar.", ("GBR", "GIB", "154", "asserted")),
        ("China said it would send fighter jets to Hong Kong.", ("CHN", "HKG", "154", "future")),
    ],
)
def test_weapons_sent_to_ones_own_territory_are_a_deployment(coder, text: str, expected) -> None:
    found = coded_readings(coder, text, DAY)
    assert expected in found, found
    assert not any(code in ("072", "0332") for _, _, code, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The United States sent a missile defense system to South Korea.",
            ("USA", "KOR", "072", "asserted"),
        ),
        ("France sent weapons to Guam.", ("FRA", "GUM", "072", "asserted")),
    ],
)
def test_weapons_sent_to_another_states_land_stay_military_aid(coder, text: str, expected) -> None:
    found = coded_readings(coder, text, DAY)
    assert expected in found, found
