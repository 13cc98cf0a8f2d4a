"""The spellings one source path may have been stored under: relative or absolute, with or
without ``./``, through a symlink or not.

``Document.source_path`` is the path as it was given ("news.csv:12" for a row, "feed.xml:
entry 3" for an entry), so the same file ingested as ``x.txt``, ``./x.txt``, ``/data/x.txt``
or through a link is stored under different paths. Identity does not depend on it: a re-ingest
is recognised by the file's raw content (:mod:`pledgewatch.ingest.hashing`). The path matters
only for documents stored before raw hashes were kept, which the store recognises by their
source path and their words; :func:`path_spellings` lists every spelling under which such a
document may be stored, so a re-ingest under another spelling renews it instead of storing the
file a second time.

A relative path given from any folder above the file is a tail of its absolute path (``x.txt``,
``data/x.txt``), so the tails of the absolute path and of its real path (symlinks resolved) are
the spellings, each also with ``./``. A relative path that climbed out of its folder
(``../x.txt``) cannot be told from the path alone and is not recognised.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path


def path_spellings(source_path: str, cwd: str | Path | None = None) -> tuple[str, ...]:
    """Every spelling of ``source_path`` (a file's, or a record's "file:12") relative to ``cwd``
    (default: the current folder); just ``source_path`` when it names no file on disk (a URL,
    standard input, a file since moved)."""
    folder = str(cwd) if cwd is not None else os.getcwd()
    file_part, record = _file_and_record(source_path, folder)
    if file_part is None:
        return (source_path,)
    return tuple(sorted({source_path, *(s + record for s in _spellings(file_part, folder))}))


def _file_and_record(source_path: str, folder: str) -> tuple[str | None, str]:
    """The file part of a source path and the record part after it (":12", ": entry 3")."""
    if os.path.isfile(os.path.join(folder, source_path)):
        return source_path, ""
    head, colon, tail = source_path.rpartition(":")
    if colon and head and os.path.isfile(os.path.join(folder, head)):
        return head, colon + tail
    return None, ""


@functools.lru_cache(maxsize=1024)
def _spellings(file_part: str, folder: str) -> frozenset[str]:
    found: set[str] = set()
    given = os.path.join(folder, file_part)
    for absolute in {os.path.abspath(given), os.path.realpath(given)}:
        parts = Path(absolute).parts
        found.add(absolute)
        for start in range(1, len(parts)):
            tail = os.path.join(*parts[start:])
            found.update({tail, f".{os.sep}{tail}"})
    return frozenset(found)
