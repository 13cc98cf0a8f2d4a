"""A source that comes as a stream (a URL's body, standard input) held in a capped spooled
temporary file, and told to be an archive or not.

A file on disk can be read as an archive in place; a stream cannot be read twice, and a zip
must be seekable, so the stream is copied into a :class:`tempfile.SpooledTemporaryFile`: in
memory up to ``spool_memory_bytes``, on disk past it (``data/ingest/archives.yaml``), so memory
stays bounded whatever comes. What is held is capped as it streams: a plain document at
``--max-bytes`` (as a file is), an archive at ``max_stream_bytes`` (its members are then held to
``--max-bytes`` each and the whole to the archive limits by
:func:`pledgewatch.ingest.archives.archive_members`). Whether the stream is an archive is told
by its name (a URL's path ending ``.zip``) or by its first bytes, unpacked (a tar inside gzip),
read before the plain cap is passed; so a document over ``--max-bytes`` is refused having read
at most ``max(--max-bytes, SNIFF_BYTES)`` bytes. Each refusal names the stream.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from types import TracebackType
from typing import IO, Any

from pledgewatch.errors import InputError
from pledgewatch.ingest.archive_limits import ArchiveLimits, load_limits
from pledgewatch.ingest.archives import (
    SNIFF_BYTES,
    archive_kind_by_content,
    archive_kind_by_name,
    unpacked_head,
)
from pledgewatch.ingest.size_messages import archive_over_stream_limit, over_size_limit

#: How many bytes of standard input are read at a time.
CHUNK_BYTES = 65_536


class Spooled:
    """A stream held whole: ``file`` (rewound), its ``size``, and ``kind`` ("zip", "tar") when
    it is an archive. Close it (or use it as a context manager) to drop the temporary file."""

    def __init__(self, name: str, file: IO[bytes], size: int, kind: str | None) -> None:
        self.name = name
        self.file = file
        self.size = size
        self.kind = kind

    def read_all(self) -> bytes:
        """The held bytes (a plain document: at most ``--max-bytes`` of them)."""
        self.file.seek(0)
        return self.file.read()

    def close(self) -> None:
        self.file.close()

    def __enter__(self) -> Spooled:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()


def _check_size(
    size: int, kind: str | None, name: str, max_bytes: int, limits: ArchiveLimits, *, stopped: bool
) -> None:
    """Refuse a document over ``max_bytes``, an archive over ``max_stream_bytes``."""
    if kind is None and size > max_bytes:
        raise InputError(over_size_limit(size, max_bytes, stopped=stopped), path=name)
    if kind is not None and size > limits.max_stream_bytes:
        raise InputError(archive_over_stream_limit(size, limits), path=name)


def _kind_of(file: IO[bytes], named: str) -> str | None:
    """The archive kind of what ``file`` holds so far: by ``named``, else by its first bytes."""
    by_name = archive_kind_by_name(named) if named else None
    if by_name is not None:
        return by_name
    end = file.tell()
    file.seek(0)
    head = file.read(SNIFF_BYTES)
    file.seek(end)
    return archive_kind_by_content(unpacked_head(head))


def spool_chunks(
    chunks: Iterable[bytes],
    *,
    name: str,
    max_bytes: int,
    named: str = "",
    limits: ArchiveLimits | None = None,
) -> Spooled:
    """Hold the stream ``chunks`` called ``name`` (``named``: the file name it carries, as a
    URL's path, or "" when it has none), capped as the module says.

    Raises:
        InputError: a document over ``max_bytes``, or an archive over ``max_stream_bytes``
            (either stops the reading); the message names ``name``.
    """
    limits = limits or load_limits()
    # max_size 0 would mean "never spill": a limit of 0 is taken as "spill at once"
    file: IO[bytes] = tempfile.SpooledTemporaryFile(  # noqa: SIM115 (closed by Spooled)
        max_size=max(limits.spool_memory_bytes, 1), prefix="pledgewatch-"
    )
    # the first bytes tell an archive; a document is read past --max-bytes only that far
    decide_at = min(max(max_bytes, SNIFF_BYTES), limits.max_stream_bytes)
    size = 0
    kind: str | None = None
    decided = False
    try:
        for chunk in chunks:
            file.write(chunk)
            size += len(chunk)
            if not decided and size > decide_at:
                kind, decided = _kind_of(file, named), True
            if decided:
                _check_size(size, kind, name, max_bytes, limits, stopped=True)
        if not decided:
            kind = _kind_of(file, named)
        _check_size(size, kind, name, max_bytes, limits, stopped=False)
    except BaseException:
        file.close()
        raise
    file.seek(0)
    return Spooled(name, file, size, kind)


def stdin_chunks(stream: IO[Any]) -> Iterable[bytes]:
    """The bytes of standard input (``stream``, binary or text), a chunk at a time."""
    binary = getattr(stream, "buffer", None)
    source = binary if binary is not None else stream
    while True:
        chunk = source.read(CHUNK_BYTES)
        if not chunk:
            return
        yield chunk.encode("utf-8") if isinstance(chunk, str) else bytes(chunk)
