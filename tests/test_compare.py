"""Readout comparison: two accounts of one agreement, aligned by promisor and topic."""

from __future__ import annotations

import json

import pytest
from rich.console import Console

from pledgewatch.commitments import (
    CommitmentGrader,
    compare_readouts,
    mentions_for_names,
    standalone_findings,
)
from pledgewatch.events.types import DocContext
from pledgewatch.model import Commitment, Event

#: Two readouts of an imagined agreement, written for this test in the spirit of the 2012
#: "Leap Day" texts: the first names nuclear activities at Yongbyon including enrichment and
#: sets no condition; the second names enrichment only and makes it last while talks go on.
READOUT_WASHINGTON = (
    "The DPRK has agreed to a suspension of long-range missile launches, nuclear tests and all "
    "nuclear activities at Yongbyon, including uranium enrichment. "
    "The DPRK also agreed to let IAEA inspectors verify the suspension."
)
READOUT_PYONGYANG = (
    "The DPRK will suspend nuclear tests, long-range missile launches and uranium enrichment "
    "at Yongbyon as long as fruitful talks go on."
)
NAMES = [("PRK", "DPRK")]


@pytest.fixture(scope="module")
def grader() -> CommitmentGrader:
    return CommitmentGrader()


def graded(nlp, grader, text: str, doc_id: str):
    doc = nlp(text)
    mentions = mentions_for_names(doc, NAMES)
    ctx = DocContext(doc_id=doc_id, date=None, kind="statement")
    return grader.expand_all(standalone_findings(doc, mentions, doc_id=doc_id), ctx, mentions)


@pytest.mark.model
def test_leap_day_style_readouts(nlp, grader):
    a = graded(nlp, grader, READOUT_WASHINGTON, "us")
    b = graded(nlp, grader, READOUT_PYONGYANG, "kp")
    result = compare_readouts(a, b, labels=("US", "DPRK"))

    both = {x.topic: x for x in result.both}
    assert set(both) == {
        "nuclear_test_moratorium",
        "missile_launch_moratorium",
        "enrichment_freeze",
    }
    assert {x.topic for x in result.only_a} == {"yongbyon_activities", "iaea_inspections"}
    assert result.only_b == []

    enrichment = both["enrichment_freeze"]
    assert enrichment.promisor == "PRK"
    assert enrichment.differences["strength"] == {"a": "firm", "b": "conditional"}
    assert enrichment.differences["conditions"]["only_b"] == ["as long as fruitful talks go on"]
    assert "scope" in enrichment.differences or enrichment.a.scope == enrichment.b.scope

    data = json.loads(json.dumps(result.to_dict()))
    assert data["labels"] == ["US", "DPRK"]
    assert {x["topic"] for x in data["only_a"]} == {"yongbyon_activities", "iaea_inspections"}
    lines = result.summary_lines()
    # a plain-text line says what the one-sided commitment is, not only its topic
    yongbyon = next(line for line in lines if line.startswith("+ PRK yongbyon_activities"))
    assert yongbyon.startswith("+ PRK yongbyon_activities: only in US ("), yongbyon
    assert "promise" in yongbyon and "“" in yongbyon, yongbyon

    console = Console(record=True, width=140)
    console.print(result)
    rendered = console.export_text()
    assert "yongbyon_activities" in rendered and "only in US" in rendered


def _event(
    event_id: str,
    topic: str,
    strength: str,
    conditions=(),
    promisor="PRK",
    text=None,
    kind="promise",
):
    commitment = Commitment(
        kind=kind,  # type: ignore[arg-type]
        strength=strength,  # type: ignore[arg-type]
        promisor=promisor,
        promisee=None,
        topic=topic,
        topic_text=text or topic.replace("_", " "),
        conditions=list(conditions),
        conditional=bool(conditions),
    )
    return Event(
        id=event_id,
        doc_id=event_id.split(":")[0],
        sentence_id=None,
        date=None,
        date_precision="unknown",
        source=promisor,
        target=None,
        cameo="030",
        evidence=f"evidence of {event_id}",
        commitment=commitment,
    )


def test_events_align_by_country_and_topic():
    a = [
        _event("a:0:0", "food_aid", "firm", promisor="USAGOV"),
        _event("a:1:0", "nuclear_test_moratorium", "firm", promisor="PRKGOV"),
    ]
    b = [
        _event("b:0:0", "nuclear_test_moratorium", "hedged", promisor="PRK"),
        _event("b:1:0", "sanctions", "refused", promisor="CHN"),
    ]
    result = compare_readouts(a, b)
    assert [(x.topic, x.differences["strength"]) for x in result.both] == [
        ("nuclear_test_moratorium", {"a": "firm", "b": "hedged"})
    ]
    assert [x.topic for x in result.only_a] == ["food_aid"]
    assert [x.topic for x in result.only_b] == ["sanctions"]
    assert not result.identical


def test_a_request_beside_the_promise_does_not_stand_for_it():
    """'At the request of the U.S., the DPRK agreed to a moratorium ...': the request, graded
    firmer than the conditional promise, must not become the side's kind and strength."""
    a = [_event("a:0:0", "nuclear_test_moratorium", "firm")]
    b = [
        _event("b:0:0", "nuclear_test_moratorium", "firm", kind="demand"),
        _event("b:0:1", "nuclear_test_moratorium", "conditional", ["while dialogues continue"]),
    ]
    [both] = compare_readouts(a, b).both
    assert both.differences["strength"] == {"a": "firm", "b": "conditional"}
    assert "kind" not in both.differences


def test_identical_accounts_have_no_differences():
    a = [_event("a:0:0", "six_party_talks", "conditional", ["if sanctions are lifted"])]
    b = [_event("b:0:0", "six_party_talks", "conditional", ["If sanctions are lifted"])]
    result = compare_readouts(a, b)
    assert result.identical
    assert result.both[0].differences == {}


def test_other_topics_align_by_their_words():
    a = [_event("a:0:0", "other", "firm", text="rebuild the bridge at Strelsau")]
    b = [
        _event("b:0:0", "other", "hedged", text="rebuild the Strelsau bridge"),
        _event("b:1:0", "other", "firm", text="open a consulate"),
    ]
    result = compare_readouts(a, b)
    assert len(result.both) == 1
    assert result.both[0].differences["strength"] == {"a": "firm", "b": "hedged"}
    assert [x.side.scope for x in result.only_b] == [["open a consulate"]]


def test_a_statement_reporting_a_promise_is_no_readout_row():
    """'A Kremlin spokeswoman said North Korea would be ready ...': the spokeswoman's statement
    carries the moratorium topic too, but Russia promised nothing; only the reported promise
    (and pledges, demands) are compared."""
    a = [
        _event("a:0:0", "nuclear_test_moratorium", "hedged", promisor="RUSGOV", kind="statement"),
        _event("a:0:1", "nuclear_test_moratorium", "hedged", promisor="PRK"),
    ]
    b = [_event("b:0:0", "nuclear_test_moratorium", "firm", promisor="PRKGOV")]
    result = compare_readouts(a, b)
    assert [(x.topic, x.differences["strength"]) for x in result.both] == [
        ("nuclear_test_moratorium", {"a": "hedged", "b": "firm"})
    ]
    assert result.only_a == [] and result.only_b == []
