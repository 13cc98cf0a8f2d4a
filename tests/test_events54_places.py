"""A place name two states share is the town of the country its story names.

"Tripoli" is Libya's capital and a port of northern Lebanon; "Hyderabad" a city of India and one
of Pakistan's Sindh. The usual sense holds unless the story names the other country and not the
usual one (``shared_places`` in ``countries.yaml``, ``actors/shared_places.py``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pledgewatch.actors.dictionary import load_actor_dictionary
from pledgewatch.errors import ConfigError
from pledgewatch.events import EventCoder
from tests.conftest import assert_coded, coded_tuples

DAY = dt.date(2012, 6, 1)


def countries(coder: EventCoder, text: str) -> set[tuple[str, str, str]]:
    """(source country, target country, CAMEO code) of every event of ``text``."""
    return {(source, target, code) for source, target, code, _ in coded_tuples(coder, text, DAY)}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # the story names Lebanon: its northern port
        (
            "Syrian artillery shelled Tripoli, the northern Lebanese city, on Tuesday.",
            ("SYR", "LBN", "194"),
            ("SYR", "LBY", "194"),
        ),
        (
            "Gunmen fired on a bus in Tripoli as fighting spread through the north of Lebanon.",
            ("LBN", "LBN", "180"),
            ("LBY", "LBY", "180"),
        ),
        # no other country named, or both named: the capital
        (
            "NATO jets bombed Tripoli on Tuesday.",
            ("IGO", "LBY", "195"),
            None,
        ),
        (
            "Lebanon's foreign minister flew to Tripoli to meet Libya's prime minister.",
            ("LBN", "LBY", "042"),
            None,
        ),
        # Pakistan's Hyderabad, India's by default
        (
            "Gunmen attacked a police post in Hyderabad, a city of Pakistan's Sindh province.",
            ("PAK", "PAK", "180"),
            ("IND", "IND", "180"),
        ),
        (
            "Police arrested twelve men in Hyderabad on Tuesday.",
            ("IND", "IND", "173"),
            None,
        ),
    ],
)
def test_a_shared_place_name(coder: EventCoder, text, expected, absent) -> None:
    assert_coded(countries(coder, text), expected, absent)


def test_shared_places_must_be_a_list(tmp_path: Path) -> None:
    extra = tmp_path / "actors.yaml"
    extra.write_text("countries:\n  - {code: LBN, names: [Lebanon], shared_places: Tripoli}\n")
    with pytest.raises(ConfigError, match="shared_places"):
        load_actor_dictionary(extra_paths=[extra])
