"""Who voiced a threat or a warning, and at whom (events51).

Sentences written here (events/voiced_nouns.py, voiced_nouns.yaml): "threats of retaliation
from X": X threatened (the parser hangs "from X" on "retaliation"); a threat a clause defies
("held the vote despite warnings from X") is aimed at the clause's subject. A "from" that names
a place left ("the withdrawal of troops from X") is no voicer.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_triples

DAY = dt.date(2014, 3, 1)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukraine held a referendum despite threats of sanctions from Moscow.",
            ("RUSGOV", "UKR", "1312"),
        ),
        (
            "Kyiv went ahead with the vote despite warnings of retaliation from the Kremlin.",
            ("RUSGOV", "UKRGOV", "138"),
        ),
        ("Ukraine held a referendum despite threats from Moscow.", ("RUSGOV", "UKR", "130")),
        ("Haiti welcomed offers of help from Japan.", ("JPN", "?", "033")),
    ],
)
def test_the_voicer_and_the_defier(coder, text, expected) -> None:
    found = coded_triples(coder, text, DAY)
    assert expected in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # the one who voiced the threat is not its target
        ("Ukraine held a referendum despite threats of sanctions from Moscow.", "RUSGOV"),
        # its own threats: the defier is their voicer, not their target
        ("Seoul held the drill, and the North did not respond despite its earlier threats.", "PRK"),
    ],
)
def test_the_voicer_is_no_target(coder, text, unexpected) -> None:
    found = coded_triples(coder, text, DAY)
    assert not any(t == unexpected for _, t, _ in found), found


def test_a_malformed_list_names_the_file(tmp_path) -> None:
    from pledgewatch.errors import ConfigError
    from pledgewatch.events.voiced_nouns import VoicedWords

    bad = tmp_path / "voiced.yaml"
    bad.write_text("speaker_families: threaten\ndefiance_words: [despite]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="speaker_families"):
        VoicedWords.load(str(bad))


def test_the_shipped_lists_load() -> None:
    from pledgewatch.events.voiced_nouns import VoicedWords

    words = VoicedWords.load()
    assert "threaten" in words.speaker_families and "despite" in words.defiance_words
