"""Hosting a drill, carrying weapons as cargo, purging an official (events53).

Sentences written here (data/lexicon/verbs.tsv): a country that hosts an exercise holds it on
its own ground, so the act is the drill (150; a joint one 062), not a visit (043, which hosting a
guest or a summit stays); a ship "carrying" weapons is transport, no show of force, and the
weapons' origin is no target (carrying weapons out, "carried out a missile test", stays 150); a
state that purges its own official imposes an administrative sanction (172), and keeps its
source when the purged man codes as the bare country (events/self_bound.py).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_triples

DAY = dt.date(2014, 5, 2)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Japan hosted a naval exercise off Okinawa.", ("JPN", "?", "150"), ("JPN", "?", "043")),
        (
            "Australia hosted a joint military drill near Darwin.",
            ("AUS", "?", "062"),
            ("AUS", "?", "043"),
        ),
        (
            "Japan hosted Chinese Premier Li Keqiang.",
            ("JPN", "CHNGOV", "043"),
            ("JPN", "CHNGOV", "150"),
        ),
    ],
)
def test_hosting_an_exercise_is_the_exercise(coder, text, expected, absent) -> None:
    found = coded_triples(coder, text, DAY)
    assert expected in found, found
    assert absent not in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Egypt seized a Syrian ship that was carrying undeclared Iranian weapons.",
            {("EGY", "SYR", "1711")},
        ),
        ("Pakistan carried out a nuclear test.", {("PAK", "?", "150")}),
        ("Iran carried out a missile test on Monday.", {("IRN", "?", "150")}),
    ],
)
def test_carrying_cargo_is_no_show_of_force(coder, text, expected) -> None:
    found = coded_triples(coder, text, DAY)
    assert expected <= found, found
    assert not any(code == "150" and t == "IRN" for _, t, code in found), found
    if "ship" in text:
        assert not any(code == "150" for _, _, code in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Syria has purged its defence minister.", ("SYR", "SYRGOV", "172")),
        (
            "Cuba said on Monday that it had purged a senior general for corruption.",
            ("CUB", "?", "172"),
        ),
    ],
)
def test_a_purge_is_an_administrative_sanction(coder, text, expected) -> None:
    assert expected in coded_triples(coder, text, DAY)


@pytest.mark.model
def test_a_state_purging_its_own_man_keeps_its_source(coder) -> None:
    # Jang codes the bare country once purged (people.yaml), as "it" does: a person named in
    # full is no pronoun misbound to the target (events/self_bound.py)
    text = "North Korea said on Tuesday that it had expelled Jang Song Thaek from the party."
    found = coded_triples(coder, text, dt.date(2013, 12, 10))
    assert ("PRK", "PRK", "174") in found, found
