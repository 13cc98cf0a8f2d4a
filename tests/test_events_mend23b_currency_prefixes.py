"""Only a dollar's own prefix before "$" is no actor; a recipient before "$" is one (mend23b).

Sentences written here (events/actor_phrases.py ActorIndex.at, data/lexicon/currency_prefixes.yaml):
events48 took any actor mention right before a currency sign for the currency's country ("US $5
million"), so "gave Haiti $15 million" lost Haiti, its recipient. Only the forms that prefix a
currency ("US", "U.S.", "HK", "NZ", "A", ...) are read so now.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pledgewatch.errors import ConfigError
from pledgewatch.events.actor_phrases import load_currency_prefixes
from tests.conftest import assert_coded, coded_readings

DAY = dt.date(2010, 1, 20)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (  # the recipient of aid before the amount
            "Norway gave Haiti $15 million in aid.",
            ("NOR", "HTI", "071", "asserted"),
            ("NOR", "?", "071", "asserted"),
        ),
        (  # the promisee of an offer of loans
            "Kuwait offered Jordan $3 billion in loans.",
            ("KWT", "JOR", "0331", "asserted"),
            ("KWT", "?", "0331", "asserted"),
        ),
        (  # a dollar's prefix is still no actor
            "Peru sent US $5 million in aid to Haiti.",
            ("PER", "HTI", "071", "asserted"),
            ("PER", "USA", "071", "asserted"),
        ),
        (
            "Norway pledged U.S. $4 million to Haiti.",
            ("NOR", "HTI", "0331", "asserted"),
            ("NOR", "USA", "0331", "asserted"),
        ),
    ],
)
def test_only_a_currency_prefix_is_no_actor(coder, text, expected, absent) -> None:
    assert_coded(coded_readings(coder, text, DAY), expected, absent)


def test_the_shipped_prefixes_are_dollar_forms() -> None:
    prefixes = load_currency_prefixes()
    assert {"us", "u.s.", "hk", "nz"} <= prefixes
    assert not {"haiti", "japan", "jordan"} & prefixes


def test_a_malformed_prefix_file_names_itself(tmp_path: Path) -> None:
    bad = tmp_path / "currency_prefixes.yaml"
    bad.write_text("prefixes: us\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="prefixes") as info:
        load_currency_prefixes(str(bad))
    assert "currency_prefixes.yaml" in str(info.value)
