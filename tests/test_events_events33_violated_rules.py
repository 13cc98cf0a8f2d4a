"""Whose resolutions or charter are violated is not whom a violation charge is aimed at: the
accused is the doer of the act called a violation, or no one when no doer is named."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_events

pytestmark = pytest.mark.model

DAY = dt.date(2012, 4, 13)


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        (
            "Tokyo denounced Pyongyang's rocket firing and called it a breach of U.N. resolutions.",
            "PRK",
        ),
        ("Seoul described North Korea's nuclear test as a violation of U.N. resolutions.", "PRK"),
        (
            "Britain criticised the Iranian missile launch and called it a violation of the "
            "U.N. Charter.",
            "IRN",
        ),
    ],
)
def test_the_charge_is_aimed_at_the_acts_doer(coder, text, accused):
    charges = [e for e in coded_events(coder, text, DAY) if e.cameo.startswith("11")]
    assert charges, text
    assert all(not (e.target or "").startswith("IGO") for e in charges), charges
    assert any((e.target or "").startswith(accused) for e in charges), charges


def test_no_doer_leaves_the_charge_without_target(coder):
    text = "Australia condemned the firing and called it a violation of U.N. resolutions."
    charges = [e for e in coded_events(coder, text, DAY) if e.cameo.startswith("11")]
    assert charges and all(e.target is None for e in charges), charges


def test_criticising_the_body_itself_still_targets_it(coder):
    events = coded_events(coder, "Russia criticised the U.N. Security Council.", DAY)
    assert any((e.target or "").startswith("IGO") for e in events), events
