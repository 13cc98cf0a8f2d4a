"""A ship's name after its navy's prefix stops where a name stops (mend21a, actors/ship_names.py).

Sentences written here. The name is one to three capitalised proper nouns: a Title Case
headline's verb ("Arrives") or a listed role noun ("Captain", "Commander") ends it, so
the rest of the headline keeps its actors and events, and a person named after the ship is not
swallowed into the ship's phrase. Ships named after persons or places keep their name.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.builders import ship_phrases
from tests.conftest import coded_triples

DAY = dt.date(2012, 5, 10)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "ship"),
    [
        ("USS Carl Vinson Arrives In Busan For Joint Drills With South Korea", "USS Carl Vinson"),
        ("Reporters said the USS Cole Commander Mark Hale met Japanese officers.", "USS Cole"),
        ("The crew of the HMS Argyll Commander Tom Reid spoke to reporters.", "HMS Argyll"),
        ("The carrier USS Ronald Reagan left Yokosuka on Monday.", "carrier USS Ronald Reagan"),
        ("The carrier USS George Washington left Yokosuka.", "carrier USS George Washington"),
    ],
)
def test_ship_name_stops_where_a_name_stops(nlp, text, ship) -> None:
    assert ship_phrases(nlp, text) == [ship]


@pytest.mark.model
def test_title_case_headline_keeps_its_events(coder) -> None:
    found = coded_triples(
        coder, "USS Carl Vinson Arrives In Busan For Joint Drills With South Korea", DAY
    )
    assert any(s == "USAMIL" and t.startswith("KOR") for s, t, _ in found), found


def test_ship_kinds_run_to_three_words(tmp_path) -> None:
    from pledgewatch.actors.ship_names import load_ship_prefixes
    from pledgewatch.errors import ConfigError

    file = tmp_path / "ship_prefixes.yaml"
    file.write_text("prefixes:\n  USS: USAMIL\nship_types:\n  - big fast amphibious assault ship\n")
    with pytest.raises(ConfigError):
        load_ship_prefixes(str(file))
    assert ("amphibious", "assault", "ship") in load_ship_prefixes().types


@pytest.mark.parametrize(
    ("text", "prefixes"),
    [
        ("The destroyer USS Cole docked in Aden.", {"USS"}),
        ("HMS Kent and ROKS Sejong sailed together.", {"HMS", "ROKS"}),
        ("The navy said the drill was over.", set()),
    ],
)
def test_prefix_positions_are_the_prefixes_of_the_doc(nlp, text, prefixes) -> None:
    from pledgewatch.actors.ship_names import load_ship_prefixes, prefix_positions

    doc = nlp(text)
    found = prefix_positions(doc, load_ship_prefixes())
    assert {doc[i].text for i in found} == prefixes
    # found once per Doc: the matcher asks many times
    assert prefix_positions(doc, load_ship_prefixes()) is found
