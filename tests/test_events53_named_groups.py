"""A group named again by its bare noun is the group named before (events53).

Sentences written here (events/named_groups.py, data/lexicon/named_groups.yaml): "North Korean
officials told the team that ..." tells the team the story named before ("a team led by Robert
King", "Robert King led a team": USAGOV; "IAEA inspectors": IGOUNOIAE), not no one. A team the
story never named, or named with no country ("a team from Stanford University"), stays no one;
a group with an owner of its own is read as it stands.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_triples

DAY = dt.date(2015, 3, 2)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A team led by U.S. envoy Robert King visited Pyongyang last week. North Korean "
            "officials told the team that the plant was producing uranium.",
            {("USAGOV", "PRKGOV", "042"), ("PRKGOV", "USAGOV", "010")},
        ),
        (
            "Robert King led a team that visited Pyongyang last week. North Korean officials "
            "told the team that the plant was producing uranium.",
            {("PRKGOV", "USAGOV", "010")},
        ),
        (
            "IAEA inspectors arrived in Tehran on Sunday. Iranian officials told the visiting "
            "inspectors that the plant was enriching uranium.",
            {("IRNGOV", "IGOUNOIAE", "010")},
        ),
    ],
)
def test_the_group_named_before_is_the_hearer(coder, text, expected) -> None:
    found = coded_triples(coder, text, DAY)
    assert expected <= found, found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Iranian officials told the team that the plant was enriching uranium.",
        "A team from Stanford University visited Natanz. Iranian officials told the team that "
        "the plant was enriching uranium.",
    ],
)
def test_a_team_named_with_no_country_stays_no_one(coder, text) -> None:
    found = coded_triples(coder, text, DAY)
    assert ("IRNGOV", "?", "010") in found, found


def test_a_malformed_group_file_names_itself(tmp_path) -> None:
    from pledgewatch.errors import ConfigError
    from pledgewatch.events.named_groups import load_group_nouns

    assert {"team", "delegation", "inspectors"} <= load_group_nouns()
    bad = tmp_path / "named_groups.yaml"
    bad.write_text("nouns: team\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_group_nouns(str(bad))
    assert "named_groups.yaml" in str(info.value)
