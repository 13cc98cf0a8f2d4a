"""A headline's verb the parser tags as a proper noun ends a ship's name (events45,
ship_prefixes.yaml ``name_stops``, actors/ship_names.py).

Sentences written here. "ROKS Gangwon Sinks Near Island": "Sinks" is no part of the name;
the first word after the prefix always is ("HMS Daring").
"""

from __future__ import annotations

import pytest

from tests.builders import ship_phrases


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "ship"),
    [
        ("The navy said the frigate ROKS Gangwon Sinks near the island.", "frigate ROKS Gangwon"),
        ("HMS Daring Fires Warning Shots At Iranian Boats", "HMS Daring"),
        ("The destroyer USS Mason Attacked Off Yemen", "destroyer USS Mason"),
    ],
)
def test_headline_verb_ends_the_name(nlp, text, ship) -> None:
    assert ship_phrases(nlp, text) == [ship]


def test_name_stops_must_be_single_words(tmp_path) -> None:
    from pledgewatch.actors.ship_names import load_ship_prefixes
    from pledgewatch.errors import ConfigError

    file = tmp_path / "ship_prefixes.yaml"
    file.write_text("prefixes:\n  USS: USAMIL\nname_stops:\n  - runs aground\n")
    with pytest.raises(ConfigError):
        load_ship_prefixes(str(file))
