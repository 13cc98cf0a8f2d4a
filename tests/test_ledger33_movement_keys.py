"""Ledger33: a promise to go back or to stay, on no taxonomy topic, is keyed by where it goes
(``ledger.movement_keys``, ``data/ledger/generic_keys.yaml``): home (a word of direction, or the
promisor's own country) or to the talks (a word of an act done with another party). Before, "they
would return home", "he would return to Washington" and "would return to the negotiating table"
were all ``other:return``, one bag. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from pledgewatch.ledger.generic_slugs import generic_slug
from pledgewatch.ledger.movement_keys import movement_slug


@pytest.mark.parametrize(
    ("key_words", "text", "promisor", "slug"),
    [
        # "home" is an adverb, no object: read in the words after the verb
        ("return", "they would return home before the deadline", "CHL", "return-home"),
        # the promisor's own capital: going home
        (
            "return @CHLGOV",
            "he would return to Santiago to brief the minister",
            "CHL",
            "return-home",
        ),
        # the talks, or the table where they are held
        ("return talk", "would return to the talks", "BOL", "return-to-talks"),
        ("return table", "would return to the negotiating table", "BOL", "return-to-talks"),
        # the first word of the two kinds after the verb decides
        ("return", "would return home after the talks", "CHL", "return-home"),
        ("return", "would return to talks at home", "CHL", "return-to-talks"),
        # going back with another verb, "back" parsed as a particle or as an adverb
        ("go back", "the troops would go back to their barracks", "CHL", "return-home"),
        ("go", "the troops would go back to their barracks", "CHL", "return-home"),
        # staying
        ("remain", "would remain in the dialogue", "BOL", "remain-in-talks"),
        ("stay", "the envoy would stay home", "BOL", "remain-home"),
        # another country: a visit there, its usual key
        ("return @BOLGOV", "he would return to La Paz", "CHL", None),
        # no place told; another act; a "go" with no "back"
        ("return", "would return the favour", "CHL", None),
        ("reward @BOLGOV", "would not reward Bolivia at home", "CHL", None),
        ("go", "would go to the talks", "CHL", None),
        # a talks word far after the verb is another matter
        ("return", "would return the ships seized last month before any talks", "CHL", None),
        (None, "they would return home", "CHL", None),
    ],
)
def test_where_a_promise_to_go_back_goes(
    key_words: str | None, text: str, promisor: str, slug: str | None
) -> None:
    assert movement_slug(key_words, text, promisor) == slug


@pytest.mark.parametrize(
    ("key_words", "text", "promisor", "slug"),
    [
        ("return", "they would return home", "---", "return-home"),
        ("return @USAGOV", "he would return to Washington to report", "USA", "return-home"),
        ("return talk", "would return to the talks", "PRK", "return-to-talks"),
        ("return @PRKGOV", "he would return to Pyongyang", "USA", "return-prk"),
        (
            "remain commitment",
            "would remain steadfast in its commitments",
            "USA",
            "remain-commitment",
        ),
    ],
)
def test_the_generic_slug_of_going_back(
    key_words: str, text: str, promisor: str, slug: str
) -> None:
    assert generic_slug(key_words, text, promisor) == slug


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "The Chilean delegation said it would return home before the deadline.",
            ("CHL", "return-home"),
        ),
        (
            "The Peruvian envoy said he would return to Lima to brief the president.",
            ("PER", "return-home"),
        ),
        (
            "Bolivia said it would return to the negotiating table next month.",
            ("BOL", "return-to-talks"),
        ),
        (
            "Officials said the Chilean troops would go back to their barracks.",
            ("CHL", "return-home"),
        ),
        ("The Chilean envoy said he would return to La Paz next week.", ("CHL", "return-bol")),
    ],
)
def test_a_promise_to_go_back_is_keyed_by_where_it_goes(text: str, key: tuple[str, str]) -> None:
    from tests.test_generic43_keys import _keys

    assert key in _keys(text)
