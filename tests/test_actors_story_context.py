"""Bare national bodies, crews and a headline's "North's" take their country from the story.

"The Defense Ministry", "the National Security Council", "the interim government" with no
country named take the country of the story's dateline ("SEOUL, March 11 (Yonhap) --"), and
the same body in a Washington story is American; a bare crew takes the flag of the last ship
named with a country; "North's offer" in a headline is North Korea's when the story names
Korea. Texts written for these tests; headline and body are joined by a blank line, as the
coder reads a stored document.
"""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2011, 8, 22)


def codes_of(matcher, nlp, text: str) -> dict[str, str]:
    """Mention text -> code for a text parsed by the trained pipeline (the rules need a parse)."""
    doc = nlp(text)
    return {m.text: m.code for m in matcher.find_in_doc(doc, DAY)}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Seoul weighs response\n\nSEOUL, Aug. 22 (Yonhap) -- South Korea said on Monday it "
            "would respond sternly. President Lee Myung-bak convened the National Security "
            "Council. The Defense Ministry said the military would stay on alert.",
            {
                "National Security Council": "KORGOV",
                "Defense Ministry": "KORGOV",
                "military": "KORMIL",
            },
        ),
        (
            "US weighs response\n\nWASHINGTON, Aug. 22 (Reuters) -- The United States said on "
            "Monday it would seek new sanctions. The National Security Council met to discuss "
            "the launch.",
            {"National Security Council": "USAGOV"},
        ),
        (
            "Mali names cabinet\n\nBAMAKO, Aug. 22 (Reuters) -- Mali named a new cabinet. The "
            "interim government said elections would be held next year.",
            {"government": "MLIGOV"},
        ),
        # the ministry that reports a foreign act is the dateline's, not the actor's
        (
            "Missiles fired\n\nSEOUL, Aug. 22 (Yonhap) -- Seoul was on alert. North Korea fired "
            "two missiles into the sea on Monday, the Defense Ministry said.",
            {"Defense Ministry": "KORGOV"},
        ),
    ],
)
def test_a_bare_national_body_is_the_datelines(matcher, nlp, text: str, expected: dict) -> None:
    found = codes_of(matcher, nlp, text)
    for mention, code in expected.items():
        assert found.get(mention) == code, found


@pytest.mark.model
def test_without_a_dateline_a_bare_body_stays_unknown(matcher, nlp) -> None:
    found = codes_of(matcher, nlp, "The Defense Ministry said the military would stay on alert.")
    assert found.get("Defense Ministry") == "---GOV", found
    # and a bare National Security Council is no longer the United States' everywhere
    found = codes_of(matcher, nlp, "The National Security Council met on Monday.")
    assert found.get("National Security Council") == "---GOV", found
    found = codes_of(matcher, nlp, "The U.S. National Security Council met on Monday.")
    assert "USAGOV" in found.values(), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        (
            "Ship seized\n\nPANAMA CITY, Aug. 22 (AP) -- Panama seized a North Korean cargo "
            "ship. The cargo included missile parts. The crew resisted the search.",
            "crew",
            "PRKCVL",
        ),
        (
            "Ship held\n\nMANILA, Aug. 22 (AP) -- Officials held a Panamanian-flagged vessel. "
            "The ship's crew were questioned.",
            "crew",
            "PANCVL",
        ),
    ],
)
def test_a_crew_takes_its_ships_flag(matcher, nlp, text: str, mention: str, code: str) -> None:
    assert codes_of(matcher, nlp, text).get(mention) == code


@pytest.mark.model
def test_a_crew_of_a_ship_named_with_its_owner_is_left_to_it(matcher, nlp) -> None:
    text = (
        "Ship seized\n\nPANAMA CITY, Aug. 22 (AP) -- Panama seized a ship. North Korea "
        "demanded the release of its ship and crew."
    )
    assert codes_of(matcher, nlp, text).get("crew") != "PANCVL"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Seoul rejects North's offer of talks\n\nThe offer came on Monday.", "PRK"),
        # no antecedent before it: the story names Korea further on
        (
            "Envoy calls North's enrichment plant disappointing\n\nThe US envoy said South "
            "Korea shared his view.",
            "PRK",
        ),
    ],
)
def test_a_headlines_north_is_north_korea(matcher, nlp, text: str, code: str) -> None:
    assert codes_of(matcher, nlp, text).get("North") == code


@pytest.mark.model
def test_a_name_before_north_is_no_direction(matcher, nlp) -> None:
    found = codes_of(matcher, nlp, "Oliver North's memoir was published in Seoul.")
    assert "North" not in found, found
