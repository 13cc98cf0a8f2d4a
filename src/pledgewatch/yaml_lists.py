"""Word lists read from YAML keep their words: a bare no, yes, on or off is refused.

YAML 1.1 (PyYAML's safe loader) reads a bare ``no``, ``yes``, ``on`` or ``off`` as false or
true. In a word list that silently loses the word: the modality cues once listed ``no`` bare and
held "false", so "would no longer honor the armistice" read as a promise to honor it.
:func:`refuse_unquoted_booleans` finds any list holding a true/false, however deep, and raises a
:class:`~pledgewatch.errors.ConfigError` naming the file and the key, so the word is quoted.
Booleans as values of a key (``clausal: true``) are settings and stay allowed.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any, TypeVar

import yaml

from pledgewatch.errors import ConfigError

__all__ = [
    "read_code_lists",
    "read_word_yaml",
    "refuse_unquoted_booleans",
    "word_list",
    "word_sets",
]

_Lists = TypeVar("_Lists")


def read_word_yaml(path: str | Path) -> dict[str, Any]:
    """The mapping of a YAML data file of word lists, read once in one way by every loader:
    a missing or unparsable file, or one that is no mapping, is a :class:`ConfigError` naming
    the file, and so is a list holding an unquoted yes/no/on/off."""
    where = str(path)
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read the word lists ({exc})", path=where) from exc
    if not isinstance(data, dict):
        raise ConfigError(
            f"the word lists must be a mapping of names to lists, not {type(data).__name__}",
            path=where,
        )
    refuse_unquoted_booleans(data, where)
    return data


def word_list(data: dict[str, Any], key: str, path: str) -> list[str]:
    """The words of list ``key`` of a file read by :func:`read_word_yaml`, stripped and lower
    case: a missing key (a misspelt name) or anything but a list of words (``verbs: tell``,
    which would iterate as letters) is a :class:`ConfigError` naming the file and the key."""
    words = data.get(key)
    if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
        raise ConfigError(f"'{key}' must be a list of words; see the file header", path=path)
    return [w.strip().lower() for w in words]


def word_sets(cls: type[_Lists], path: str | Path) -> _Lists:
    """The dataclass ``cls`` (every field a frozenset of words) filled from the lists of the same
    names in the YAML file ``path``; a missing or malformed list is a :class:`ConfigError` naming
    the file and the key. One reader for the many small word-list files whose class mirrors them."""
    data = read_word_yaml(path)
    names = [field.name for field in dataclasses.fields(cls)]  # type: ignore[arg-type]
    return cls(**{name: frozenset(word_list(data, name, str(path))) for name in names})


def whole_number(data: dict[str, Any], key: str, default: int, path: str) -> int:
    """The count ``key`` of a file read by :func:`read_word_yaml` (``default`` when absent): a
    boolean, a fraction, a word or a negative number is a :class:`ConfigError` naming the file
    and the key (YAML reads ``reach: yes`` as True, which ``int`` checks would take for 1)."""
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigError(
            f"'{key}' must be a whole number >= 0, as in '{key}: {default}'", path=path
        )
    return value


def read_code_lists(path: str | Path, key: str, what: str) -> dict[str, tuple[str, ...]]:
    """The mapping under ``key`` of a YAML data file from lower-cased phrases to non-empty lists
    of codes ("both koreas": [KOR, PRK]); anything else is a :class:`ConfigError` naming the
    file and saying that ``key`` must map each ``what`` to a list of codes."""
    data = read_word_yaml(path)
    found = data.get(key)
    if not isinstance(found, dict) or not all(
        isinstance(v, list) and v and all(isinstance(c, str) for c in v) for v in found.values()
    ):
        raise ConfigError(f"`{key}` must map each {what} to a list of codes", path=str(path))
    return {str(k).lower(): tuple(v) for k, v in found.items()}


def refuse_unquoted_booleans(data: Any, path: str) -> None:
    """Raise :class:`ConfigError` when a list in ``data`` (read from ``path``) holds a bool."""
    found = list(_lists_with_booleans(data, ""))
    if found:
        raise ConfigError(
            f"quote yes/no/on/off in the word lists {found}: YAML reads them as true/false",
            path=path,
        )


def _lists_with_booleans(data: Any, where: str) -> Any:
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _lists_with_booleans(value, f"{where}.{key}" if where else str(key))
    elif isinstance(data, list):
        if any(isinstance(item, bool) for item in data):
            yield where or "(top level)"
        for index, item in enumerate(data):
            if isinstance(item, (dict, list)):
                yield from _lists_with_booleans(item, f"{where}[{index}]")
