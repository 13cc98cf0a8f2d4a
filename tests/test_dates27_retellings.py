"""Retellings read the stored date basis (dates27): whether a link is dated only by its report
is what the coder said of its date (:class:`~pledgewatch.model.DateBasis`, kept in the event's
provenance) when the store has it, and today's re-reading of its sentence and ``why`` for a
store coded before the basis was kept. Every sentence is written for these tests (Ruritania and
Borduria are invented)."""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.ledger.retellings import dated_by_report, may_retell
from pledgewatch.model import DateBasis

THURSDAY = dt.date(2031, 3, 13)
FRIDAY = dt.date(2031, 3, 14)
REPORT = DateBasis("report")
TWIN = DateBasis("twin", "on Wednesday", "d:1:0")
#: the coder leaves out a time still to come for an act that happened ("will meet on
#: Thursday" dates no talks held), so the act is dated by its report
AHEAD = "The envoys, who will meet on Thursday, held talks in Vienna."


@pytest.mark.parametrize(
    ("sentence", "evidence", "why", "basis", "only_report"),
    [
        # the stored basis decides where the re-reading would guess otherwise
        (AHEAD, "held talks", None, REPORT, True),
        (AHEAD, "held talks", None, None, False),  # an older store: "on Thursday" read again
        ("Ruritania and Borduria meet in Vienna", None, None, TWIN, False),
        ("Ruritania and Borduria meet in Vienna", None, None, None, True),  # why says nothing
        (
            "The envoys met in Vienna on Thursday.",
            None,
            None,
            DateBasis("words", "on Thursday"),
            False,
        ),
        ("Ruritania reopened the border.", None, None, DateBasis("recalled"), False),
        # the same answer both ways
        ("Ruritania reopened the border.", None, None, REPORT, True),
        ("Ruritania reopened the border.", None, None, None, True),
        ("The envoys met in Vienna on Thursday.", None, None, None, False),
        # an act called recent to its telling: the telling's time words are not the act's
        (
            "A spokesman said on Thursday that the recent talks went well.",
            "recent talks",
            None,
            DateBasis("words", "on Thursday"),
            True,
        ),
    ],
)
def test_the_stored_basis_says_whether_the_report_dated_it(
    sentence: str, evidence: str | None, why: str | None, basis: DateBasis | None, only_report: bool
) -> None:
    got = dated_by_report(sentence, evidence, THURSDAY, "day", THURSDAY, why, basis=basis)
    assert got is only_report


@pytest.mark.parametrize("basis", [REPORT, DateBasis("words", "on Thursday"), TWIN, None])
def test_a_date_not_the_reports_day_is_never_the_reports(basis: DateBasis | None) -> None:
    assert not dated_by_report(AHEAD, "held talks", THURSDAY, "day", FRIDAY, basis=basis)


@pytest.mark.parametrize(
    ("basis", "retells"),
    [(REPORT, True), (None, False), (TWIN, False)],
)
def test_may_retell_passes_the_basis_on(basis: DateBasis | None, retells: bool) -> None:
    assert may_retell(AHEAD, "held talks", THURSDAY, "day", THURSDAY, None, basis=basis) is retells
