"""A person noun whose "to" phrase names whom it serves is that one's side (actors55).

Sentences written here (events/actor_phrases.py, data/lexicon/served_nouns.yaml): "an adviser
to the Japanese prime minister" is JPNGOV as "a Japanese envoy" is, also in apposition to a name
the dictionary does not know ("Kenji Sato, an adviser to ..., arrived in ..."), which gave no
doer. An envoy or ambassador "to" someone is sent there and is not theirs.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_triples

DAY = dt.date(2016, 6, 7)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenji Sato, an adviser to the Japanese prime minister, arrived in Manila on Tuesday.",
            ("JPNGOV", "PHL", "042"),
        ),
        (
            "Lars Berg, an aide to the Swedish foreign minister, arrived in Riga on Tuesday.",
            ("SWEGOV", "LVA", "042"),
        ),
        (
            "An adviser to the Turkish president arrived in Baghdad on Tuesday.",
            ("TURGOV", "IRQ", "042"),
        ),
        (
            "Ana Ruiz, a senior aide to the Chilean president, said on Tuesday that the talks "
            "had failed.",
            ("CHLGOV", "?", "010"),
        ),
    ],
)
def test_an_aide_is_the_side_of_whom_it_serves(coder, text, expected) -> None:
    found = coded_triples(coder, text, DAY)
    assert expected in found, found


@pytest.mark.model
def test_an_envoy_to_a_leader_is_not_the_leaders(coder) -> None:
    found = coded_triples(
        coder, "Omar Haddad, an envoy to the Egyptian president, arrived in Cairo on Tuesday.", DAY
    )
    assert not any(source == "EGYGOV" for source, _, _ in found), found


def test_the_serving_nouns_are_read_from_data() -> None:
    from pledgewatch.events.actor_phrases import load_served_nouns

    nouns = load_served_nouns()
    assert {"adviser", "aide", "advisers"} <= nouns
    assert not {"envoy", "ambassador"} & nouns
