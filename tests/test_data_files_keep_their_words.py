"""Every shipped YAML data file keeps its words: no list holds a bare yes/no/on/off.

YAML reads a bare ``no`` as false, so a word list that holds it silently loses the word (the
modality cues once held "false" for "no"). The loaders of the lexicons guard against it
(:func:`pledgewatch.yaml_lists.refuse_unquoted_booleans`); this test holds every data file to it,
whichever module reads it, so a new loader cannot ship such a list unnoticed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import pledgewatch
from pledgewatch.errors import ConfigError
from pledgewatch.yaml_lists import read_code_lists, read_word_yaml, refuse_unquoted_booleans

DATA = Path(pledgewatch.__file__).parent / "data"
SHIPPED = sorted(DATA.rglob("*.yaml"))


def test_there_are_data_files_to_check() -> None:
    assert len(SHIPPED) > 20, SHIPPED


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: str(p.relative_to(DATA)))
def test_no_shipped_list_holds_a_boolean(path: Path) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    refuse_unquoted_booleans(data, str(path))


def test_the_shared_reader_refuses_a_bare_no_and_names_the_file(tmp_path: Path) -> None:
    words = tmp_path / "words.yaml"
    words.write_text("negations: [not, never, no]\nclausal: true\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        read_word_yaml(words)
    assert "words.yaml" in str(caught.value) and "negations" in str(caught.value)


@pytest.mark.parametrize(
    ("content", "problem"),
    [("verbs: [reach, sign\n", "cannot read"), ("- just\n- a list\n", "mapping")],
)
def test_the_shared_reader_explains_a_broken_file(
    tmp_path: Path, content: str, problem: str
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        read_word_yaml(broken)
    assert "broken.yaml" in str(caught.value) and problem in str(caught.value)


def test_the_shared_reader_returns_the_mapping(tmp_path: Path) -> None:
    words = tmp_path / "words.yaml"
    words.write_text("verbs: [reach, sign]\nmax_words_between: 3\n", encoding="utf-8")
    assert read_word_yaml(words) == {"verbs": ["reach", "sign"], "max_words_between": 3}


@pytest.mark.parametrize(
    "text",
    [
        "pairs: [both koreas]\n",  # a list, not a mapping
        "pairs:\n  both koreas: []\n",  # no codes
        "pairs:\n  both koreas: KOR\n",  # a code, not a list of codes
        "pairs:\n  both koreas: [KOR, 7]\n",  # a code that is no text
        "other: {}\n",  # the key missing
    ],
)
def test_code_lists_refuse_anything_but_phrases_to_codes(tmp_path: Path, text: str) -> None:
    bad = tmp_path / "pairs.yaml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(
        ConfigError, match="`pairs` must map each phrase to a list of codes"
    ) as caught:
        read_code_lists(bad, "pairs", "phrase")
    assert "pairs.yaml" in str(caught.value)


def test_code_lists_lower_the_phrases_and_keep_the_codes(tmp_path: Path) -> None:
    good = tmp_path / "pairs.yaml"
    good.write_text("pairs:\n  Both Koreas: [KOR, PRK]\n", encoding="utf-8")
    assert read_code_lists(good, "pairs", "phrase") == {"both koreas": ("KOR", "PRK")}
