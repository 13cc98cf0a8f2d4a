"""An adjective pattern may name its preposition and object words (verbs.tsv open.a+to):
being open to talks is an intent to negotiate (036) as "ready for talks" is; being open to
traders or to attack is no intent."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_events

pytestmark = pytest.mark.model

DAY = dt.date(2013, 4, 12)


@pytest.mark.parametrize(
    ("text", "source", "code"),
    [
        ("Washington is open to talks with Pyongyang.", "USA", "036"),
        ("Seoul said it remained open to negotiations with the North.", "KOR", "036"),
        ("The Japanese government was open to dialogue with China.", "JPN", "036"),
        ("Russia said it was open to a compromise on the resolution.", "RUS", "030"),
    ],
)
def test_open_to_an_act_is_an_intent(coder, text, source, code):
    events = coded_events(coder, text, DAY)
    assert any(e.cameo == code and (e.source or "").startswith(source) for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        "The border is open to traders.",
        "The island is open to attack.",
        "The museum is open to visitors from Japan.",
    ],
)
def test_open_to_no_act_is_no_intent(coder, text):
    events = coded_events(coder, text, DAY)
    assert not any(e.cameo.startswith("03") for e in events), events
