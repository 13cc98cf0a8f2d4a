"""Formats pledgewatch does not read, told as such: a Word file, a zstd stream, a RAR archive.

Without this table a ``.docx`` fails as an "unknown extension" (or, given by content, would read
as a zip archive of XML parts) and a zstd stream on standard input as "binary data". The table,
``data/ingest/unsupported_formats.yaml``, names each by extension and by its first bytes and
says what to do instead; :func:`refusal_for_name` and :func:`refusal_for_content` give the
message, or None for anything else.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from pledgewatch.errors import ConfigError
from pledgewatch.yaml_lists import read_word_yaml

DEFAULT_TABLE = (
    Path(__file__).resolve().parent.parent / "data" / "ingest" / "unsupported_formats.yaml"
)


@dataclass(frozen=True, slots=True)
class UnsupportedTable:
    """Extension -> advice, and leading bytes -> advice."""

    extensions: dict[str, str]
    magic: dict[bytes, str]


@functools.lru_cache(maxsize=4)
def load_table(path: str | Path = DEFAULT_TABLE) -> UnsupportedTable:
    """The table of ``path``.

    Raises:
        ConfigError: the file cannot be read, a section is not a mapping of strings, an
            extension lacks its dot or a magic value is not hex.
    """
    where = str(path)
    data = read_word_yaml(where)
    sections: dict[str, dict[str, str]] = {}
    for key in ("extensions", "magic"):
        found = data.get(key)
        if not isinstance(found, dict) or not all(
            isinstance(k, str) and isinstance(v, str) and v.strip() for k, v in found.items()
        ):
            raise ConfigError(f"'{key}' must map each entry to a message", path=where)
        sections[key] = {k.strip().lower(): v.strip() for k, v in found.items()}
    if not all(ext.startswith(".") for ext in sections["extensions"]):
        raise ConfigError("every extension is written with its dot ('.docx')", path=where)
    try:
        magic = {bytes.fromhex(k): v for k, v in sections["magic"].items()}
    except ValueError as exc:
        raise ConfigError(f"'magic' keys must be hex bytes ({exc})", path=where) from exc
    return UnsupportedTable(sections["extensions"], magic)


def refusal_for_name(name: str) -> str | None:
    """Why a file named ``name`` is not read ("not supported: a Word document; ..."), or None."""
    suffix = PurePosixPath(name.replace("\\", "/")).suffix.lower()
    advice = load_table().extensions.get(suffix) if suffix else None
    return f"not supported: {advice}" if advice else None


def refusal_for_content(data: bytes) -> str | None:
    """Why bytes starting with a known unsupported signature are not read, or None."""
    for magic, advice in load_table().magic.items():
        if data.startswith(magic):
            return f"not supported: {advice}"
    return None
