"""A promise retold with nothing said of its content ("the commitments Bolivia made last month")
is keyed by the day it was made: one promisor's retellings of one day or period are one pledge,
those of other days are unlike promises and stay apart (``ledger.generic_slugs``). Every
sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.ledger.generic_slugs import generic_label, unspecified_by_day
from pledgewatch.ledger.grouping import Candidate
from pledgewatch.ledger.records import Mention


def _retold(event: str, day: str, precision: str = "day", promisor: str = "BOL") -> Candidate:
    mention = Mention(
        event_id=event,
        doc_id=event,
        sentence_id=f"{event}:0",
        date=dt.date.fromisoformat(day),
        kind="promise",
        strength="firm",
        conditional=False,
        hedged=False,
        first_party=False,
        formality="reported",
        promisor=f"{promisor}GOV",
        promisee=None,
        topic_text="the commitments",
        date_precision=precision,
    )
    return Candidate(promisor, "other:unspecified", mention, True)


@pytest.mark.parametrize(
    ("retold", "keys"),
    [
        # "last month" holds "six weeks ago": one promise
        (
            [("a", "2040-05-01", "month"), ("b", "2040-05-27", "day")],
            ["other:unspecified-2040-05", "other:unspecified-2040-05"],
        ),
        # two days apart, both told to the day: one promise (relative dates are rough)
        (
            [("a", "2040-05-27", "day"), ("b", "2040-05-29", "day")],
            ["other:unspecified-2040-05-27", "other:unspecified-2040-05-27"],
        ),
        # months apart: unlike promises
        (
            [("a", "2040-05-27", "day"), ("b", "2040-11-02", "day")],
            ["other:unspecified-2040-05-27", "other:unspecified-2040-11-02"],
        ),
    ],
)
def test_unnamed_promises_join_by_the_day_they_were_made(
    retold: list[tuple[str, str, str]], keys: list[str]
) -> None:
    found = unspecified_by_day([_retold(*spec) for spec in retold])
    assert [c.topic for c in found] == keys


def test_other_promisors_and_named_pledges_are_left_alone() -> None:
    named = _retold("c", "2040-05-27")
    named = Candidate("BOL", "other:open-border-per", named.mention, True)
    found = unspecified_by_day(
        [_retold("a", "2040-05-27"), _retold("b", "2040-05-27", promisor="PER"), named]
    )
    assert [(c.promisor, c.topic) for c in found] == [
        ("BOL", "other:unspecified-2040-05-27"),
        ("PER", "other:unspecified-2040-05-27"),
        ("BOL", "other:open-border-per"),
    ]


def test_an_unnamed_promise_keyed_by_its_day_reads_as_one() -> None:
    mention = _retold("a", "2040-05-27").mention
    label = generic_label("other:unspecified-2040-05-27", [mention])
    assert label == "an unnamed promise (the commitments)"
