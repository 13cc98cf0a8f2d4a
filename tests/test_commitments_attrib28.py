"""A writer's own belief is an attribution; a quoted speaker's hedge is not (helper attrib28).

Outside quotation marks, a first-person verb of belief or knowledge with a clause ("I
believe the plan will fail", "we know that ...") is the writer's statement, as in an op-ed
or a reader's letter, and news attribution corpora mark it with the writer as its source.
Inside a quotation the same words are the quoted speaker's hedge, left to the outer report.
Sentences written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from pledgewatch.commitments.reporting_cues import ReportingCues
from tests.builders import cue_sources

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the writer's own belief or knowledge, outside quotation marks
        ("I believe the new bridge will never pay for itself.", ("believe", "I")),
        ("As a nurse, I knew the clinic was short of staff.", ("knew", "I")),
        ("We know that the council ignored the warnings.", ("know", "We")),
        ("I truly thought the mayor would resign after the vote.", ("thought", "I")),
    ],
)
def test_first_person_belief_outside_quotation_is_the_writers(
    nlp: Any, cues: ReportingCues, text: str, expected: tuple[str, str]
) -> None:
    assert expected in cue_sources(nlp, cues, text)


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        # a quoted speaker's hedge: only the outer report counts
        ('"I think the bridge will never pay for itself," the engineer said.', "think"),
        ('"We believe the council ignored the warnings," Ortega told reporters.', "believe"),
    ],
)
def test_first_person_belief_inside_quotation_is_no_report(
    nlp: Any, cues: ReportingCues, text: str, hedge: str
) -> None:
    assert hedge not in [cue for cue, _ in cue_sources(nlp, cues, text)]


def test_no_belief_without_a_clause(nlp: Any, cues: ReportingCues) -> None:
    # "I know all about it": no clause, no belief reported
    assert "know" not in [cue for cue, _ in cue_sources(nlp, cues, "I know all about it.")]
