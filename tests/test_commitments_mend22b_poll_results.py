"""A fronted "in a poll" frames the clause as the poll's finding, but not an election's
result ("In the 2019 poll, the Conservatives won 365 seats"): a clause of a verb of
``poll_result_verbs`` (``reporting_verbs.yaml``) is framed only when what is won is a share of
respondents ("wins about 2 in 5 likely voters") (``commitments.attribution_spans``, review22
#10). Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from pledgewatch.commitments.reporting_cues import ReportingCues
from tests.builders import cue_sources

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "In the 2015 poll, the Liberals won 184 seats.",
        "In a poll of party members, the foreign secretary beat the former chancellor.",
        "In last year's poll, the governor lost her seat to a newcomer.",
    ],
)
def test_an_election_result_is_not_the_polls_finding(
    nlp: Any, cues: ReportingCues, text: str
) -> None:
    assert not [c for c in cue_sources(nlp, cues, text) if c[0] == "In"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("In the final poll, the mayor wins about 2 in 5 likely voters.", "the final poll"),
        (
            "In a survey last week, the senator won a majority of independents.",
            "a survey last week",
        ),
        ("In the new poll, the mayor led her rival by six points.", "the new poll"),
    ],
)
def test_a_polls_finding_keeps_its_frame(
    nlp: Any, cues: ReportingCues, text: str, source: str
) -> None:
    assert ("In", source) in cue_sources(nlp, cues, text)
