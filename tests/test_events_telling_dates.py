"""A telling is dated by its own words, not by the dates of what it tells.

"Pyongyang announced that it would launch a satellite in mid-April" was an announcement of
April; "said a launch would violate its pledge of last month" a saying of last month. The
clause a verb tells (a that-clause) or intends (an infinitive) holds the told act's dates
(``events/date_scopes.py``). The other way round, a date hanging on the telling verb ("said on
Tuesday that it would attend") dates the saying, and the pledge made then; it is no "next
Tuesday" for the future act. Verbs of phase ("began to shell ... on Tuesday"), passives of
looking ahead ("is expected to meet ... next week") and small clauses ("declared the armistice
void on March 11") keep the date as the act's.
"""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2012, 3, 16)  # a Friday


def _dated(text: str) -> dict[str, str]:
    from pledgewatch.coding import context_for_text, shared_coder

    _s, events, _f = shared_coder().code_text(text, context_for_text(DAY))
    return {ev.evidence: str(ev.date) for ev in events}


def _date_of(text: str, evidence_start: str) -> str:
    dated = _dated(text)
    found = [date for evidence, date in dated.items() if evidence.startswith(evidence_start)]
    assert found, dated
    return found[0]


@pytest.mark.parametrize(
    ("text", "evidence", "date"),
    [
        # the telling keeps the story's date
        (
            "Pyongyang announced that it would launch a satellite in mid-April.",
            "Pyongyang",
            "2012-03-16",
        ),
        ("The ministry said the envoy had arrived in Beijing on Monday.", "ministry", "2012-03-16"),
        ("Tehran warned it would close the strait next month.", "Tehran", "2012-03-16"),
        ("North Korea vowed to carry out a nuclear test next month.", "North Korea", "2012-03-16"),
        # the told act keeps its own
        (
            "Pyongyang announced that it would launch a satellite in mid-April.",
            "it would launch",
            "2012-04-01",
        ),
        # a date on the telling dates the pledge told (not the next Tuesday)
        (
            "North Korea said on Tuesday that it would attend the talks.",
            "it would attend",
            "2012-03-13",
        ),
        # the act's own date stays
        ("North Korea began to shell the island on Tuesday.", "North Korea", "2012-03-13"),
        ("North Korea declared the armistice void on March 11.", "North Korea", "2012-03-11"),
    ],
)
def test_dates_of_tellings_and_of_what_they_tell(text, evidence, date):
    assert _date_of(text, evidence) == date


def test_a_passive_of_looking_ahead_keeps_the_date_ahead():
    dated = _dated("Kim is expected to meet President Medvedev next week.")
    assert dated and all(date >= "2012-03-19" for date in dated.values()), dated


@pytest.mark.parametrize(
    ("text", "evidence", "date"),
    [
        # an act that happened is not dated by a time still to come
        (
            "The United States has invited the envoy to New York for talks later this week, "
            "officials said.",
            "United States has invited",
            "2012-03-16",
        ),
        ("Seoul sent an envoy to Beijing ahead of talks next month.", "Seoul sent", "2012-03-16"),
        # a time gone by still dates it
        (
            "North Korea fired two missiles last week, officials said.",
            "North Korea fired",
            "2012-03-05",
        ),
        # what is still to come keeps its time
        ("North Korea said it would hold talks later this month.", "it would hold", "2012-03-01"),
    ],
)
def test_a_time_still_to_come_dates_no_act_that_happened(text, evidence, date):
    assert _date_of(text, evidence) == date


@pytest.mark.parametrize(
    ("text", "evidence", "date"),
    [
        # a schedule on the object dates the act planned, not the calling off (DAY is a Friday)
        (
            "North Korea called off talks with South Korea planned for Wednesday.",
            "North Korea called off",
            "2012-03-16",
        ),
        ("Seoul cancelled a visit to Tokyo scheduled for Monday.", "Seoul cancelled", "2012-03-16"),
        # another clause on the object tells the same act on
        (
            "North Korea fired a missile that landed in the sea on Tuesday.",
            "North Korea fired",
            "2012-03-13",
        ),
    ],
)
def test_a_schedule_on_the_object_dates_the_act_planned(text, evidence, date):
    assert _date_of(text, evidence) == date
