"""yaml_lists.word_sets fills a dataclass of word sets from a YAML file of the same names."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from pledgewatch.errors import ConfigError
from pledgewatch.yaml_lists import word_sets


@dataclass(frozen=True)
class _Words:
    verbs: frozenset[str]
    nouns: frozenset[str]


def test_every_field_is_read_lower_case(tmp_path: Path) -> None:
    path = tmp_path / "w.yaml"
    path.write_text("verbs: [Sign, ratify]\nnouns: [treaty]\nextra: [ignored]\n", encoding="utf-8")
    assert word_sets(_Words, path) == _Words(frozenset({"sign", "ratify"}), frozenset({"treaty"}))


def test_a_missing_list_names_the_file_and_the_key(tmp_path: Path) -> None:
    path = tmp_path / "w.yaml"
    path.write_text("verbs: [sign]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="'nouns'") as info:
        word_sets(_Words, path)
    assert "w.yaml" in str(info.value)
