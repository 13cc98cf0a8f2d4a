"""Whose voice a demand is in, once the one who asks is known (the lead's demand sample of the
demo, seed 48): a demand in the demander's own words is first party; one told in another
country's account is third party; a joint voice ("the foreign ministers of A, B and C said")
speaks for each of its members. Sentences written here."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_commitments_grader import _graded

pytestmark = pytest.mark.model

DAY = dt.date(2011, 1, 19)


def _demands(text: str) -> dict[str, bool]:
    return {c.promisor: c.first_party for c in _graded(text, DAY) if c.kind == "demand"}


@pytest.mark.parametrize(
    ("text", "demander"),
    [
        (
            '"North Korea must show a change in its behaviour," Obama told a news conference.',
            "USAGOV",
        ),
        ("Seoul said Pyongyang must apologise for the sinking.", "KORGOV"),
        ("North Korea must stop its provocations, the White House said.", "USAGOV"),
    ],
)
def test_a_demand_in_the_demanders_own_words_is_first_party(text, demander):
    demands = _demands(text)
    assert demands.get(demander) is True, demands


def test_a_demand_told_in_another_countrys_account_is_third_party():
    text = "Chinese state media said Seoul had insisted that North Korea must apologise."
    demands = _demands(text)
    assert demands.get("KORGOV") is False, demands


def test_the_oppositions_account_of_a_government_demand_is_third_party():
    """As a promise's voice (parties.is_first_party): the opposition of the same country is
    not the government's own voice (review 19)."""
    text = "Lukashenko said Poland must close its border, a Belarusian opposition leader said."
    demands = _demands(text)
    assert demands == {"BLRGOV": False}, demands


def test_a_joint_voice_speaks_for_each_of_its_members():
    text = (
        "The foreign ministers of the United States, Japan and South Korea said on Monday that "
        "North Korea must change its behaviour."
    )
    demands = _demands(text)
    assert demands == {"USAGOV": True, "JPNGOV": True, "KORGOV": True}, demands


def test_the_why_keeps_one_reading_of_the_voice():
    text = '"North Korea must show a change in its behaviour," Obama told a news conference.'
    (demand,) = [c for c in _graded(text, DAY) if c.kind == "demand"]
    voices = [w for w in demand.why if w.startswith(("first party", "third party"))]
    assert voices == ["first party: the demander USAGOV says it"], demand.why
