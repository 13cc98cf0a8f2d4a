"""Invisible and look-alike characters out of the text: odd spaces, zero-width marks, soft hyphens.

A no-break space between "Seoul" and "said" makes one token of the two words; a zero-width
space after "North Korea" makes "Korea" an unknown word; a soft hyphen splits "returned". Each
costs events. :func:`normalise_characters` rewrites the code points listed in
``data/ingest/characters.yaml`` (spaces to " ", zero-width marks and soft hyphens removed,
Unicode line and paragraph separators to line breaks) and turns CRLF and CR line ends into LF.
It is applied where the stored text is made, so evidence offsets refer to the rewritten text.
NFKC is not used: it also rewrites ligatures, superscripts and full-width letters.

Text copied out of a web page's source or a CMS export often keeps HTML character references
("South Korea&#8217;s", "aid&nbsp;offer", "&amp;"): :func:`decode_character_references`
turns the complete ones (ending in ";") into their characters for the plain-text and table
readers; the HTML and feed readers decode them as part of the markup.
"""

from __future__ import annotations

import functools
import html
import re
from dataclasses import dataclass
from pathlib import Path

from pledgewatch.errors import ConfigError
from pledgewatch.yaml_lists import read_word_yaml

DEFAULT_CHARACTERS = Path(__file__).resolve().parent.parent / "data" / "ingest" / "characters.yaml"

#: What each list of the data file becomes.
_REPLACEMENTS = {"spaces": " ", "removed": "", "line_breaks": "\n", "paragraph_breaks": "\n\n"}
_CODE_POINT = re.compile(r"U\+([0-9A-Fa-f]{4,6})")
#: A complete HTML character reference: "&#8217;", "&#x2019;", "&nbsp;" (never "AT&T").
_CHARACTER_REFERENCE = re.compile(
    r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
)


@dataclass(frozen=True, slots=True)
class CharacterTable:
    """The rewrites of the data file, as a :meth:`str.translate` table, and the list bullets."""

    table: dict[int, str]
    bullets: frozenset[str] = frozenset()

    def apply(self, text: str) -> str:
        """``text`` with CRLF/CR line ends as LF and every listed character rewritten."""
        return text.replace("\r\n", "\n").replace("\r", "\n").translate(self.table)


def load_character_table(path: str | Path = DEFAULT_CHARACTERS) -> CharacterTable:
    """The character table of ``path`` (read once per path).

    Raises:
        ConfigError: the file cannot be read, a list is missing, a code point is not written
            ``"U+XXXX"``, or one is listed twice.
    """
    return _load(str(path))


@functools.lru_cache(maxsize=4)
def _load(path: str) -> CharacterTable:
    data = read_word_yaml(path)
    table: dict[int, str] = {}
    for key, replacement in _REPLACEMENTS.items():
        for code in _code_points(data, key, path):
            if code in table or code in (0x0A, 0x0D, 0x20):
                raise ConfigError(f"U+{code:04X}: listed twice, or may not be rewritten", path=path)
            table[code] = replacement
    bullets = frozenset(chr(code) for code in _code_points(data, "bullets", path))
    return CharacterTable(table, bullets)


def _code_points(data: dict[str, object], key: str, path: str) -> list[int]:
    entries = data.get(key)
    if not isinstance(entries, list):
        raise ConfigError(f"the list {key!r} is missing or not a list", path=path)
    codes = []
    for entry in entries:
        match = _CODE_POINT.fullmatch(str(entry).strip())
        if match is None:
            raise ConfigError(f"{entry!r} in {key!r} is not a code point 'U+XXXX'", path=path)
        codes.append(int(match.group(1), 16))
    return codes


def normalise_characters(text: str, table: CharacterTable | None = None) -> str:
    """``text`` rewritten by ``table`` (default: the packaged character table)."""
    return (table or load_character_table()).apply(text)


def decode_character_references(text: str) -> str:
    """``text`` with its complete HTML character references decoded; an unknown name such as
    "&foo;" is left as written."""
    if "&" not in text:
        return text
    return _CHARACTER_REFERENCE.sub(lambda match: html.unescape(match.group()), text)
