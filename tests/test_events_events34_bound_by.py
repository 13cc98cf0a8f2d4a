"""Being "no longer bound by" or "no longer committed to" an agreement renounces it (127), as
"would no longer abide by" does; the one bound is the subject, not the agreement's object."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_events

pytestmark = pytest.mark.model

DAY = dt.date(2013, 3, 8)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Pyongyang said it was no longer bound by the armistice.", "PRK"),
        ("Iran said it was no longer committed to the nuclear deal.", "IRN"),
        ("Russia declared that it was no longer bound by the treaty.", "RUS"),
        ("North Korea is no longer bound by the 2012 accord, its foreign ministry said.", "PRK"),
    ],
)
def test_no_longer_bound_renounces(coder, text, source):
    events = coded_events(coder, text, DAY)
    assert any(e.cameo == "127" and (e.source or "").startswith(source) for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        "The ship was bound for Syria.",
        "The crime was committed in Seoul.",
        "The prisoners were bound by their hands.",
    ],
)
def test_other_participles_renounce_nothing(coder, text):
    events = coded_events(coder, text, DAY)
    assert not any(e.cameo.startswith("12") for e in events), events
