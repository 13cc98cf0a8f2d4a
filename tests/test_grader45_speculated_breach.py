"""A pledge recalled is still a pledge when only its breach is speculated (grader45, seed 68
outside the draw; ``commitments/no_pledge.py``, ``relayed_promises.holds_recalled_promise``):
"The launch could violate the pledge La Paz made" speculates on the violation; the pledge was
made, so the commitment stays a promise and is not read as the report's speculation. A
modal of the promised act itself ("Bolivia could halt its tests") is still speculation.

Sentences written for these tests (other countries and years)."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2033, 4, 9)


def _kinds(text: str) -> list[str]:
    """The commitment kinds of the text's last sentence."""
    from pledgewatch.coding import context_for_text, shared_coder

    sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    last = sentences[-1].id
    return [e.commitment.kind for e in events if e.commitment and e.sentence_id == last]


@pytest.mark.parametrize(
    "text",
    [
        "Bolivia says its rocket will lift off this week. The launch could violate the pledge "
        "La Paz made to Peru in March to halt missile tests.",
        "Venezuela plans to resume drilling in the disputed waters. The drilling might break "
        "the promise that Caracas made to Guyana last year.",
    ],
)
def test_speculated_breach_keeps_the_promise(text: str) -> None:
    assert "promise" in _kinds(text)


def test_modal_of_the_act_itself_stays_speculation() -> None:
    text = "Bolivia says its rocket will lift off this week. La Paz could halt the tests later."
    assert "promise" not in _kinds(text)
