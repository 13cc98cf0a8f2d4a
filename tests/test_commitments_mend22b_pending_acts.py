"""An act still to be done pledges nothing: "has yet to sign", "is still to ratify" say what
has not happened, as "has not yet signed" does (``commitments.pending_acts``, review22 #6).
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2031, 4, 9)


def _kinds(text: str) -> dict[str, str | None]:
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    return {
        e.cameo: (e.commitment.kind if e.commitment is not None else None)
        for e in events
        if e.cameo
    }


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Kenya has yet to sign the fisheries accord.", "057"),
        ("Kenya has not yet signed the fisheries accord.", "057"),
        ("Ghana is still to ratify the maritime treaty.", "057"),
    ],
)
def test_an_act_still_to_come_is_no_commitment(text: str, cameo: str) -> None:
    assert _kinds(text).get(cameo, "absent") is None


def test_a_promise_to_sign_stays_a_promise() -> None:
    assert _kinds("Kenya will sign the fisheries accord next month.").get("057") == "promise"


def test_the_pending_reading_needs_a_pending_cue() -> None:
    from types import SimpleNamespace

    from pledgewatch.commitments.pending_acts import pending_act

    def finding(modality: str, cue: str | None) -> object:
        return SimpleNamespace(event=SimpleNamespace(modality=modality), modality_cue=cue)

    assert pending_act(finding("negated", "yet to"))  # type: ignore[arg-type]
    assert pending_act(finding("negated", "still to"))  # type: ignore[arg-type]
    assert not pending_act(finding("negated", "refuse"))  # type: ignore[arg-type]
    assert not pending_act(finding("negated", "not"))  # type: ignore[arg-type]
    assert not pending_act(finding("future", "yet to"))  # type: ignore[arg-type]
