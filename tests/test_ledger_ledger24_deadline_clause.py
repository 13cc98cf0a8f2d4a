"""A pledge's deadline is read in the clause of its sentence that holds the pledge's words, not
in the whole sentence: "..., while the South plans drills later this year" names no deadline of
the North's talks (``ledger.deadlines``). Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.ledger.deadlines import read_deadline

D = dt.date.fromisoformat
SAID = "2031-04-09"  # a Wednesday


@pytest.mark.parametrize(
    ("sentence", "span", "day"),
    [
        # a date in another clause is another matter's
        (
            "Ruritania will resume the talks, while Borduria plans drills later this month.",
            "will resume",
            None,
        ),
        (
            "Borduria held drills last week, but Ruritania will resume the talks next month.",
            "will resume",
            "2031-05-31",
        ),
        (
            "Ruritania will resume the talks if Borduria withdraws its troops within 30 days.",
            "will resume",
            None,
        ),
        (
            "Although the embargo ends next year, Ruritania will keep its tariffs in place.",
            "will keep",
            None,
        ),
        # the pledge's own clause keeps its deadline, a deadline phrase's own "before" no cut
        ("Ruritania will resume the talks later this month.", "will resume", "2031-04-30"),
        (
            "The reactor will be shut before the end of next month, the ministry said.",
            "will be shut",
            "2031-05-31",
        ),
        ("The troops will leave by June, officials said.", "will leave", "2031-06-30"),
        # no span, or a span not in the sentence: the sentence is read whole, as before
        (
            "Ruritania will resume the talks, while Borduria plans drills later this month.",
            None,
            "2031-04-30",
        ),
        (
            "Ruritania will resume the talks, while Borduria plans drills later this month.",
            "elsewhere",
            "2031-04-30",
        ),
    ],
)
def test_the_deadline_is_read_in_the_pledges_clause(
    sentence: str, span: str | None, day: str | None
) -> None:
    found = read_deadline(None, sentence, D(SAID), span)
    assert (found.day if found else None) == (D(day) if day else None)


def test_the_graders_phrase_still_comes_first() -> None:
    found = read_deadline(
        "by the end of the year", "It will meet them, while others meet next week.", D(SAID), "will"
    )
    assert found is not None and found.day == D("2031-12-31")
