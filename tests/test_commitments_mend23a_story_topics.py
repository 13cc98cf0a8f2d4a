"""An indefinite noun takes the topic of its fuller naming earlier in the story only under a
frame noun ("resolve the question of a moratorium", ``named_again_frames`` of
``story_topics.yaml``): a bare "would host a meeting" after "a meeting on the release of
detained fishermen" is a new meeting (the review of grader40; mend23a). A topic read from
an earlier sentence says so in ``why``. The actor code a word stands in is one shared reading
(``mention_codes.py``). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2031, 4, 9)


def _promises(text: str) -> list:
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    return [e.commitment for e in events if e.commitment and e.commitment.kind == "promise"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a new meeting, not the one proposed
        (
            "Chile proposed a meeting on the release of detained fishermen. Peru said on Monday "
            "it would host a meeting soon.",
            "other",
        ),
        # under a frame noun: the matter told before
        (
            "Several reports said that Bolivia promised Chile a moratorium on nuclear tests. A "
            "spokeswoman said that Bolivia would be ready to resolve the question of a "
            "moratorium.",
            "nuclear_test_moratorium",
        ),
    ],
)
def test_a_noun_is_named_again_only_under_a_frame(text: str, expected: str) -> None:
    assert _promises(text)[-1].topic == expected


@pytest.mark.model
def test_a_topic_from_an_earlier_sentence_says_where_it_came_from() -> None:
    text = (
        "Several reports said that Bolivia promised Chile a moratorium on nuclear tests. A "
        "spokeswoman said that Bolivia would be ready to resolve the issue of a moratorium."
    )
    why = _promises(text)[-1].why
    assert any("from an earlier sentence" in w and "moratorium" in w for w in why), why


def test_the_code_of_a_word_is_its_mentions() -> None:
    import spacy

    from pledgewatch.commitments.mention_codes import code_at
    from pledgewatch.model import ActorMention

    doc = spacy.blank("en")("Chile and North Korea met")
    mentions = [
        ActorMention(code="CHL", text="Chile", start=0, end=1, why="test"),
        ActorMention(code="PRK", text="North Korea", start=2, end=4, why="test"),
    ]
    assert [code_at(t, mentions) for t in doc] == ["CHL", None, "PRK", "PRK", None]
