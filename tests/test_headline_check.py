"""The headline check: a headline stating a commitment more strongly than its story."""

from __future__ import annotations

import pytest

from pledgewatch.commitments import (
    CommitmentGrader,
    headline_flags,
    mentions_for_names,
    parse_with_headline,
    standalone_findings,
)
from pledgewatch.events.types import DocContext

pytestmark = pytest.mark.model

NAMES = [
    ("PRK", "North Korea"),
    ("PRK", "Pyongyang"),
    ("PRKGOV", "Kim"),
    ("CHNGOV", "Chinese envoy"),
    ("KOR", "Seoul"),
]


@pytest.fixture(scope="module")
def grader() -> CommitmentGrader:
    return CommitmentGrader()


def flags_for(nlp, grader, title: str, body: str):
    doc = parse_with_headline(nlp, body, title)
    ctx = DocContext(doc_id="h", date=None, title=title, headline_end=len(title))
    mentions = mentions_for_names(doc, NAMES)
    findings = grader.expand_all(standalone_findings(doc, mentions, doc_id="h"), ctx, mentions)
    return headline_flags(findings, ctx), findings


def test_firm_headline_over_a_conditional_story_is_flagged(nlp, grader):
    flags, findings = flags_for(
        nlp,
        grader,
        "Pyongyang pledges to return to six-party talks",
        "A Chinese envoy said North Korea would return to the six-party talks if Washington "
        "lifts the financial sanctions. The envoy spoke after a visit to Pyongyang.",
    )
    assert len(flags) == 1
    row = flags[0]
    assert set(row) == {"kind", "doc_id", "promisor", "topic", "text_a", "text_b", "detail"}
    assert row["kind"] == "headline_overstatement"
    assert row["topic"] == "six_party_talks"
    assert row["promisor"] == "PRK"
    assert row["text_a"] == "Pyongyang pledges to return to six-party talks"
    assert row["text_b"].startswith("A Chinese envoy said")
    assert row["detail"]["headline_strength"] == "firm"
    assert row["detail"]["body_strength"] == "conditional"
    assert row["detail"]["body_conditions"] == ["if Washington lifts the financial sanctions"]


def test_the_strongest_body_sentence_counts(nlp, grader):
    flags, _ = flags_for(
        nlp,
        grader,
        "North Korea pledges to return to six-party talks",
        "North Korea might return to the six-party talks, an envoy said. "
        "Later the Foreign Ministry said North Korea will return to the six-party talks.",
    )
    assert flags == []


@pytest.mark.parametrize(
    "body",
    [
        # another promisor
        "Seoul could return to the six-party talks if the North stops its tests.",
        # another topic
        "North Korea could send food aid to the flooded villages.",
        # nothing on the topic at all
        "The weather in Pyongyang was mild on Monday.",
    ],
)
def test_no_flag_without_a_weaker_body_sentence_on_the_same_promisor_and_topic(nlp, grader, body):
    flags, _ = flags_for(nlp, grader, "North Korea pledges to return to six-party talks", body)
    assert flags == []


def test_no_headline_no_flags(nlp, grader):
    doc = nlp("North Korea could return to the six-party talks.")
    ctx = DocContext(doc_id="h", date=None)
    mentions = mentions_for_names(doc, NAMES)
    findings = grader.expand_all(standalone_findings(doc, mentions), ctx, mentions)
    assert findings and headline_flags(findings, ctx) == []
