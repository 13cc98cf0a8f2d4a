"""Talks that are only the occasion of a sentence name no agreement partner (brief grader35,
the risk grader33 saw in its agreement-partner rule), in sentences of our own: "Chile said Peru
was ready to talk during talks" names Chile as a speaker and the talks as a setting, so a later
"Peru agreed to ..." is not made to Chile. A phrase of setting that names its own party
("after talks with Peru", "after their talks") and talks that are the states' own object ("held
talks") still give the partner.
"""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2024, 5, 6)


def _last_promisees(text: str) -> set[tuple[str | None, str | None]]:
    """(promisor country, promisee country) of each promise of the text's last sentence."""
    from pledgewatch.coding import context_for_text, shared_coder

    sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    last = f"{sentences[-1].doc_id}:{sentences[-1].index}"
    return {
        ((e.commitment.promisor or "")[:3] or None, (e.commitment.promisee or "")[:3] or None)
        for e in events
        if e.commitment is not None and e.commitment.kind == "promise" and e.sentence_id == last
    }


AGREED = "Peru agreed to reopen the border crossings."


@pytest.mark.parametrize(
    "before",
    [
        "Chile said Peru was ready to talk during talks.",
        "Chile said on Monday that Peru was ready to talk, speaking on the sidelines of the G20 "
        "talks in Rome.",
        "Chile said during the Pacific Alliance talks that Peru owed it money.",
    ],
)
def test_talks_as_a_setting_name_no_partner(before):
    assert _last_promisees(f"{before} {AGREED}") == {("PER", None)}


@pytest.mark.parametrize(
    "before",
    [
        "Chile and Peru held talks in Lima on Monday.",
        "Chile said on Monday after talks with Peru that the crossings would reopen.",
        "Chile and Peru met in Lima after their talks on trade.",
    ],
)
def test_talks_of_the_pair_still_give_the_partner(before):
    assert _last_promisees(f"{before} {AGREED}") == {("PER", "CHL")}
