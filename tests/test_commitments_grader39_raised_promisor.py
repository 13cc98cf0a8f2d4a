"""The passive subject of a report verb raised from its complement is the promisor: "Egypt is
reported to have promised to free the crew" binds Egypt, which is no promisee of its own promise
(:mod:`pledgewatch.commitments.raised_subjects`, brief grader39 #1). A passive complement ("are
reported to have been freed by ...") raises what is acted on and is left alone. Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.builders import promises_of

pytestmark = pytest.mark.model

DAY = dt.date(2029, 6, 14)


def _parties(text: str) -> set[tuple[str | None, str | None]]:
    return {(c.promisor, c.promisee) for c in promises_of(text, DAY)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkey is reported to have promised on Monday to release the sailors.",
            {("TUR", None)},
        ),
        (
            "Norway was said to have pledged last week to return the seized trawler.",
            {("NOR", None)},
        ),
    ],
)
def test_raised_subject_of_a_passive_report_promises(
    text: str, expected: set[tuple[str | None, str | None]]
) -> None:
    assert expected <= _parties(text)
    assert not any(promisor is None for promisor, _ in _parties(text))


def test_the_passive_subject_of_a_passive_complement_promises_nothing() -> None:
    text = "The sailors are reported to have been freed by Turkey."
    assert all(c.promisor != "---MIL" for c in promises_of(text, DAY))
