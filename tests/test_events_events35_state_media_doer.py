"""A country-less "state television"/"state media" whose report names no state's doer speaks
for the one state with state media (``state_media_states``) that acts in the sentence, else in
the story so far; with two such states, for none (actors/state_media.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_events

pytestmark = pytest.mark.model

DAY = dt.date(2012, 4, 13)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Hours after North Korea's rocket broke apart over the sea, state television "
            "admitted the satellite had failed to reach orbit.",
            "PRK",
        ),
        (
            "North Korea launched a long-range rocket on Friday, and state media later admitted "
            "the launch had failed.",
            "PRK",
        ),
        (
            "Iran's navy seized a tanker in the Gulf. State television said the crew was safe.",
            "IRN",
        ),
    ],
)
def test_the_medium_is_the_acting_states(coder, text, country):
    events = coded_events(coder, text, DAY)
    media = [e for e in events if "tele" in (e.evidence or "") or "media" in (e.evidence or "")]
    assert media and all((e.source or "") == country + "GOV" for e in media), events


@pytest.mark.parametrize(
    "text",
    [
        "China and Russia blocked the resolution. State media said the vote was unfair.",
        "American warplanes bombed the town. State television said the strike was a crime.",
    ],
)
def test_no_guess_without_one_such_state(coder, text):
    events = coded_events(coder, text, DAY)
    media = [e for e in events if "media" in (e.evidence or "") or "tele" in (e.evidence or "")]
    assert media and all((e.source or "").startswith("---") for e in media), events
