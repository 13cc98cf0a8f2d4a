"""The size-limit messages are worded once (``ingest.size_messages``) and read by every reader:
a file, a stream, a URL's body and an archive's member over ``--max-bytes``; an archive stream
over ``max_stream_bytes``, stopped while read or refused on its declared size (mend24b)."""

from __future__ import annotations

import pytest

from pledgewatch.ingest.archive_limits import ArchiveLimits
from pledgewatch.ingest.size_messages import archive_over_stream_limit, over_size_limit


def test_the_size_limit_message() -> None:
    assert over_size_limit(2_500, 1_000) == (
        "over the size limit: 2,500 bytes > 1,000; raise it with --max-bytes"
    )
    assert over_size_limit(2_500, 1_000, stopped=True) == (
        "over the size limit: 2,500 bytes > 1,000 (stopped reading); raise it with --max-bytes"
    )


def test_the_archive_stream_messages() -> None:
    limits = ArchiveLimits(max_stream_bytes=1_000, origin="limits.yaml")
    assert archive_over_stream_limit(1_200, limits) == (
        "an archive of more than 1,000 bytes (1,200 read; max_stream_bytes in limits.yaml): "
        "stopped reading; raise the limit there"
    )
    assert archive_over_stream_limit(5_000, limits, declared=True) == (
        "declares 5,000 bytes, more than an archive may hold (1,000, max_stream_bytes in "
        "limits.yaml); not downloaded"
    )


@pytest.mark.parametrize("module", ["sources", "archives", "spool", "fetch"])
def test_no_reader_words_the_limit_itself(module: str) -> None:
    import importlib

    reader = importlib.import_module(f"pledgewatch.ingest.{module}")
    assert not hasattr(reader, "_too_big") and not hasattr(reader, "_archive_too_big")
