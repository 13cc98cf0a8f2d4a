"""Lexicon gaps of common verb families found in the dev sets' misses (events54).

Relief goods conveyed by flying, dispatching, rushing, trucking, transporting or ferrying them
are humanitarian aid (073), as when sent, shipped or airlifted; a state of siege declared or
imposed is a state of emergency (1724), not the siege of a town (191); statues and artworks
returned are property returned (0842); conceding defeat or conceding (acceding) to demands is
yielding (080), conceding that something is so stays an admission (015).
"""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.events import EventCoder
from tests.conftest import assert_coded, coded_tuples

DAY = dt.date(2015, 5, 4)


def countries(coder: EventCoder, text: str) -> set[tuple[str, str, str]]:
    """(source country, target country, CAMEO code) of every event of ``text``."""
    return {(source, target, code) for source, target, code, _ in coded_tuples(coder, text, DAY)}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("India flew 30 tons of medicine into Nepal on Monday.", ("IND", "NPL", "073"), None),
        (
            "UNICEF dispatched relief supplies to flood victims in Pakistan.",
            ("IGO", "PAK", "073"),
            None,
        ),
        ("Turkey rushed food and tents to Syrian refugees.", ("TUR", "SYR", "073"), None),
        ("China trucked rice and fertilizer into North Korea.", ("CHN", "PRK", "073"), None),
        ("Qatar transported food and fuel to Gaza.", ("QAT", "PSE", "073"), None),
        ("The Greek navy ferried water to islands off Turkey.", ("GRC", "TUR", "073"), None),
        # guards: flying somewhere is a visit; rushing troops is no aid
        ("India's foreign minister flew to Nepal on Monday.", ("IND", "NPL", "042"), None),
        ("Russia rushed troops to the Ukrainian border.", None, ("RUS", "UKR", "073")),
        # a state of siege is a state of emergency; a siege of a town stays a blockade
        (
            "Peru's president declared a state of siege in two provinces on Sunday.",
            ("PER", "---", "1724"),
            None,
        ),
        (
            "Bolivia's government imposed a state of siege after the riots.",
            ("BOL", "---", "1724"),
            None,
        ),
        ("Syrian troops imposed a siege on Homs.", ("SYR", "SYR", "191"), None),
        # statues and artworks given back are property returned
        ("France returned 26 looted statues to Benin.", ("FRA", "BEN", "0842"), None),
        ("Germany returned stolen artworks to Poland.", ("DEU", "POL", "0842"), None),
        # yielding, not admitting
        ("Kenya's opposition leader conceded defeat on Friday.", ("KEN", "---", "080"), None),
        (
            "The Chilean government conceded to the demands of striking miners.",
            ("CHL", "---", "080"),
            None,
        ),
        ("Peru's government acceded to the farmers' demands.", ("PER", "---", "080"), None),
        (
            "Japan's finance minister conceded that the stimulus had failed.",
            ("JPN", "---", "015"),
            ("JPN", "---", "080"),
        ),
    ],
)
def test_events54_lexicon_rows(coder: EventCoder, text, expected, absent) -> None:
    found = countries(coder, text)
    if expected is None:
        assert absent not in found, found
    else:
        assert_coded(found, expected, absent)
