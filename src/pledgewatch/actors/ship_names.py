"""Warships named with their navy's prefix: "the aircraft carrier USS George Washington".

A navy writes a fixed prefix before its ships' names (USS, HMS, ROKS, ...). The prefix, in
capitals, followed by one to three capitalised proper nouns is a named ship and stands for that navy
(an organisation flagged as a vessel, like the single ships organisations.yaml lists). The
prefixes and their codes are in ``data/actors/ship_prefixes.yaml``; only prefixes that name one
navy and nothing else are listed there. The kind of ship written just before the prefix ("the
destroyer USS Cole", ``ship_types`` there) joins the name, so the kind alone is not a separate
actor of no country (an agent noun, ---MIL) that the parser makes the clause's subject. A ship
the dictionary lists by name ("ROKS Cheonan", with dated codes) is left to that entry: the
caller passes the starts of its phrase matches. The name stops at a word the parser does not
take for a proper noun (a Title Case headline's verb: "USS Carl Vinson Arrives In Busan") or at
one it does that is a headline's verb form (``name_stops``: "ROKS Gangwon Sinks"), at the
start of a listed role noun ("the USS Cole Commander John Smith": the commander is a person, not
the ship; persons and places do name ships, "USS Ronald Reagan"), and after three words.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pledgewatch.actors.dictionary import Entry, default_data_dir
from pledgewatch.actors.doc_words import doc_words
from pledgewatch.actors.mention import Hit
from pledgewatch.errors import ConfigError
from pledgewatch.yaml_lists import read_word_yaml

__all__ = ["ShipPrefixes", "load_ship_prefixes", "prefix_positions", "ship_hits"]

#: The most words a ship's name runs to after its prefix ("Gregorio del Pilar" is cut at the
#: lower "del"); a longer run of capitals is a headline or a title with a person's name.
_MAX_NAME_WORDS = 3
#: The most words of a kind of ship (``ship_types``: "amphibious assault ship").
_MAX_TYPE_WORDS = 3


@dataclass(frozen=True)
class ShipPrefixes:
    """The navies' prefixes and the kinds of ship written before them."""

    #: prefix as written -> the entry of its navy
    entries: dict[str, Entry]
    #: kinds of ship as word tuples, lower case ("aircraft", "carrier")
    types: frozenset[tuple[str, ...]]
    #: a headline's verb forms that end a name ("ROKS Gangwon Sinks"), lower case
    stops: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=4)
def load_ship_prefixes(path: str | None = None) -> ShipPrefixes:
    """The prefixes and ship kinds of ``ship_prefixes.yaml`` (cached per path)."""
    file = Path(path) if path else default_data_dir() / "ship_prefixes.yaml"
    data = read_word_yaml(file)
    prefixes = data.get("prefixes")
    types = data.get("ship_types", [])
    stops = data.get("name_stops", [])
    if not isinstance(stops, list) or not all(isinstance(w, str) and " " not in w for w in stops):
        raise ConfigError(
            "`name_stops` must be a list of single lower-case words (see the header)",
            path=str(file),
        )
    if not isinstance(types, list) or not all(
        isinstance(t, str) and 1 <= len(t.split()) <= _MAX_TYPE_WORDS for t in types
    ):
        raise ConfigError(
            "`ship_types` must be a list of kinds of one to three words (see the header)",
            path=str(file),
        )
    if not isinstance(prefixes, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and len(v) >= 6 for k, v in prefixes.items()
    ):
        raise ConfigError(
            "`prefixes` must map each prefix to a navy code such as USAMIL (see the header)",
            path=str(file),
        )
    entries = {
        prefix: Entry(
            "organisation",
            "ship",
            f"{prefix} ship",
            country=code[:3],
            code=code,
            sector=code[3:6],
            vessel=True,
        )  # fmt: skip
        for prefix, code in prefixes.items()
    }
    return ShipPrefixes(
        entries,
        frozenset(tuple(t.lower().split()) for t in types),
        frozenset(w.lower() for w in stops),
    )


_POSITIONS_KEY = "pledgewatch.ship_prefix_positions"


def prefix_positions(doc: Any, prefixes: ShipPrefixes) -> frozenset[int]:
    """The token indexes of ship prefixes in ``doc``, found once per Doc: the matcher reads a
    document's phrases many times, and most documents name no ship."""
    found = doc.user_data.get(_POSITIONS_KEY)
    if found is None:
        found = frozenset(i for i, text in enumerate(doc_words(doc)[0]) if text in prefixes.entries)
        doc.user_data[_POSITIONS_KEY] = found
    return found


def ship_hits(
    doc_or_span: Any,
    taken: set[int],
    listed_starts: set[int],
    prefixes: ShipPrefixes,
    role_starts: frozenset[int] = frozenset(),
) -> Iterator[Hit]:
    """Hits for "[kind] PREFIX Name ..." not already taken and not the start of a listed phrase;
    the name stops before a listed role noun (``role_starts``); the tokens they cover are added
    to ``taken``."""
    tokens = list(doc_or_span)
    for n, token in enumerate(tokens):
        entry = prefixes.entries.get(token.text)
        if entry is None or token.i in taken or token.i in listed_starts:
            continue
        end = n + 1
        # the name: capitalised proper nouns ("George Washington"), not a following verb, lower
        # word or role noun ("Commander"), and no longer than a name runs
        while (
            end < len(tokens)
            and end - n <= _MAX_NAME_WORDS
            and tokens[end].text[:1].isupper()
            and tokens[end].is_alpha
            and tokens[end].pos_ == "PROPN"
            and not (end > n + 1 and tokens[end].i in role_starts)
            # "ROKS Gangwon Sinks": a headline's verb the parser took for a name
            and not (end > n + 1 and tokens[end].lower_ in prefixes.stops)
        ):
            end += 1
        if end == n + 1 or any(t.i in taken for t in tokens[n + 1 : end]):
            continue
        start = n
        for size in range(
            _MAX_TYPE_WORDS, 0, -1
        ):  # the kind before it, longest first ("aircraft carrier")
            words = tuple(t.lower_ for t in tokens[max(n - size, 0) : n])
            if len(words) == size and words in prefixes.types:
                start = n - size
                break
        if any(t.i in taken for t in tokens[start:n]):
            start = n
        start_i, end_i = tokens[start].i, tokens[end - 1].i + 1
        taken.update(range(start_i, end_i))
        yield Hit(start_i, end_i, (entry,))
