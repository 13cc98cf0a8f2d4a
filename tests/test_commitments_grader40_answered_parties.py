"""The party an answer is addressed to when the story names it (grading audit seed 64, group 3;
grader40):

- an acceptance of an offer is made to the offer's maker, as a refusal of one already is
  (``offers_answered.py``): named with the offer noun ("Quito's offer"), or, for "the offer"
  told before as an act ("The United States will provide relief supplies ... has accepted
  the offer"), the subject of the nearest earlier act of offering, whose objects give the
  topic;
- a refusal with no party of its own answers the measure the story's lead tells against the
  refuser ("The Council imposed sanctions on Bolivia ... would not stop enriching uranium"):
  made to the measure's taker (``measures_answered.py``).

Sentences written for these tests (other countries and years)."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2031, 4, 9)


def _answers(text: str, kind: str) -> list[tuple[str | None, str]]:
    """(promisee, topic) of each commitment of ``kind``."""
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    return [
        (e.commitment.promisee, e.commitment.topic)
        for e in events
        if e.commitment and e.commitment.kind == kind
    ]


RELIEF = (
    "Japan will provide up to $2 million in emergency relief supplies to help people in Peru "
    "affected by the 2030 earthquake. The assistance will include tents and water filters. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{RELIEF}The Peruvian government has accepted the offer.", ("JPN", "humanitarian_aid")),
        (
            "Chile offered Bolivia talks on the border. Bolivia accepted the offer on Monday.",
            ("CHL", "talks"),
        ),
        ("Lima accepted Quito's offer of talks.", ("ECUGOV", "talks")),
        # an offer of its own country's maker: no one else to answer
        (
            "Peru will provide relief supplies. The Peruvian army accepted the offer.",
            (None, "other"),
        ),
    ],
)
def test_an_offer_accepted_is_made_to_its_maker(text: str, expected: tuple) -> None:
    assert _answers(text, "promise")[-1] == expected


SANCTIONS = (
    "The U.N. Security Council imposed a fifth round of sanctions on Bolivia on Tuesday over "
    "its nuclear program. Thirteen of the 15 members voted for the resolution. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"{SANCTIONS}Bolivia's envoy said his country would not stop enriching uranium.",
            [("IGOUNO", "enrichment_freeze")],
        ),
        # the measure is on another state: nothing to answer
        (
            "The U.N. Security Council imposed new sanctions on Chad on Tuesday. Twelve members "
            "voted for it. Bolivia's envoy said his country would not stop enriching uranium.",
            [(None, "enrichment_freeze")],
        ),
        # no measure in the lead
        (
            "Bolivia's envoy spoke in New York on Tuesday. Twelve diplomats listened. Bolivia's "
            "envoy said his country would not stop enriching uranium.",
            [(None, "enrichment_freeze")],
        ),
    ],
)
def test_a_refusal_answers_the_measure_of_the_lead(text: str, expected: list) -> None:
    assert _answers(text, "refusal") == expected
