"""A count in a word file (how many sentences a story reader looks back) is a whole number:
a YAML boolean ("yes" reads as True, which an int check would pass as 1), a fraction, a word
or a negative number is refused with the file and the key named."""

from __future__ import annotations

import pytest

from pledgewatch.errors import ConfigError
from pledgewatch.yaml_lists import whole_number


def test_absent_count_takes_the_default() -> None:
    assert whole_number({}, "reach", 3, "x.yaml") == 3


@pytest.mark.parametrize("value", [0, 2, 10])
def test_whole_numbers_are_read(value: int) -> None:
    assert whole_number({"reach": value}, "reach", 3, "x.yaml") == value


@pytest.mark.parametrize("value", [True, False, -1, 2.5, "two", None, [2]])
def test_anything_else_is_refused_naming_file_and_key(value: object) -> None:
    with pytest.raises(ConfigError, match="'reach' must be a whole number") as caught:
        whole_number({"reach": value}, "reach", 3, "x.yaml")
    assert "x.yaml" in str(caught.value)


@pytest.mark.parametrize(
    "key",
    ["lead_sentences", "dominance_min_sentences", "antecedent_sentences", "named_again_sentences"],
)
@pytest.mark.parametrize("value", [True, -1])
def test_the_story_topic_counts_are_whole_numbers(monkeypatch, key: str, value: object) -> None:
    """mend24b: story_topics read its counts with int(), which took "yes" for 1 and -1 as is."""
    from pledgewatch.commitments import story_topics

    real = story_topics.read_word_yaml

    def with_bad_count(path):  # type: ignore[no-untyped-def]
        return {**real(path), key: value}

    monkeypatch.setattr(story_topics, "read_word_yaml", with_bad_count)
    story_topics.story_topic_words.cache_clear()
    try:
        with pytest.raises(ConfigError, match=f"'{key}' must be a whole number"):
            story_topics.story_topic_words()
    finally:
        story_topics.story_topic_words.cache_clear()
