"""A "must" another voice puts on an actor is that voice's demand, not the actor's promise;
a "must" the speaker puts on itself stays an obligation it took on."""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.coding import context_for_text, shared_coder
from pledgewatch.model import Commitment

pytestmark = pytest.mark.model


def graded(text: str) -> list[tuple[str, Commitment]]:
    """(CAMEO code, commitment) of every graded event of ``text``."""
    _sentences, events, _flags = shared_coder().code_text(
        text, context_for_text(dt.date(2011, 1, 6))
    )
    return [(event.cameo, event.commitment) for event in events if event.commitment]


@pytest.mark.parametrize(
    ("text", "demander", "obliged"),
    [
        (
            "The defence ministry in Seoul said Pyongyang must apologise for the attack on "
            "its fishing boats.",
            "KOR",
            "PRK",
        ),
        ("North Korea must allow IAEA inspectors back, Clinton said.", "USA", "PRK"),
        ("North Korea must stop its provocations.", None, "PRK"),  # the report's own voice
        # a voice no dictionary places still puts the obligation on a named actor
        (
            "The forum concluded that the United States must allocate more money to water "
            "projects.",
            None,
            "USA",
        ),
        ("Analysts say North Korea must return to the six-party talks.", "---", "PRK"),
    ],
)
def test_an_obligation_put_on_another_actor_is_a_demand(
    text: str, demander: str | None, obliged: str
) -> None:
    found = graded(text)
    demands = [c for _, c in found if c.kind == "demand"]
    assert demands, found
    assert not [c for _, c in found if c.kind == "promise" and (c.promisor or "")[:3] == obliged]
    demand = demands[0]
    assert (demand.promisor or "")[:3] == (demander or "") and demand.promisee[:3] == obliged
    assert any("demand" in line for line in demand.why)


@pytest.mark.parametrize(
    "text",
    [
        "We must resume the six-party talks, the North Korean foreign ministry said.",
        # a speaker no dictionary places, whose pronoun may be itself: not known as a demand
        "North Korea wants dialogue. Pak said it must resume the six-party talks.",
    ],
)
def test_an_obligation_the_speaker_takes_on_stays_its_own(text: str) -> None:
    found = graded(text)
    assert any(c.kind == "promise" and (c.promisor or "").startswith("PRK") for _, c in found)
    assert not [c for _, c in found if c.kind == "demand" and (c.promisee or "")[:3] == "PRK"]


def test_a_past_event_named_in_the_demand_is_no_commitment() -> None:
    found = graded(
        "The ministry in Seoul said the North must take responsibility for the shelling of "
        "the island."
    )
    assert all(not code.startswith("19") for code, _ in found), found
