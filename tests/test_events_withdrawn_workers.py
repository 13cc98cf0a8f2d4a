"""A state pulling its workers out of a joint venture reduces relations (CAMEO 166): it yields
nothing, and an announced withdrawal is a threat, not a promise the ledger could count."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_events

pytestmark = pytest.mark.model

DAY = dt.date(2013, 4, 8)


@pytest.mark.parametrize(
    "text",
    [
        # pulling out, with and without the particle next to the verb (withdraw: pass 18)
        "North Korea pulled out its 53,000 workers in April.",
        "Pyongyang pulled its employees out of the industrial zone on Monday.",
        "Pyongyang pulled its workers from the park.",
    ],
)
def test_withdrawing_workers_is_a_reduction_of_relations(coder, text):
    codes = {e.cameo for e in coded_events(coder, text, DAY) if (e.source or "").startswith("PRK")}
    assert "166" in codes, codes
    assert not codes & {"080", "0874"}, codes


def test_an_announced_withdrawal_of_workers_is_no_promise():
    from pledgewatch.coding import context_for_text, shared_coder

    text = (
        "North Korea said on Monday that it would withdraw all its workers from the joint "
        "factory park."
    )
    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    withdrawal = [e for e in events if e.cameo == "166"]
    assert withdrawal and all(e.commitment is not None for e in withdrawal), events
    assert all(e.commitment.kind != "promise" for e in withdrawal), withdrawal
