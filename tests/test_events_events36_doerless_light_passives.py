"""A light verb's passive with no agent, owner or target ("the test was carried out", "the
launch was conducted from the west coast") reaches the anaphora step: it takes the doer of the
same act told just before, else the state whose own press reports it ("KCNA said ..."); with
neither it is dropped (events/anaphoric_acts.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_events

pytestmark = pytest.mark.model

DAY = dt.date(2016, 2, 8)


def _doers_of(coder, text: str, root: str) -> list[str]:
    return [e.source or "?" for e in coded_events(coder, text, DAY) if e.cameo.startswith(root)]


@pytest.mark.parametrize(
    ("text", "doer", "count"),
    [
        # the act told in the sentence before, reported by another country's official
        (
            "Iran launched a rocket on Sunday. The launch was conducted from a desert base, "
            "an American official said.",
            "IRN",
            2,
        ),
        (
            "Russia tested a new missile on Friday. The test was carried out in the far north, "
            "a Norwegian officer said.",
            "RUS",
            2,
        ),
        # the doer told before wins over the press that reports it
        (
            "North Korea launched a rocket on Sunday. Xinhua said the launch was conducted "
            "from the west coast.",
            "PRK",
            2,
        ),
        # a single sentence in a state's own press: that state's own act
        ("KCNA said the launch was conducted from the west coast.", "PRKGOV", 1),
        ("Iranian state television said the test was carried out with success.", "IRNGOV", 1),
    ],
)
def test_the_doerless_passive_act_takes_its_doer(coder, text, doer, count):
    doers = _doers_of(coder, text, "15")
    assert len(doers) == count and all(d.startswith(doer) for d in doers), doers


@pytest.mark.parametrize(
    "text",
    [
        # no doer told before and no state's own press: no event
        "The launch was conducted from the west coast, a South Korean official said.",
        "A Japanese minister said the test was carried out in the early morning.",
        # a country-less press is no state
        "State media said the test was carried out with success.",
    ],
)
def test_the_doerless_passive_act_with_no_doer_is_dropped(coder, text):
    assert _doers_of(coder, text, "15") == []
