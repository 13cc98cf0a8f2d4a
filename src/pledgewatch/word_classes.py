"""The lexicon's tab-separated tables and its word classes, read without spaCy.

``data/lexicon/*.tsv`` are read by the event lexicon (``events/lexicon.py``) and, for one word
class, by the ledger (``ledger/retellings.py``), which never parses and must not pay the seconds
of importing the coder to learn a dozen words. Both read through this module, so they cannot
disagree on a file's layout or on which definition of a class holds: a class defined twice is
refused, naming the file and both lines (a later line once silently replaced an earlier one).
"""

from __future__ import annotations

from pathlib import Path

from pledgewatch.errors import ConfigError

WORD_CLASSES_FILE = "word_classes.tsv"


def read_rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    """The data rows of a lexicon table as (line number, {column: cell}); ``#`` lines and blank
    lines are skipped, the first other line is the header, and a row with another cell count is
    refused (a stray tab would shift every column after it)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(f"cannot read the lexicon file: {exc}", path=str(path)) from exc
    numbered = [
        (n, line) for n, line in enumerate(lines, 1) if line.strip() and not line.startswith("#")
    ]
    if not numbered:
        return []
    header = numbered[0][1].split("\t")
    rows = []
    for n, line in numbered[1:]:
        cells = line.split("\t")
        if len(cells) != len(header):
            raise ConfigError(
                f"line {n} has {len(cells)} tab-separated cells, the header has {len(header)}",
                path=str(path),
            )
        rows.append((n, dict(zip(header, (c.strip() for c in cells), strict=True))))
    return rows


def read_word_classes(path: Path) -> dict[str, frozenset[str]]:
    """The word classes of ``path`` by lower-case name; a class defined twice is a
    :class:`ConfigError` naming both lines (a later line silently replaced the earlier one, so
    "@adopting" once lost its narrow first list to its wide second)."""
    classes: dict[str, frozenset[str]] = {}
    first: dict[str, int] = {}
    for n, row in read_rows(path):
        name = row["class"].lower()
        if name in first:
            raise ConfigError(
                f"line {n}: word class {name} is already defined on line {first[name]}; "
                "merge the two or give one another name",
                path=str(path),
            )
        first[name] = n
        classes[name] = frozenset(row["words"].lower().split())
    return classes


def word_class(name: str, path: Path, reader: str) -> frozenset[str]:
    """The words of one class of ``path``; a missing class is a :class:`ConfigError` saying which
    ``reader`` needs it."""
    classes = read_word_classes(path)
    if name.lower() not in classes:
        raise ConfigError(f"no word class {name} ({reader} read it)", path=str(path))
    return classes[name.lower()]
