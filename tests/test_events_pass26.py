"""Event phenomena left by the audits of this stop (events26), with sentences written here.

Protesters a state's force fires on are that state's people. A bare plural "leaders" gathered in
a capital are several states' (a country has one head of state), not the host's government.
Cutting one's own output is no sanction on anyone. Police sent to another state, troops sent to
a multinational force or mission, and an offer of troops are help (074 and its intent 0334), not
a show of force or a threat; police sent within their own country show force (154). "The armed
forces" after a speaker of one country, and "the Joint Chiefs of Staff" in a dispatch, are that
country's. "The resolution" named before speaks for the body it was named with. "The two
leaders" are the two just joined by "and", even where the sentence names a third country.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import assert_coded, coded_triples

DAY = dt.date(2024, 3, 12)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Iraqi security forces opened fire on protesters in the south.",
            ("IRQMIL", "IRQOPP", "175"),
            ("IRQMIL", "---OPP", "175"),
        ),
        (
            "Sudanese troops fired on demonstrators.",
            ("SDNMIL", "SDNOPP", "175"),
            ("SDNMIL", "---OPP", "175"),
        ),
        # rebels fighting soldiers stay a fight, with no country given
        ("Rebels used weapons against soldiers.", ("---REB", "---MIL", "190"), None),
    ],
)
def test_protesters_a_state_fires_on_are_its_own(coder, text, expected, absent) -> None:
    assert_coded(coded_triples(coder, text, DAY), expected, absent)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Leaders gathered in Paris on Monday.", ("---GOV", "?", "040"), ("FRAGOV", "?", "040")),
        ("Leaders met in Nairobi.", ("---GOV", "?", "040"), ("KENGOV", "?", "040")),
        # protesters, students and (a country having many) ministers keep the place's country
        ("Students staged protests in Jakarta.", ("IDNEDU", "IDN", "141"), None),
    ],
)
def test_bare_leaders_in_a_capital_are_a_summit(coder, text, expected, absent) -> None:
    assert_coded(coded_triples(coder, text, DAY), expected, absent)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Kuwait will cut its oil output by 100,000 barrels a day.",
        "Iraq will cut its crude production by 200,000 barrels per day.",
        "Norway said it would cut gas output at two fields.",
    ],
)
def test_cutting_ones_own_output_is_no_sanction(coder, text) -> None:
    found = coded_triples(coder, text, DAY)
    assert not any(code.startswith("16") for _, _, code in found), found


@pytest.mark.model
def test_cutting_supplies_to_another_is_still_a_sanction(coder) -> None:
    found = coded_triples(coder, "Russia cut electricity supplies to Georgia.", DAY)
    assert any(code.startswith("16") for _, _, code in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rwanda will send 400 police officers to Mozambique.", ("RWA", "MOZ", "074")),
        ("Chad sent troops to a multinational force in Mali.", ("TCD", "MLI", "074")),
        ("Nigeria offered to deploy soldiers to Sierra Leone.", ("NGA", "SLE", "0334")),
        ("Ghana pledged to send troops to the stabilisation mission.", ("GHA", "?", "0334")),
    ],
)
def test_troops_sent_to_help_are_protection(coder, text, expected) -> None:
    found = coded_triples(coder, text, DAY)
    assert expected in found, found
    assert not any(code in ("138", "154") for _, _, code in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a threat or a plain deployment keeps its code
        ("Iran vowed to deploy troops to the border.", ("IRN", "?", "138")),
        ("Russia sent troops to the Ukrainian border.", ("RUS", "UKR", "154")),
        # police sent within one's own country show force there; they protect no other state
        ("India sent police to Kashmir on Monday.", ("IND", "IND", "154")),
        ("China sent police to Tibet after the riots.", ("CHN", "CHN", "154")),
        ("Pakistan deployed police to Balochistan after the attack.", ("PAK", "PAK", "154")),
    ],
)
def test_other_troop_movements_keep_their_code(coder, text, expected) -> None:
    found = coded_triples(coder, text, DAY)
    assert expected in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iran's defence minister said the armed forces would respond to any attack.",
            ("IRNMIL", "?", "130"),
        ),
        (
            "Colombia's defence minister said the armed forces would not attack Venezuela.",
            ("COLMIL", "VEN", "190"),
        ),
    ],
)
def test_the_armed_forces_of_a_speaker_are_its_countrys(coder, text, expected) -> None:
    found = coded_triples(coder, text, DAY)
    assert expected in found, found
    assert not any(source == "---MIL" for source, _, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "China blocked a U.N. Security Council resolution on Myanmar on Friday. "
            "The resolution threatened sanctions against the junta.",
            ("IGOUNO", "1312"),
        ),
        (
            "Washington welcomed an IAEA resolution on Tuesday. The resolution criticised Iran.",
            ("IGOUNOIAE", "111"),
        ),
    ],
)
def test_the_resolution_named_before_speaks_for_its_body(coder, text, expected) -> None:
    found = coded_triples(coder, text, DAY)
    source, code = expected
    assert any(s == source and c == code for s, _, c in found), found
    assert not any(s == "?" and c == code for s, _, c in found), found


@pytest.mark.model
def test_a_resolution_alone_still_has_no_source(coder) -> None:
    found = coded_triples(coder, "The resolution condemned Iran for the attacks.", DAY)
    assert ("?", "IRN", "111") in found, found


@pytest.mark.model
def test_the_two_leaders_are_the_pair_joined_by_and(coder) -> None:
    text = (
        "Prime Minister Kishida and President Yoon voiced concern about North Korea's missile "
        "program. The two leaders called for dialogue."
    )
    found = coded_triples(coder, text, DAY)
    assert {("JPNGOV", "?", "026"), ("KORGOV", "?", "026")} <= found, found
    assert ("---GOV", "?", "026") not in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "SEOUL, Jan. 28 (AFP) -- Officials said the North fired shells near the border. The "
            "shells fell in the sea, the Joint Chiefs of Staff said.",
            ("KORMIL", "?", "010"),
        ),
        (
            "WASHINGTON, May 3 (AP) -- The missile flew 900 km, the Joint Chiefs of Staff said.",
            ("USAMIL", "?", "010"),
        ),
    ],
)
def test_the_joint_chiefs_in_a_dispatch_are_the_datelines(coder, text, expected) -> None:
    found = coded_triples(coder, text, DAY)
    assert expected in found, found
    assert not any(source == "---MIL" for source, _, _ in found), found
