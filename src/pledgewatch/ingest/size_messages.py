"""The messages of an input over a size limit, worded once for every reader.

A file, a standard-input stream, a URL's body and an archive's member are all held to
``--max-bytes`` (:func:`over_size_limit`); an archive that comes as a stream is held to
``max_stream_bytes`` of ``data/ingest/archives.yaml`` (:func:`archive_over_stream_limit`),
whether it is stopped while read or refused on the size its server declares. One wording keeps
the messages (and the tests that read them) alike wherever the limit is met.
"""

from __future__ import annotations

from pledgewatch.ingest.archive_limits import ArchiveLimits


def over_size_limit(size: int, limit: int, *, stopped: bool = False) -> str:
    """An input of ``size`` bytes over ``--max-bytes`` (``stopped``: its reading was cut)."""
    note = " (stopped reading)" if stopped else ""
    return f"over the size limit: {size:,} bytes > {limit:,}{note}; raise it with --max-bytes"


def archive_over_stream_limit(size: int, limits: ArchiveLimits, *, declared: bool = False) -> str:
    """An archive stream over ``max_stream_bytes``: ``size`` bytes read (the reading stopped)
    or, with ``declared``, announced by its server (not downloaded)."""
    if declared:
        return (
            f"declares {size:,} bytes, more than an archive may hold "
            f"({limits.max_stream_bytes:,}, max_stream_bytes in {limits.origin}); not downloaded"
        )
    return (
        f"an archive of more than {limits.max_stream_bytes:,} bytes ({size:,} read; "
        f"max_stream_bytes in {limits.origin}): stopped reading; raise the limit there"
    )
