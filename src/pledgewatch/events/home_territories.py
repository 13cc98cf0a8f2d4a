"""The dependent territories a state holds: Guam is the United States', Hong Kong China's.

A state's weapons sent "to" a territory of its own ("the Pentagon said it would send a missile
defence system to Guam", "Beijing sent fighter jets to Hong Kong") are no military aid (072)
given to another country but a deployment of its own forces, a show of force (154), as troops
or police sent to its own province are (:func:`pledgewatch.events.visits.sent_at_home`). The
territories and their holders are the ``territories`` section of ``state_pairs.yaml`` (the
lexicon's own folder when it has one, so the coder's version counts it).
"""

from __future__ import annotations

import functools
from collections.abc import Collection
from pathlib import Path

from pledgewatch.events.lexicon import LEXICON_DIR, Lexicon
from pledgewatch.yaml_lists import read_code_lists

__all__ = ["held_territories", "load_territories"]

#: The file and section the territories are read from.
TERRITORIES_FILE = "state_pairs.yaml"
TERRITORIES_KEY = "territories"


def held_territories(states: Collection[str], lexicon: Lexicon) -> frozenset[str]:
    """The codes of the territories held by any of the country codes ``states`` (asked for
    every event with a target: the file and each state set are looked up once)."""
    return _held(frozenset(states), _territories_path(lexicon.folder))


@functools.lru_cache(maxsize=8)
def _territories_path(folder: Path | None) -> str | None:
    """The lexicon folder's own ``state_pairs.yaml``, else None (the shipped one)."""
    own = folder / TERRITORIES_FILE if folder is not None else None
    return str(own) if own is not None and own.is_file() else None


@functools.lru_cache(maxsize=1024)
def _held(states: frozenset[str], path: str | None) -> frozenset[str]:
    return frozenset(t for t, holders in load_territories(path).items() if holders & states)


@functools.lru_cache(maxsize=4)
def load_territories(path: str | None = None) -> dict[str, frozenset[str]]:
    """Territory code -> the codes of the states holding it, from ``state_pairs.yaml``'s
    ``territories`` section (cached per path); a malformed section is a ConfigError naming the
    file."""
    file = Path(path) if path else Path(LEXICON_DIR) / TERRITORIES_FILE
    found = read_code_lists(file, TERRITORIES_KEY, "territory (the state holding it)")
    # read_code_lists lower-cases its keys, written for phrases; actor codes are upper case
    return {code.upper(): frozenset(holders) for code, holders in found.items()}
