"""Gzip-compressed sources (``news.csv.gz``, ``report.txt.gz``, gzip on standard input) read
as what they hold.

Archives of news exports often come gzipped. A gzip source is recognised by its first two bytes
(``1f 8b``), not by its name, and decompressed before the reader is chosen; the reader is then
chosen by the name without ``.gz`` (``news.csv.gz`` is a CSV), or by the content when that
name has no extension. The size limit (``--max-bytes``) applies to the decompressed bytes too,
so a small file that unpacks into gigabytes (a "zip bomb") is refused before it fills memory.
The document's raw hash is that of the decompressed bytes: the same report gzipped or not is
one document. A gzip file cut short or corrupt is refused with a message that says so.
"""

from __future__ import annotations

import gzip
import io
import zlib
from pathlib import PurePosixPath

from pledgewatch.errors import InputError

#: The extension of a gzip file; the name without it says what the file holds.
GZIP_SUFFIX = ".gz"
_MAGIC = b"\x1f\x8b"


def is_gzip(data: bytes) -> bool:
    return data[:2] == _MAGIC


def inner_name(name: str) -> str:
    """``name`` without its ``.gz`` ("news.csv.gz" -> "news.csv"); other names as they are."""
    return name[: -len(GZIP_SUFFIX)] if name.lower().endswith(GZIP_SUFFIX) else name


def reader_suffix(name: str) -> str:
    """The extension that chooses the reader of a file: ".csv" for "news.csv" and for
    "news.csv.gz"; "" for "notes.gz", whose content decides."""
    return PurePosixPath(inner_name(name)).suffix.lower()


def gunzip(data: bytes, *, name: str, max_bytes: int) -> bytes:
    """The decompressed bytes of gzip ``data``.

    Raises:
        InputError: corrupt or cut-off gzip data, or more than ``max_bytes`` once decompressed.
    """
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            unpacked = stream.read(max_bytes + 1)
    except EOFError as exc:
        raise InputError(
            "gzip file cut off: it ends before its compressed data does (truncated while "
            "being written or copied?)",
            path=name,
        ) from exc
    except (OSError, zlib.error) as exc:
        raise InputError(f"corrupt gzip file: cannot decompress it ({exc})", path=name) from exc
    if len(unpacked) > max_bytes:
        raise InputError(
            f"over the size limit once decompressed: more than {max_bytes:,} bytes; raise it "
            "with --max-bytes",
            path=name,
        )
    return unpacked
