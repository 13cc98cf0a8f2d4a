"""One act told by two words of one clause is one row (events46, events/doubled_rows.py).

Sentences written here: a summons whose purpose infinitive repeats its protest, the idiom "keep
(leave) the door open" to talks (036, verbs.tsv keep.v+open_door) beside the adjective "open to
negotiations"; a different act or other parties keep their own rows.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_events

DAY = dt.date(2012, 5, 1)


def _rows(coder, text: str) -> list[tuple[str, str, str]]:
    return sorted(
        (e.source or "?", e.target or "?", e.cameo) for e in coded_events(coder, text, DAY)
    )


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "row", "count"),
    [
        (
            "Turkey summoned the Syrian ambassador to protest.",
            ("TUR", "SYRGOV", "114"),
            1,
        ),
        (
            "Iran tested a missile on Friday, and Russia summoned the Iranian ambassador to "
            "protest.",
            ("RUS", "IRNGOV", "114"),
            1,
        ),
        (  # the idiom and the adjective tell one intent
            "Paris would keep the door open to negotiations.",
            ("FRAGOV", "?", "036"),
            1,
        ),
        (
            "Officials said Ottawa will keep the door open for talks.",
            ("CANGOV", "?", "036"),
            1,
        ),
        (  # a meeting's purpose keeps its row: it carries the meeting's agenda
            "Officials of Chile and Peru will meet in Lima next week to discuss the border.",
            ("CHLGOV", "PERGOV", "040"),
            2,
        ),
        (  # coordinated verbs are two acts
            "Rebels attacked Chadian troops on Monday and attacked Chadian troops again on "
            "Tuesday.",
            ("---REB", "TCDMIL", "190"),
            2,
        ),
    ],
)
def test_one_act_is_one_row(coder, text, row, count) -> None:
    assert _rows(coder, text).count(row) == count, _rows(coder, text)


@pytest.mark.model
def test_other_parties_keep_their_row(coder) -> None:
    rows = _rows(coder, "Egypt summoned the Israeli ambassador to protest the raid on Gaza.")
    assert ("EGY", "ISRGOV", "114") in rows, rows
    assert len([r for r in rows if r[2] == "114"]) >= 1, rows
