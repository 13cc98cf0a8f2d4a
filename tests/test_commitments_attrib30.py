"""Inverted reports and reporters' questions (helper attrib30).

An inverted report opens a sentence with its verb ("Said Jones, 'We will rebuild.'",
"Added Smith: ..."); the tagger reads the capitalised verb as the first word of the name
after it. The verb is the cue and the name its source, as news attribution corpora
(PolNeAR) mark them, not a speaker label "Added Smith" before the colon.

A question put to someone in a reduced clause ("when asked whether ...", "Asked about X,
...") is the unnamed asker's: the one who answers is not its source, whatever tense the
tagger gives the participle; an "if" clause after a verb of asking is the question asked,
not a condition. Sentences written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from pledgewatch.commitments.reporting_cues import ReportingCues
from tests.builders import cue_sources

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        ('Said Lopez, "We will rebuild it."', ("Said", "Lopez"), None),
        ('Added Jones: "The vote is not over."', ("Added", "Jones"), (":", "Added Jones")),
        (
            "The old mill reopened in May. Said Maria Lopez, who worked there for decades, "
            "“It feels like home again.”",
            ("Said", "Maria Lopez"),
            None,
        ),
        ('Says the mayor, "We are not done yet."', ("Says", "the mayor"), None),
    ],
)
def test_inverted_report_verb_is_the_cue(
    nlp: Any,
    cues: ReportingCues,
    text: str,
    expected: tuple[str, str | None],
    not_expected: tuple[str, str | None] | None,
) -> None:
    found = cue_sources(nlp, cues, text)
    assert expected in found
    assert not_expected not in found


@pytest.mark.parametrize(
    "text",
    [
        # a speaker label, a heading and a sentence that merely starts with a name stay
        'Jones: "The vote is not over."',
        "Said Business School, Oxford, opened a new wing this year.",
    ],
)
def test_no_inverted_report_without_a_verb_form(nlp: Any, cues: ReportingCues, text: str) -> None:
    found = cue_sources(nlp, cues, text)
    assert not any(cue == "Said" for cue, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Smith said nothing when asked whether she would run again.", ("asked", None)),
        ("The senator shrugged when asked about the vote.", ("asked", None)),
        ("Asked whether the tax would rise, the governor said no.", ("Asked", None)),
        # fronted before a comma, read by the tagger as a past tense
        (
            "Asked what the plan would cost, the governor said it was too early to tell.",
            ("Asked", None),
        ),
        (
            "Asked a direct question about the loans, Perez said he had repaid them.",
            ("Asked", None),
        ),
        # an "if" clause the parser hangs on the verb as a condition is the question
        ("Asked if he would sign the bill, the mayor said yes.", ("Asked", None)),
        ("The reporter wondered if the plant would close.", ("wondered", "The reporter")),
        # a "by" phrase names the asker
        ("Asked by a reporter whether he would run, Smith laughed.", ("Asked", "a reporter")),
        # an active question keeps its subject
        ("The reporter asked whether the plant would close.", ("asked", "The reporter")),
    ],
)
def test_question_put_in_a_reduced_clause_is_the_askers(
    nlp: Any, cues: ReportingCues, text: str, expected: tuple[str, str | None]
) -> None:
    assert expected in cue_sources(nlp, cues, text)
