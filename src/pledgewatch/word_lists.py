"""Named word lists kept in YAML data files, read once per file.

A coder rule that reads a few words of its own (the fillers before a rejection idiom, the
texts that impose sanctions, the nouns of a national body) keeps them in a data file, not in a
Python literal, so an analyst can extend them without touching code: a YAML mapping of list
names to lists of words (``data/lexicon/rule_words.yaml``, ``data/actors/body_words.yaml``).
:func:`word_list` returns one of them as a frozenset; the file is parsed once per process
(cached per path).
"""

from __future__ import annotations

import functools
from pathlib import Path

from pledgewatch.errors import ConfigError

__all__ = ["word_list"]


def word_list(path: str | Path, name: str) -> frozenset[str]:
    """The word list ``name`` of the YAML file ``path``.

    Raises:
        ConfigError: the file cannot be read, is not a mapping of names to lists, or has no
            list ``name``; the message names the file.
    """
    lists = _word_lists(str(path))
    if name not in lists:
        raise ConfigError(f"no word list {name!r}; add it as a YAML list", path=str(path))
    return lists[name]


@functools.lru_cache(maxsize=8)
def _word_lists(path: str) -> dict[str, frozenset[str]]:
    import yaml

    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read the word lists ({exc}); fix the file", path=path) from exc
    if not isinstance(data, dict) or not all(isinstance(v, list) for v in data.values()):
        raise ConfigError("expected a mapping of list names to lists of words", path=path)
    return {str(name): frozenset(str(word) for word in words) for name, words in data.items()}
