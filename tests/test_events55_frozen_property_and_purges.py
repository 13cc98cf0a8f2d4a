"""Freezing another's buildings or property is an asset freeze aimed at their named owner,
removing an official from his posts is a purge, and making weapons is no military aid (events55,
verbs.tsv block "# events55": freeze.v+property, remove.v_from+post and kin, make.v+weapon;
word_classes.tsv @owning_verb read by events/named_targets.py).

Sentences written here from made-up facts (other countries and years than any sample).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_readings

DAY = dt.date(2014, 5, 6)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Russia froze three buildings owned by the Ukrainian government in Crimea.",
            ("RUS", "UKRGOV"),
        ),
        ("The United States froze property belonging to Iranian banks.", ("USA", "IRNBUS")),
        ("Venezuela froze the facilities of an American oil company.", ("VEN", "USABUS")),
    ],
)
def test_freezing_anothers_buildings_or_property_is_an_asset_freeze(
    coder, text: str, pair: tuple[str, str]
) -> None:
    found = coded_readings(coder, text, DAY)
    assert any((s, t) == pair and code == "163" for s, t, code, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran seized ships owned by a Greek company.", ("IRN", "GRCBUS", "1711", "asserted")),
        ("Iran seized ships owned by Greece and Cyprus.", ("IRN", "CYP", "1711", "asserted")),
    ],
)
def test_a_seized_objects_named_owner_is_the_target(coder, text: str, expected) -> None:
    found = coded_readings(coder, text, DAY)
    assert expected in found, found


@pytest.mark.model
def test_freezing_ones_own_nuclear_facilities_stays_a_nuclear_freeze(coder) -> None:
    found = coded_readings(coder, "Iran froze its nuclear facilities.", DAY)
    assert any(code == "0873" for _, _, code, _ in found), found
    assert not any(code == "163" for _, _, code, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iran removed its navy commander, Ali Shamkhani, from all his posts.",
            ("IRN", "IRNMIL", "172", "asserted"),
        ),
        ("Iraq dismissed its army chief from his post.", ("IRQ", "IRQMIL", "172", "asserted")),
        (
            "Syria stripped its air force chief of all his posts.",
            ("SYR", "SYRMIL", "172", "asserted"),
        ),
        ("Egypt relieved its army chief of his duties.", ("EGY", "EGYMIL", "172", "asserted")),
    ],
)
def test_removing_an_official_from_his_posts_is_a_purge(coder, text: str, expected) -> None:
    found = coded_readings(coder, text, DAY)
    assert expected in found, found


@pytest.mark.model
def test_troops_removed_from_border_posts_are_no_purge(coder) -> None:
    found = coded_readings(coder, "Israel removed its troops from border posts.", DAY)
    assert not any(code == "172" for _, _, code, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Japan published a list of 400 goods that may not be sold to Iran because they could be "
        "used to make weapons.",
        "The inspectors said the parts could be used to make missiles.",
    ],
)
def test_goods_that_could_make_weapons_are_no_military_aid(coder, text: str) -> None:
    found = coded_readings(coder, text, DAY)
    assert not any(code == "072" for _, _, code, _ in found), found


@pytest.mark.model
def test_weapons_sent_stay_military_aid(coder) -> None:
    found = coded_readings(coder, "Russia sent weapons to Syria.", DAY)
    assert ("RUS", "SYR", "072", "asserted") in found, found
