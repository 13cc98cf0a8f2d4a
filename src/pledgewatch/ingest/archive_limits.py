"""The limits that guard an archive as a whole, read from ``data/ingest/archives.yaml``.

Each member of an archive is held to ``--max-bytes`` like any file; these limits bound the
archive itself (members, bytes unpacked in all, unpacked bytes per compressed byte) so a small
file that unpacks into gigabytes is refused with a message naming the limit; they bound an
archive that comes as a stream (a URL's body, standard input), held in a spooled temporary file
(:mod:`pledgewatch.ingest.spool`), and the folders that hold no documents (``__MACOSX``) are
listed with them. See the data file's header.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from pledgewatch.yaml_lists import read_word_yaml, whole_number, word_list

DEFAULT_LIMITS = Path(__file__).resolve().parent.parent / "data" / "ingest" / "archives.yaml"


@dataclass(frozen=True, slots=True)
class ArchiveLimits:
    """See ``data/ingest/archives.yaml`` for each field."""

    max_members: int = 100_000
    max_total_bytes: int = 2_000_000_000
    max_ratio: int = 200
    ratio_floor: int = 1_000_000
    max_stream_bytes: int = 1_000_000_000
    spool_memory_bytes: int = 8_000_000
    skipped_folders: frozenset[str] = frozenset({"__macosx"})
    #: where the limits were read, named in a refusal so the user knows what to change
    origin: str = "data/ingest/archives.yaml"


@functools.lru_cache(maxsize=4)
def load_limits(path: str | Path = DEFAULT_LIMITS) -> ArchiveLimits:
    """The limits of ``path``.

    Raises:
        ConfigError: the file cannot be read, a limit is not a whole number or the folder list
            is not a list of names.
    """
    where = str(path)
    data = read_word_yaml(where)
    default = ArchiveLimits()
    return ArchiveLimits(
        max_members=whole_number(data, "max_members", default.max_members, where),
        max_total_bytes=whole_number(data, "max_total_bytes", default.max_total_bytes, where),
        max_ratio=whole_number(data, "max_ratio", default.max_ratio, where),
        ratio_floor=whole_number(data, "ratio_floor", default.ratio_floor, where),
        max_stream_bytes=whole_number(data, "max_stream_bytes", default.max_stream_bytes, where),
        spool_memory_bytes=whole_number(
            data, "spool_memory_bytes", default.spool_memory_bytes, where
        ),
        skipped_folders=frozenset(word_list(data, "skipped_folders", where)),
        origin=where if path != DEFAULT_LIMITS else default.origin,
    )
