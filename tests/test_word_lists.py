"""Named word lists in YAML data files (pledgewatch.word_lists) and the two files that use them."""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgewatch.actors.group_refs import body_words
from pledgewatch.errors import ConfigError
from pledgewatch.events.lexicon import rule_words
from pledgewatch.word_lists import word_list


def test_a_list_is_a_frozenset_of_its_words(tmp_path: Path) -> None:
    path = tmp_path / "lists.yaml"
    path.write_text("# header\nfillers: [simply, still]\nempty: []\n", encoding="utf-8")
    assert word_list(path, "fillers") == frozenset({"simply", "still"})
    assert word_list(path, "empty") == frozenset()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("fillers: simply\n", "mapping of list names to lists"),
        ("- simply\n", "mapping of list names to lists"),
        ("fillers: [simply\n", "cannot read"),
        ("other: [a]\n", "no word list 'fillers'"),
    ],
)
def test_bad_files_name_the_file(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message) as error:
        word_list(path, "fillers")
    assert str(path) in str(error.value)


def test_a_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        word_list(tmp_path / "absent.yaml", "fillers")


@pytest.mark.parametrize(
    ("read", "name", "word"),
    [
        (rule_words, "idiom_fillers", "simply"),
        (rule_words, "sanctioning_texts", "resolution"),
        (rule_words, "acceptance_patterns", "accept.v+proposal"),
        (body_words, "body_modifiers", "interim"),
        (body_words, "reporting_lemmas", "say"),
        (body_words, "bare_bodies", "ministry"),
    ],
)
def test_the_shipped_lists(read, name: str, word: str) -> None:
    assert word in read(name)
