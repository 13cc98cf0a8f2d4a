"""A resolution named by its number speaks for the Council; listing for sanctions is 163.

Sentences written here (events42; events/text_authors.py ``numbered_author``,
data/lexicon/numbered_texts.yaml, events/listed_destinations.py, verbs.tsv add.v_to+...):
"Resolution 1929 targets ..." had no source though the story named the Security Council before
it, and "adds X, Y and Z to the sanctions list" was a statement (010), not a sanction (163).
"""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.errors import ConfigError
from pledgewatch.events.text_authors import load_numbered_texts
from tests.conftest import assert_coded, coded_triples
from tests.test_events42_helpers import story_triples

DAY = dt.date(2010, 6, 10)
COUNCIL = "The U.N. Security Council voted on Wednesday to widen sanctions on Iran. "


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            COUNCIL + "Resolution 1929 targets Iran's shipping lines and several banks.",
            ("IGOUNO", "IRN", "163"),
            ("?", "IRN", "163"),
        ),
        (  # the list hung on the last listed company by the parser
            COUNCIL + "Resolution 1929 adds an Iranian bank, a shipping firm and several trading "
            "companies to the U.N. sanctions list.",
            ("IGOUNO", "IRNBUS", "163"),
            ("IGOUNO", "IRNBUS", "010"),
        ),
        (
            "The European Union added four Syrian banks to its sanctions list on Monday.",
            ("IGOEUREEC", "SYRBUS", "163"),
            ("IGOEUREEC", "SYRBUS", "010"),
        ),
        (
            "Washington added two Russian firms to its trade blacklist.",
            ("USAGOV", "RUSBUS", "163"),
            None,
        ),
    ],
)
def test_a_numbered_resolution_and_a_sanctions_listing(coder, text, expected, absent) -> None:
    assert_coded(story_triples(coder, text, DAY), expected, absent)


@pytest.mark.model
def test_a_numbered_resolution_with_no_council_named_has_no_source(coder) -> None:
    found = coded_triples(coder, "Resolution 1929 targets Iran's shipping lines.", DAY)
    assert not any(source == "IGOUNO" for source, _, _ in found), found


@pytest.mark.model
def test_adding_that_the_list_grows_is_no_sanction(coder) -> None:
    text = "The minister said the talks were long and added that the sanctions list would grow."
    found = coded_triples(coder, text, DAY)
    assert not any(code == "163" for _, _, code in found), found


def test_numbered_texts_name_their_numbering_bodies() -> None:
    assert load_numbered_texts()["resolution"] == ("IGOUNO",)


def test_a_numbered_text_without_bodies_is_refused(tmp_path) -> None:
    bad = tmp_path / "numbered.yaml"
    bad.write_text("numbered_texts:\n  resolution: IGOUNO\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="code prefixes"):
        load_numbered_texts(str(bad))
