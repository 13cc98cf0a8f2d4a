"""A warning of a consequence binds the warner (grading audit seed 47 #13, grader47): "warned
that any provocation near the islands would lead to war" is a threat (CAMEO 13x) in the
warner's own voice, though no actor is the subject of what it foretells, and "warned that
Manila would pay a heavy price" binds the warner, not the party warned
(``issuer_voice.threatened_in_saying``). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2014, 5, 7)


def _threats(text: str) -> set[tuple[str, str | None, bool, str]]:
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    return {
        (c.kind, c.promisor, c.first_party, c.formality)
        for e in events
        if (c := e.commitment) and e.cameo.startswith("13")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Beijing warned that any provocation near the islands would lead to war.",
        "Beijing warned that the drills could lead to war.",
        "Beijing warned that Manila would pay a heavy price for any provocation.",
        # the warner's own pledge, as before
        "Beijing warned that it would respond to any provocation.",
    ],
)
def test_a_warning_of_a_consequence_binds_the_warner(text: str) -> None:
    assert _threats(text) == {("statement", "CHNGOV", True, "official")}
