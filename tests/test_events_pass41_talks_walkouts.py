"""A delegation's walk-out from talks halts them, 164, aimed at the other party (events41).

Sentences written here (events/talks_walkouts.py, data/lexicon/state_pairs.yaml): a
delegation or negotiators walking out, or a state walking out where talks are named, is 164 on
the talks' other party ("between X and Y", "with X", "the two Koreas", "inter-Korean"); workers
walking out stay on strike, 143.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.errors import ConfigError
from pledgewatch.events.talks_walkouts import load_state_pairs
from tests.conftest import assert_coded, coded_triples

DAY = dt.date(2008, 6, 3)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Fishery talks between Japan and Russia collapsed after the Russian delegation "
            "walked out.",
            ("RUSGOV", "JPN", "164"),
            ("RUSGOV", "?", "143"),
        ),
        (
            "The inter-Korean meeting ended abruptly when the South Korean negotiators walked out.",
            ("KORGOV", "PRK", "164"),
            ("KORGOV", "?", "143"),
        ),
        (
            "Border talks between the two Koreas stalled after Seoul walked out.",
            ("KORGOV", "PRK", "164"),
            ("KORGOV", "?", "143"),
        ),
        (
            "Port workers walked out after wage talks with the shipping firms failed.",
            ("---LAB", "?", "143"),
            ("---LAB", "?", "164"),
        ),
        (
            "Nurses walked out across the country on Tuesday.",
            ("---MED", "?", "143"),
            None,
        ),
    ],
)
def test_a_walkout_from_talks_halts_them(coder, text, expected, absent) -> None:
    found = coded_triples(coder, text, DAY)
    if expected[0] == "---MED":  # the sector a nurse codes is the lexicon's; only no 164 matters
        assert not any(code == "164" for _, _, code in found), found
        return
    assert_coded(found, expected, absent)


def test_state_pairs_name_two_countries() -> None:
    pairs = load_state_pairs()
    assert pairs["two koreas"] == ("PRK", "KOR")
    assert all(len(codes) == 2 for codes in pairs.values())


def test_a_pair_without_countries_is_refused(tmp_path) -> None:
    bad = tmp_path / "pairs.yaml"
    bad.write_text("pairs:\n  two koreas: PRK\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="country codes"):
        load_state_pairs(str(bad))


@pytest.mark.model
def test_a_lexicon_folder_of_ones_own_gives_its_state_pairs(nlp, tmp_path) -> None:
    """state_pairs.yaml is read from the lexicon's own folder, which the coder's version counts
    (review of stop 20: it was always read from the shipped folder)."""
    import shutil

    from pledgewatch.events import EventCoder
    from pledgewatch.events.lexicon import LEXICON_DIR, load_lexicon

    folder = tmp_path / "lexicon"
    shutil.copytree(LEXICON_DIR, folder)
    pairs = folder / "state_pairs.yaml"
    pairs.write_text(
        pairs.read_text(encoding="utf-8") + '  "two sudans": [SDN, SSD]\n', encoding="utf-8"
    )
    text = "Oil talks between the two Sudans collapsed after the Sudanese delegation walked out."
    own = EventCoder(nlp=nlp, lexicon=load_lexicon(str(folder)))
    assert ("SDNGOV", "SSD", "164") in coded_triples(own, text, DAY)
    assert ("SDNGOV", "SSD", "164") not in coded_triples(EventCoder(nlp=nlp), text, DAY)
