"""Topic trigger gaps from seed 61's group 4 (grader36; ``topics.yaml``):

- the verb "discuss" is talks, as the noun "discussion*" was ("was willing to discuss any
  subject"); talks is general, so a subject of its own wins ("discuss the embargo": sanctions);
- a state keeping the Security Council's resolutions on another state ("would respect U.N.
  Security Council resolutions on Iran") keeps the sanctions they impose; a resolution vetoed
  is none.

Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2024, 5, 6)


def _topics(text: str) -> set[str]:
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    return {e.commitment.topic for e in events if e.commitment is not None}


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("According to Carter, Castro was willing to discuss any subject.", {"talks"}),
        (
            "According to Carter, Castro was willing to discuss any subject, including the "
            "embargo.",
            {"sanctions"},
        ),
        (
            "Morales said Bolivia would respect U.N. Security Council resolutions on Iran.",
            {"sanctions"},
        ),
        ("Russia vetoed a U.N. Security Council resolution on Syria on Thursday.", {"other"}),
    ],
)
def test_discussing_is_talks_and_keeping_resolutions_on_a_state_is_sanctions(text, topics):
    assert _topics(text) == topics
