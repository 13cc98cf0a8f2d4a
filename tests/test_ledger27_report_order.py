"""Ledger27: words a report tells after one of the day's acts, neither placed on the day by its
sentence, were said after that act: the act cannot keep them ("the border talks broke down ...
officials said the capital will keep the door open for talks"). The stated rule for a day
(wording first) still holds across reports, for words placed by their sentence, for acts known
only to their month, and on a pledge's first day (its words then are the act's background).
Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.ledger import (
    FULFILLED,
    FULFILS,
    PLEDGED,
    ActionLink,
    Mention,
    Pledge,
    pledge_status_at,
)
from pledgewatch.ledger.day_order import EARLIER, LATER, UNTOLD, told_after_acts

D = dt.date.fromisoformat
#: The day of the border talks (Lakeland and Hillmark, spring 2019).
DAY = D("2019-04-17")


@pytest.mark.parametrize(
    ("words", "words_told", "acts", "expected"),
    [
        # the act in sentence 3, the words in sentence 10 of one report: after the act
        ("rep:10:1", UNTOLD, [("rep:3:0", UNTOLD, 2)], 2),
        # numbers, not text: sentence 9 comes before sentence 10
        ("rep:10:0", UNTOLD, [("rep:9:0", UNTOLD, 4)], 4),
        # of two earlier acts, the later rank (a keeping and a breach: after the breach)
        ("rep:8:0", UNTOLD, [("rep:2:0", UNTOLD, 2), ("rep:5:0", UNTOLD, 4)], 4),
        # the act told after the words: the stated rule
        ("rep:2:0", UNTOLD, [("rep:6:0", UNTOLD, 2)], None),
        # another report's act: the stated rule
        ("rep:10:0", UNTOLD, [("wire:3:0", UNTOLD, 2)], None),
        # a sentence that places its item on the day decides instead
        ("rep:10:0", EARLIER, [("rep:3:0", UNTOLD, 2)], None),
        ("rep:10:0", UNTOLD, [("rep:3:0", LATER, 2)], None),
        ("rep:10:0", UNTOLD, [], None),
    ],
)
def test_told_after_acts(
    words: str, words_told: int, acts: list[tuple[str, int, int]], expected: int | None
) -> None:
    assert told_after_acts(words, words_told, acts) == expected


def _mention(event: str, day: dt.date, *, told: int = UNTOLD, retraction: bool = False) -> Mention:
    return Mention(
        event_id=event,
        doc_id=event.split(":")[0],
        sentence_id=":".join(event.split(":")[:2]),
        date=day,
        kind="refusal" if retraction else "promise",
        strength="refused" if retraction else "firm",
        conditional=False,
        hedged=False,
        first_party=True,
        formality="official",
        promisor="LKLGOV",
        promisee="HMKGOV",
        text="Lakeland will keep the door open for talks",
        retraction=retraction,
        told=told,
    )


def _meeting(event: str, precision: str = "day") -> ActionLink:
    day = DAY.replace(day=1) if precision == "month" else DAY
    return ActionLink(
        "LKL:talks",
        event,
        FULFILS,
        "test",
        "auto",
        day,
        doc_id=event.split(":")[0],
        sentence_id=":".join(event.split(":")[:2]),
        source="LKLGOV",
        target="HMKGOV",
        reported=DAY,
        date_precision=precision,
    )


def _pledge(mentions: list[Mention], link: ActionLink) -> Pledge:
    return Pledge("LKL:talks", "LKL", "talks", "Talks", tuple(mentions), (link,))


#: Lakeland offered talks in March and turned Hillmark's offer down on 2 April.
BEFORE = [
    _mention("mar:1:0", D("2019-03-11")),
    _mention("apr:1:0", D("2019-04-02"), retraction=True),
]


@pytest.mark.parametrize(
    ("mentions", "link", "status"),
    [
        # "Colonels of the two sides met (sentence 3) ... Officials said Lakeland will keep the
        # door open for talks (sentence 10)": said after the meeting, which does not keep it
        ([*BEFORE, _mention("rep:10:1", DAY)], _meeting("rep:3:0"), PLEDGED),
        # the words told first in the report: the meeting keeps them
        ([*BEFORE, _mention("rep:2:0", DAY)], _meeting("rep:3:0"), FULFILLED),
        # words and meeting told by two reports: the stated rule, words first
        ([*BEFORE, _mention("other:10:0", DAY)], _meeting("rep:3:0"), FULFILLED),
        # "Earlier that day, Lakeland said ...": its sentence places the words first
        ([*BEFORE, _mention("rep:10:0", DAY, told=EARLIER)], _meeting("rep:3:0"), FULFILLED),
        # a meeting known only to its month stands after the month's latest wording
        ([*BEFORE, _mention("rep:10:0", DAY)], _meeting("rep:3:0", "month"), FULFILLED),
        # the pledge's first day: its words in the report of the meeting are its background
        ([_mention("rep:10:1", DAY)], _meeting("rep:3:0"), FULFILLED),
    ],
)
def test_words_told_after_the_days_act(
    mentions: list[Mention], link: ActionLink, status: str
) -> None:
    assert pledge_status_at(_pledge(mentions, link), D("2019-04-30")).status == status
