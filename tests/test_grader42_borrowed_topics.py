"""Topic words a clause with none of its own takes from the story or from the act it comes
before (grading audit seed 66, group 2; grader42, ``commitments/borrowed_topics.py``):

- a site described without its name ("its main nuclear complex") in a story that names one
  place for a site ("reactor at Yongbyon") is that place's: yongbyon_activities, and a restart
  of it is a refusal as the named restart is; two places named, or none, give nothing;
- a counted list of steps asked before an act resumes ("take four steps before the six-party
  talks can resume") takes the topic of that act; the same list with no such act stays
  ``other``;
- a moratorium on coordinated objects ("long-range missile and nuclear tests") keeps both
  topics (a guard: it held before).

Sentences written for these tests (other countries and years)."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2031, 4, 9)


def _graded(text: str, title: str | None = None) -> list[tuple[str, list[str]]]:
    """(kind, [topic, *other topics]) of each pledge or demand of the body's last sentence."""
    from pledgewatch.coding import context_for_text, shared_coder

    coded = f"{title}\n\n{text}" if title else text
    sentences, events, _flags = shared_coder().code_text(coded, context_for_text(DAY, title=title))
    last = sentences[-1].id
    return [
        (e.commitment.kind, [e.commitment.topic, *(t["topic"] for t in e.commitment.other_topics)])
        for e in events
        if e.commitment
        and e.commitment.kind in ("promise", "offer", "refusal", "demand")
        and e.sentence_id == last
    ]


def test_described_site_takes_the_place_the_story_names() -> None:
    title = "North Korea to restart plutonium reactor at Yongbyon"
    text = (
        "North Korea said on Friday that it would restart the reprocessing plant at its main "
        "nuclear complex."
    )
    assert _graded(text, title) == [("refusal", ["yongbyon_activities"])]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # no place named for a site: nothing to borrow
        (
            "North Korea said on Friday that it would restart the reprocessing plant at its "
            "main nuclear complex.",
            None,
        ),
        # two places named: which one is described is not told
        (
            "North Korea said on Friday that it would restart the enrichment plant at Kusong. "
            "It also said it would restart the reprocessing plant at its main nuclear complex.",
            "North Korea to restart plutonium reactor at Yongbyon",
        ),
    ],
)
def test_described_site_without_one_named_place_borrows_nothing(
    text: str, title: str | None
) -> None:
    assert all("yongbyon_activities" not in topics for _kind, topics in _graded(text, title))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peru and Chile have demanded that Bolivia take four steps before six-party talks "
            "can resume.",
            [("demand", ["six_party_talks"]), ("demand", ["six_party_talks"])],
        ),
        (
            "Peru and Chile have demanded that Bolivia take four steps before the border talks "
            "can resume.",
            [("demand", ["talks"]), ("demand", ["talks"])],
        ),
        # the list alone names no matter
        (
            "Peru and Chile have demanded that Bolivia take four steps.",
            [("demand", ["other"]), ("demand", ["other"])],
        ),
    ],
)
def test_steps_before_an_act_resumes_take_its_topic(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _graded(text) == expected


def test_moratorium_on_coordinated_objects_keeps_both_topics() -> None:
    text = (
        "Peru and Chile have demanded that Bolivia take four steps. Bolivia should declare a "
        "moratorium on long-range missile and nuclear tests."
    )
    assert all(
        {"missile_launch_moratorium", "nuclear_test_moratorium"} <= set(topics)
        for _kind, topics in _graded(text)
        if "missile_launch_moratorium" in topics
    )
    assert _graded(text)
