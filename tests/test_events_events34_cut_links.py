"""Cutting a hotline or communications with X reduces relations with X (160, word class
@cooperation_link); "declared the armistice invalid" is a rejection (1246) also when the parser
makes the armistice a compound of "invalid", and also as the second of two joined acts."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_events

pytestmark = pytest.mark.model

DAY = dt.date(2013, 3, 11)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Pyongyang severed communications with Seoul.", "PRK", "KOR"),
        ("North Korea cut off the military hotline with South Korea.", "PRK", "KOR"),
        ("Russia cut the military hotline with NATO.", "RUS", "IGO"),
        ("Moscow suspended the emergency hotline with Kyiv on Friday.", "RUS", "UKR"),
        # the "with" of the link names its other end, not the Red Cross that names the link
        ("Moscow cut the Red Cross hotline with Tbilisi.", "RUS", "GEO"),
    ],
)
def test_cutting_a_link_reduces_relations(coder, text, source, target):
    events = [e for e in coded_events(coder, text, DAY) if e.cameo == "160"]
    assert any(
        (e.source or "").startswith(source) and (e.target or "").startswith(target) for e in events
    ), events


@pytest.mark.parametrize(
    "text",
    [
        "North Korea declared the 1953 armistice invalid.",
        "Pyongyang shut the border and declared the truce null.",
        "North Korea cut the hotline with the South and declared the 1953 armistice invalid.",
    ],
)
def test_an_annulling_small_clause_is_a_rejection(coder, text):
    events = coded_events(coder, text, DAY)
    assert any(e.cameo == "1246" and (e.source or "").startswith("PRK") for e in events), events
    assert not any(e.cameo == "010" for e in events), events
