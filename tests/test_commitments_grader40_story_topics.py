"""Topics the story gives a clause that names its matter again without its words, and two
synonyms the triggers lacked (grading audit seed 64, groups 1 and 2; grader40):

- "war exercises" are military exercises, and "cancel the exercises" after them is too
  (``topics.yaml``; the bare definite noun read back by ``story_acts.py``);
- "abandon nuclear arms" is denuclearization, as "abandon nuclear weapons";
- an indefinite noun with no words of its own ("the question of a moratorium") takes the topic
  of its fuller naming a few sentences before, not one further back (``story_topics.yaml``
  ``named_again_sentences``);
- "full implementation" with no object carries out the story's dominant topic
  (``carried_out_nouns``);
- a general topic in a phrase coordinated with a specific one stays beside it ("food aid and a
  clear path back to the talks"), and "the talks" of a six-party story are those talks; a
  general topic governing the specific one is still dropped ("negotiations on food aid");
- a sanctions resolution's cargo inspection is ``sanctions``, no IAEA inspection.

Sentences written for these tests (other countries and years)."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2031, 4, 9)


def _topics(text: str, kind: str) -> list[list[str]]:
    """Each commitment of ``kind`` in the last sentence: its topic, then its other topics."""
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    last = max(_sentence(e.sentence_id) for e in events)
    return [
        [e.commitment.topic, *(t["topic"] for t in e.commitment.other_topics)]
        for e in events
        if e.commitment and e.commitment.kind == kind and _sentence(e.sentence_id) == last
    ]


def _sentence(sentence_id: str | None) -> int:
    return int((sentence_id or "0").rsplit(":", 1)[-1])


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # "war" for "military"
        (
            "Ecuador said Peru should cancel the war exercises at once.",
            "demand",
            [["military_exercises"]],
        ),
        # the bare definite noun after the fuller naming
        (
            "Peru and Chile are going to stage the Pacific Trident war exercises from Monday. "
            "These drills are a rehearsal for an attack on Ecuador. Peru and Chile will be "
            "wholly responsible for any clash. They should cancel the exercises at once.",
            "demand",
            [["military_exercises"], ["military_exercises"]],
        ),
        # "arms" for "weapons"
        (
            "Chile's new president urges Bolivia to abandon nuclear arms",
            "demand",
            [["denuclearization"]],
        ),
        (
            "Chile's new president urges Bolivia to abandon its nuclear weapons",
            "demand",
            [["denuclearization"]],
        ),
    ],
)
def test_war_exercises_and_nuclear_arms(text: str, kind: str, expected: list) -> None:
    assert _topics(text, kind) == expected


MORATORIUM_LEAD = "Several reports said that Bolivia promised Chile a moratorium on nuclear tests."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"{MORATORIUM_LEAD} The only source is the Chilean foreign ministry. Its "
            "spokeswoman said that Bolivia, in the course of the talks, would be ready to "
            "resolve the question of a moratorium.",
            [["nuclear_test_moratorium"]],
        ),
        # too far back: "a moratorium" may be another one
        (
            f"{MORATORIUM_LEAD} The only source is the Chilean foreign ministry. Chile did "
            "not publish a text. Bolivia did not comment. Analysts were surprised. Its "
            "spokeswoman said that Bolivia would be ready to resolve the question of a "
            "moratorium.",
            [["other"]],
        ),
    ],
)
def test_an_indefinite_noun_named_again_nearby(text: str, expected: list) -> None:
    assert _topics(text, "promise") == expected


SANCTIONS_LEAD = (
    "The U.N. Security Council adopted new sanctions against Bolivia on Friday. "
    "Resolution 2391 bans the export of luxury cars to Bolivia. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"{SANCTIONS_LEAD}Brazil's envoy called for full implementation and for a return "
            "to dialogue.",
            [["sanctions", "talks"]],
        ),
        # its own object: no story reading
        (
            f"{SANCTIONS_LEAD}Brazil's envoy called for full implementation of the fishing accord.",
            [["other"]],
        ),
    ],
)
def test_implementation_with_no_object(text: str, expected: list) -> None:
    assert _topics(text, "demand") == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # the talks offered beside the aid, the six-party talks of the story
        (
            "Chile says Bolivia must take three steps before the six-party talks can restart. "
            "Lima should be ready to offer food aid and a clear path back to the talks if La "
            "Paz moves.",
            "demand",
            [["food_aid", "six_party_talks"]],
        ),
        (
            "Lima should be ready to offer food aid and a clear path back to the talks if La "
            "Paz moves.",
            "demand",
            [["food_aid", "talks"]],
        ),
        # the talks govern the aid: the aid is the topic
        ("Peru agreed to hold negotiations on food aid in 2030.", "promise", [["food_aid"]]),
    ],
)
def test_a_general_topic_coordinated_with_a_specific_one(
    text: str, kind: str, expected: list
) -> None:
    assert _topics(text, kind) == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "The resolution requires states to inspect suspicious cargo from Bolivia.",
            "demand",
            [["sanctions"]],
        ),
        ("Peru will allow IAEA inspections at its reactors.", "promise", [["iaea_inspections"]]),
    ],
)
def test_cargo_inspection_is_a_sanction(text: str, kind: str, expected: list) -> None:
    assert _topics(text, kind) == expected
