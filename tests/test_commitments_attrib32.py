"""Occasions of speaking, poll frames and speakers after the verb (helper attrib32).

A verb of speaking without what was said names an occasion, not a statement: "spoke at a
memorial", "Speaking to reporters, the governor said ..." (the statement is the "said"),
while "spoke about X" and "spoke of X" state something. A fronted "in" with a poll as its
object frames its clause as the poll's finding ("In the latest survey, the senator trails
...": cue "In", source the poll); "trails in the polls" after the verb is left alone. A
speech verb after a quotation whose speaker the parser hung on a later word ('"...," said
Maria Lopez, half smiling') has that speaker as its source. Sentences written for these
tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from pledgewatch.commitments.reporting_cues import ReportingCues
from tests.builders import cue_sources

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        (
            "Speaking to reporters in Ohio on Monday, the governor said the budget was balanced.",
            ("Speaking", "the governor"),
        ),
        ("The senator spoke at a memorial service in Denver.", ("spoke", "The senator")),
        (
            "Obama later spoke at a memorial service in Tucson for the victims.",
            ("spoke", "Obama"),
        ),
        (
            "The two candidates also spoke at the union conference on Friday.",
            ("spoke", "The two candidates"),
        ),
    ],
)
def test_an_occasion_of_speaking_is_no_statement(
    nlp: Any, cues: ReportingCues, text: str, not_expected: tuple[str, str | None]
) -> None:
    assert not_expected not in cue_sources(nlp, cues, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The senator spoke about the need for new roads.", ("spoke", "The senator")),
        ("The mayor spoke of her hopes for the city.", ("spoke", "The mayor")),
        ('"We are ready," he said.', ("said", "he")),
        (
            "Speaking to reporters in Ohio on Monday, the governor said the budget was balanced.",
            ("said", "the governor"),
        ),
    ],
)
def test_speaking_with_what_was_said_stays(
    nlp: Any, cues: ReportingCues, text: str, expected: tuple[str, str | None]
) -> None:
    assert expected in cue_sources(nlp, cues, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the latest survey, the senator trails by four points.", ("In", "the latest survey")),
        (
            "In a poll of likely voters last month, Smith led Jones by six points.",
            ("In", "a poll of likely voters last month"),
        ),
        (
            "In a Gallup poll released on Tuesday, most voters backed the plan.",
            ("In", "a Gallup poll released on Tuesday"),
        ),
    ],
)
def test_a_fronted_poll_frames_its_clause(
    nlp: Any, cues: ReportingCues, text: str, expected: tuple[str, str | None]
) -> None:
    assert expected in cue_sources(nlp, cues, text)


@pytest.mark.parametrize(
    "text",
    [
        "The senator trails in the polls.",
        "In the morning, the senator spoke about roads.",
        "In an interview, the senator said she would run.",
    ],
)
def test_other_in_phrases_are_no_cue(nlp: Any, cues: ReportingCues, text: str) -> None:
    assert not any(cue.lower() == "in" for cue, _ in cue_sources(nlp, cues, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We will not back down," said Maria Lopez, half smiling.', ("said", "Maria Lopez")),
        ('"The plan is dead," added a senior aide to the governor.', ("added", "a senior aide")),
        (
            '"The vote is what matters now," added another Ohio Republican. "Nobody cares."',
            ("added", "another Ohio Republican"),
        ),
        # a speaker the parser reads right keeps its reading
        (
            '"That is the whole point of the bill," said Tom Reed, who ran the campaign.',
            ("said", "Tom Reed"),
        ),
    ],
)
def test_a_speaker_after_the_verb_is_the_source(
    nlp: Any, cues: ReportingCues, text: str, expected: tuple[str, str | None]
) -> None:
    assert expected in cue_sources(nlp, cues, text)
