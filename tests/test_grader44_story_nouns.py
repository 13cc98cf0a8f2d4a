"""A definite noun that names again what the story named before under another head (grading
audit seed 68, group 1; grader44, ``commitments/story_acts.py``):

- a head of the same family (``head_families`` of told_acts.yaml): "leave the site" after "the
  Mount Kumgang resort" is inter_korean_agreements; "the food will reach hungry people" after
  "food aid" is food_aid; "honour the deal" after "a ceasefire accord" is ceasefire; with no
  fuller naming of the family before, or one with no topic, the clause stays ``other``;
- a launch named without its kind after a kind told as lifting off ("its rocket will lift off
  this week"): "cancel the launch" is a moratorium on missile launches, and "cancel" halts a
  launch as "halt" does ("cancel the rocket launch"); "lift" with no "off" names no launch.

Sentences written for these tests (other countries and years)."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2033, 5, 12)


def _topics(text: str) -> list[tuple[str, str]]:
    """(kind, topic) of each pledge or demand of the text's last sentence."""
    from pledgewatch.coding import context_for_text, shared_coder

    sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    last = sentences[-1].id
    return [
        (e.commitment.kind, e.commitment.topic)
        for e in events
        if e.commitment
        and e.commitment.kind in ("promise", "offer", "refusal", "demand")
        and e.sentence_id == last
    ]


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "Pyongyang seized the hotels at the Mount Kumgang resort on Friday. Officials also "
            "ordered the remaining South Korean staff to leave the site.",
            "inter_korean_agreements",
        ),
        (
            "An Ecuadorean mission reached Asuncion to decide whether to resume food aid to "
            "Paraguay. Officials want guarantees that the food will reach poor families.",
            "food_aid",
        ),
        (
            "Colombia signed a ceasefire accord with the guerrillas on Sunday. Bogota said it "
            "would respect the deal.",
            "ceasefire",
        ),
    ],
)
def test_noun_of_the_family_takes_the_earlier_topic(text: str, topic: str) -> None:
    assert topic in [t for _kind, t in _topics(text)]


@pytest.mark.parametrize(
    "text",
    [
        # no fuller naming of the family before
        "Officials also ordered the remaining Ecuadorean staff to leave the site.",
        # a fuller naming with no topic of its own
        "Paraguay opened the new hotel resort near the lake on Friday. Officials also ordered "
        "the remaining Ecuadorean staff to leave the site.",
    ],
)
def test_noun_with_no_topical_naming_before_stays_other(text: str) -> None:
    assert all(t == "other" for _kind, t in _topics(text))


def test_launch_takes_the_kind_told_as_lifting_off() -> None:
    text = (
        "Paraguay says its rocket will lift off next week. The launch would break the "
        "promise Asuncion made in January. Quito should demand that Asuncion cancel the launch."
    )
    assert ("demand", "missile_launch_moratorium") in _topics(text)


def test_cancel_halts_a_rocket_launch() -> None:
    text = "Quito should demand that Asuncion cancel the rocket launch."
    assert ("demand", "missile_launch_moratorium") in _topics(text)


def test_lifting_with_no_off_names_no_launch() -> None:
    text = (
        "Paraguay wants the missile sanctions lifted this week. Quito should demand that "
        "Asuncion cancel the launch."
    )
    assert ("demand", "missile_launch_moratorium") not in _topics(text)


@pytest.mark.parametrize("value", ["site resort", [["site"], "food"], [[]], [[1, 2]]])
def test_malformed_head_families_are_refused(value: object) -> None:
    from pledgewatch.commitments.told_acts import _families
    from pledgewatch.errors import ConfigError

    with pytest.raises(ConfigError):
        _families(value, "head_families")
