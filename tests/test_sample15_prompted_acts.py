"""Whom a causative prompts to act does the act: "prompting Seoul to cancel talks".

dependency_roles.OBJECT_CONTROL (prompt, cause, spur, provoke); the lead's fifteenth sample,
where South Korean marines' return fire was given to the North, the subject of "prompting".
Sentences written here from the Yellow Sea incidents of 2010.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_triples

DAY = dt.date(2010, 11, 24)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "doer", "code", "not_doer"),
    [
        (
            "North Korea shelled the island, prompting Seoul to cancel talks.",
            "KORGOV",
            "164",
            "PRK",
        ),
        (
            "The shelling of Yeonpyeong prompted Japan to impose new sanctions on North Korea.",
            "JPN",
            "163",
            "PRK",
        ),
        (
            "The sinking of the Cheonan caused South Korea to halt trade with the North.",
            "KOR",
            "16",
            "PRK",
        ),
        (
            "North Korea's artillery attack spurred Washington to send an aircraft carrier to "
            "the Yellow Sea.",
            "USAGOV",
            "15",
            "PRK",
        ),
    ],
)
def test_the_prompted_party_does_the_act(coder, text, doer, code, not_doer) -> None:
    found = coded_triples(coder, text, DAY)
    assert any(s == doer and c.startswith(code) for s, _, c in found), found
    assert not any(s == not_doer and c.startswith(code) for s, _, c in found), found


@pytest.mark.model
def test_an_appeal_still_names_its_addressee(coder) -> None:
    """The list's old members keep their reading: the one urged is the appeal's target."""
    found = coded_triples(coder, "China urged North Korea to return to the talks.", DAY)
    assert ("CHN", "PRK", "026") in found, found
