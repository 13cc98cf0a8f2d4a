"""An agreement clause's promisor when inspectors act on a party's ground (brief grader32, the
Leap Day texts in the demo), in sentences of our own: in an account of an agreement that
names both parties, "the text says IAEA inspectors will return to verify the shutdown of the
reactor" binds the party whose site they go to, not the inspecting body; the site named in the
act's purposes tells which party that is. The inspecting body's own words, and an act that
names no site of one party, stay the body's.
"""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2024, 5, 6)


def _inspection_pledges(text: str) -> list[tuple[str | None, str]]:
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    return [
        (e.commitment.promisor, e.commitment.formality)
        for e in events
        if e.commitment is not None
        and e.commitment.kind == "promise"
        and e.commitment.topic == "iaea_inspections"
    ]


@pytest.mark.parametrize(
    ("text", "promisor", "formality"),
    [
        # the other party's text of the agreement: the host is bound, in the text's voice
        (
            "Washington and Pyongyang published their texts of the accord on Friday. The U.S. "
            "text says IAEA inspectors will return to verify the shutdown of the 5-MW reactor.",
            "PRK",
            "formal",
        ),
        (
            "The two governments issued separate readouts of the freeze deal with North Korea. "
            "The American readout says IAEA inspectors will return to check the Yongbyon "
            "reactor and to seal the reprocessing plant.",
            "PRK",
            None,
        ),
    ],
)
def test_access_in_an_agreement_binds_the_host(text, promisor, formality):
    pledges = _inspection_pledges(text)
    assert pledges, text
    assert {p for p, _ in pledges} == {promisor}
    if formality is not None:
        assert {f for _, f in pledges} == {formality}


@pytest.mark.parametrize(
    ("text", "promisor"),
    [
        # no site of one party named: the body stays the promisor
        (
            "Tehran and Washington published their texts of the accord. The U.S. text says "
            "IAEA inspectors will return to monitor the freeze agreed with the United States.",
            "IGOUNOIAE",
        ),
        # the inspecting body's own words
        (
            "The IAEA said on Monday that it will send its inspectors back to the 5-MW reactor.",
            "IGOUNOIAE",
        ),
    ],
)
def test_access_with_no_host_stays_the_bodys(text, promisor):
    pledges = _inspection_pledges(text)
    assert pledges, text
    assert {p for p, _ in pledges} == {promisor}
