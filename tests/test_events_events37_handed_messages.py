"""Handing someone a letter or a message delivers it: a statement (010) from the sender's side to
the receiver, as "delivered a message to" is (verbs.tsv hand.v+speech, hand.v_over+speech,
pass.v_on+speech); an envoy in apposition speaks for the leader's country."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_events

pytestmark = pytest.mark.model

DAY = dt.date(2019, 4, 2)


def _statements(coder, text: str) -> list[tuple[str, str]]:
    return [
        (e.source or "?", e.target or "?")
        for e in coded_events(coder, text, DAY)
        if e.cameo == "010"
    ]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Kim Yong-chol, a special envoy of Kim Jong Un, handed Donald Trump a letter "
            "from the North Korean leader.",
            "PRK",
            "USA",
        ),
        (
            "The Chinese ambassador handed South Korea's president a message from Xi Jinping.",
            "CHN",
            "KOR",
        ),
        (
            "The Japanese envoy handed over a personal letter from Abe to the Russian president.",
            "JPN",
            "RUS",
        ),
    ],
)
def test_a_handed_letter_is_a_statement_to_its_receiver(coder, text, source, target):
    found = _statements(coder, text)
    assert any(s.startswith(source) and t.startswith(target) for s, t in found), found


def test_a_handed_over_letter_is_no_release(coder):
    text = "The Japanese envoy handed over a personal letter from Abe to the Russian president."
    assert not [e for e in coded_events(coder, text, DAY) if e.cameo.startswith("084")]


@pytest.mark.parametrize(
    "text",
    [
        "The Chinese ambassador handed President Moon a message from Xi Jinping.",
        "A Japanese envoy delivered a letter from Vladimir Putin.",
    ],
)
def test_the_author_of_a_message_is_no_target(coder, text):
    found = [e for e in coded_events(coder, text, DAY) if e.cameo == "010"]
    assert found and not [e for e in found if e.target and e.target == e.source], found
