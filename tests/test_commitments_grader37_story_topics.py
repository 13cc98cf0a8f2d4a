"""Topics named only by the story (grading audit, seed 62, group 4; grader37):

- "the goods" and "the tours", with no words of content of their own, take the story's
  dominant topic (``referring_nouns`` of ``story_topics.yaml``; "goods" read as written, its
  lemma "good" being another noun);
- tests named without their kind ("a moratorium on tests") take the kind the story named
  before (or, failing that, after) near a test word ("the moratorium on nuclear tests",
  "then tested a nuclear device"): nuclear_test_moratorium
  (``test_words``/``tested_kinds`` of ``told_acts.yaml``, read as launches are).

Stories written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2030, 3, 4)


def _topics(text: str, words: str) -> set[str]:
    """Every topic (the first and the others) of the commitments of the sentence holding
    ``words``."""
    from pledgewatch.coding import context_for_text, shared_coder

    sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    ids = {s.id for s in sentences if words in s.text}
    return {
        topic
        for e in events
        if e.commitment is not None and e.sentence_id in ids
        for topic, _text in e.commitment.all_topics
    }


FLOOD_RELIEF = (
    "Floods hit Bolivia's eastern lowlands last month. The Canadian charity Hope Relief flew "
    "relief supplies to flood victims in Beni on Friday. More relief aid for the flood victims "
    "arrives next week. A second charity, Andes Care, will help deliver the goods."
)
FLOOD_NO_AID = (
    "Floods hit Bolivia's eastern lowlands last month. A second charity, Andes Care, will "
    "help deliver the goods."
)
TOURS = (
    "South Korea has frozen the Mount Kumgang tour program since 2029. Seoul says the Kumgang "
    "resort will stay closed to South Korean tourists. Pyongyang has blamed Seoul for refusing "
    "to resume the tours."
)
TESTS = (
    "In May 2029 Bolivia agreed to a moratorium on nuclear tests and long-range launches. That "
    "was its only written pledge. Bolivia agreed to a moratorium on tests and to IAEA "
    "monitoring, but only while productive dialogues continue."
)
TESTS_NAMED_AFTER = (
    "The deal of May 2029 was the only written pledge. Bolivia agreed to a moratorium on tests "
    "and to IAEA monitoring, but only while productive dialogues continue. Bolivia then tested "
    "a nuclear device."
)
MISSILE_TESTS = (
    "Bolivia test-fired a ballistic missile on Monday. The council demanded that Bolivia halt "
    "its tests."
)


@pytest.mark.parametrize(
    ("text", "words", "topic"),
    [
        (FLOOD_RELIEF, "deliver", "humanitarian_aid"),
        (TOURS, "refusing", "inter_korean_agreements"),
        (TESTS, "moratorium on tests", "nuclear_test_moratorium"),
        (TESTS_NAMED_AFTER, "moratorium on tests", "nuclear_test_moratorium"),
    ],
)
def test_the_story_names_the_topic(text: str, words: str, topic: str) -> None:
    assert topic in _topics(text, words)


@pytest.mark.parametrize(
    ("text", "words", "topic"),
    [
        (FLOOD_NO_AID, "deliver", "humanitarian_aid"),  # no aid in the story
        (MISSILE_TESTS, "halt", "nuclear_test_moratorium"),  # no nuclear test named before
    ],
)
def test_no_topic_the_story_does_not_name(text: str, words: str, topic: str) -> None:
    assert topic not in _topics(text, words)
