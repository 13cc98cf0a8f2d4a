"""Nominal events coordinated in a verb's object share its slot; a passive verb coordinated
after a clause shares that clause's subject as its patient (events49,
events/conjoined_objects.py).

Sentences written here. "condemned the attack on X and the sinking of Y": the second conjunct,
and a gerund coded through its verb ("the sinking of"), are named acts ("mentioned"), not main
news with no doer. "the weapons were old and were being sent to X": the first clause's
subject is what is shipped, so the verb's pattern sees it, and it is not taken for the sender.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_events

DAY = dt.date(2010, 12, 7)


def _rows(coder, text: str) -> set[tuple[str, str, str, str]]:
    return {
        (e.source or "?", e.target or "?", e.cameo[:2], e.role)
        for e in coded_events(coder, text, DAY)
    }


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a gerund coded through its verb, alone in the object slot
        ("The envoys condemned the sinking of the Cheonan.", ("?", "KORMIL", "19", "main")),
        # the second of two coordinated acts
        (
            "Tokyo condemned the shelling of the island and the sinking of the Cheonan.",
            ("?", "KORMIL", "19", "main"),
        ),
    ],
)
def test_a_condemned_act_is_named_not_main(coder, text, absent) -> None:
    found = _rows(coder, text)
    assert absent not in found, found
    assert ("?", "KORMIL", "19", "mentioned") in found, found


@pytest.mark.model
def test_a_coordinated_sanction_is_still_not_absorbed(coder) -> None:
    """ "imposed sanctions and an asset freeze on Iran": one sanction of the verb, unchanged."""
    found = _rows(coder, "The United States imposed sanctions and an asset freeze on Iran.")
    assert ("USA", "IRN", "16", "main") in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Havana said the weapons were outdated and were being sent to North Korea.",
            ("?", "PRK", "07", "main"),
        ),
        # the trawler is what was seized (it was no target before)
        (
            "The trawler left Busan and was seized by North Korea.",
            ("PRK", "---BUS", "17", "main"),
        ),
    ],
)
def test_a_passive_conjunct_shares_the_first_clauses_subject(coder, text, expected) -> None:
    found = _rows(coder, text)
    assert any(r[1:] == expected[1:] for r in found), found


@pytest.mark.model
def test_the_shared_patient_is_not_the_doer(coder) -> None:
    """ "the trawler left port and was seized by X": the trawler is seized, X seizes."""
    found = _rows(coder, "The trawler left Busan and was seized by North Korea.")
    assert not any(r[2] == "17" and r[0] != "PRK" for r in found), found
