"""Talks on denuclearization declared over bear on the six-party talks (ledger29): on the Korean
peninsula the denuclearization talks are the six-party talks, so a halt of "talks on
denuclearization" (164; the coder's own words often stop at "it said that talks") breaks a
pledge to the six-party talks as well as one to talks in general, read in the clause that holds
the act. Its kind is the six-party talks' rejection, so the declaration itself and a report's
month-dated retelling of it are one act, not two breaches. Every sentence is written for these
tests."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest

from pledgewatch.ledger import CONTRADICTS, ActionLink
from pledgewatch.ledger.acts import one_link_per_act
from pledgewatch.ledger.topic_actions import load_topic_actions, match_event


def _row(sentence: str, evidence: str, action_text: str, cameo: str = "164") -> dict[str, Any]:
    return {
        "cameo": cameo,
        "source": "PRKGOV",
        "target": None,
        "action_text": action_text,
        "evidence": evidence,
        "sentence_text": sentence,
    }


RECAP = _row(
    "In March, Pyongyang said that talks on denuclearization had ended for good.",
    "Pyongyang said that talks",
    "said talks",
)


@pytest.mark.parametrize(
    ("row", "kind"),
    [
        (RECAP, "six_party_talks.contradicts.six_party_talks_rejected"),
        (
            _row(
                "The ministry declared the denuclearization talks finished.",
                "The ministry declared",
                "declared talks",
            ),
            "six_party_talks.contradicts.six_party_talks_rejected",
        ),
        # the statement itself, in the rule's own words
        (
            _row(
                "The six-party talks are over, the ministry said.",
                "The six-party talks are over",
                "are over",
            ),
            "six_party_talks.contradicts.six_party_talks_rejected",
        ),
        # other talks
        (
            _row(
                "Pyongyang said that talks on fisheries had ended.",
                "Pyongyang said that talks",
                "said talks",
            ),
            None,
        ),
        # denuclearization named in another clause of the sentence
        (
            _row(
                "Pyongyang said that talks were off, while denuclearization talks could wait.",
                "Pyongyang said that talks",
                "said talks",
            ),
            None,
        ),
        # no halt: a meeting about denuclearization is no rejection
        (RECAP | {"cameo": "046"}, None),
    ],
)
def test_a_halt_of_denuclearization_talks_breaks_the_six_party_talks(
    row: dict[str, Any], kind: str | None
) -> None:
    match = match_event(row, "six_party_talks", "PRK", load_topic_actions())
    assert (match.kind if match else None) == kind


def test_it_still_breaks_talks_in_general() -> None:
    match = match_event(RECAP, "talks", "PRK", load_topic_actions())
    assert match is not None and match.relation == CONTRADICTS


def test_the_statement_and_its_retelling_are_one_act() -> None:
    """The ministry's own "The six-party talks are over" (dated to its day) and a later report's
    "In March, Pyongyang said that talks on denuclearization had ended" (known to its month)
    are one link of the pledge, the day's standing."""
    topic_map = load_topic_actions()
    kinds = [
        match_event(row, "six_party_talks", "PRK", topic_map)
        for row in (
            _row("The six-party talks are over.", "The six-party talks are over", "are over"),
            RECAP,
        )
    ]
    assert all(k is not None for k in kinds)
    day = ActionLink(
        "PRK:six_party_talks",
        "statement:1:0",
        CONTRADICTS,
        "rule",
        "auto",
        dt.date(2032, 3, 12),
        doc_id="statement",
        sentence_id="statement:1",
        source="PRKGOV",
        cameo="164",
        act=kinds[0].kind if kinds[0] else None,
    )
    month = dataclasses.replace(
        day,
        event_id="review:3:0",
        date=dt.date(2032, 3, 1),
        date_precision="month",
        doc_id="review",
        sentence_id="review:3",
        act=kinds[1].kind if kinds[1] else None,
    )
    (kept,) = one_link_per_act([month, day])
    assert kept.event_id == "statement:1:0"
    assert [t[0] for t in kept.also_reported] == ["review:3:0"]
