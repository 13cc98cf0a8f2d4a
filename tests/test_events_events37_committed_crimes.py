"""Committing a crime or an offence is doing it, no commitment: "the murders were committed by
soldiers" codes no 030 (verbs.tsv commit.v+crime); committing to talks or troops stays."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_events

pytestmark = pytest.mark.model

DAY = dt.date(2017, 6, 5)


def _codes(coder, text: str) -> list[str]:
    return [e.cameo for e in coded_events(coder, text, DAY)]


@pytest.mark.parametrize(
    "text",
    [
        "The killings were committed by soldiers of the border unit.",
        "The offences were committed by Russian officers, the court found.",
        "Rebels committed war crimes in the east.",
    ],
)
def test_a_committed_crime_is_no_intent(coder, text):
    assert not [c for c in _codes(coder, text) if c.startswith("03")], _codes(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Iran committed to new talks with the agency.",
        "Japan committed to resuming the fisheries talks with China.",
    ],
)
def test_committing_to_an_act_stays_intent(coder, text):
    assert [c for c in _codes(coder, text) if c.startswith("03")], _codes(coder, text)
