"""Compressed sources (``news.csv.gz``, ``report.txt.bz2``, ``feed.xml.xz``, any of them on
standard input or under a name that does not say so) read as what they hold.

A compressed source is recognised by its first bytes, not by its name: gzip (``1f 8b``), bzip2
(``BZh`` and a block header) and xz (``fd 37 7a 58 5a 00``), the three the standard library
reads. It is decompressed before the reader is chosen; the reader is then chosen by the name
without its compression extension (``news.csv.gz`` is a CSV), or by the content when that name
has no extension. The size limit (``--max-bytes``) applies to the decompressed bytes too, so a
small file that unpacks into gigabytes (a "zip bomb") is refused before it fills memory. The
document's raw hash is that of the decompressed bytes: the same report compressed or not is one
document. A stream cut short or corrupt is refused with a message that says so; a compression
the standard library does not read (zstd, lz4) is refused by name
(:mod:`pledgewatch.ingest.unsupported_formats`).
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import re
import zlib
from pathlib import PurePosixPath
from typing import IO

from pledgewatch.errors import InputError

#: The extension of a gzip file; the name without it says what the file holds.
GZIP_SUFFIX = ".gz"
#: Compression extensions and the compression each names.
SUFFIXES: dict[str, str] = {".gz": "gzip", ".bz2": "bzip2", ".xz": "xz"}
_MAGIC = b"\x1f\x8b"
#: bzip2: "BZh", the block size digit, then the first block's magic (pi in BCD), or the
#: end-of-stream magic of an empty stream; a text starting "BZh9" is not taken for one.
_BZIP2 = re.compile(rb"BZh[1-9](1AY&SY|\x17rE8P\x90)")
_XZ = b"\xfd7zXZ\x00"


def is_gzip(data: bytes) -> bool:
    return data[:2] == _MAGIC


def compression_of(data: bytes) -> str | None:
    """ "gzip", "bzip2" or "xz" when ``data`` starts as such a stream does; else None."""
    if is_gzip(data):
        return "gzip"
    if _BZIP2.match(data[:10]):
        return "bzip2"
    if data.startswith(_XZ):
        return "xz"
    return None


def named_compression(name: str) -> str | None:
    """The compression ``name``'s extension names ("gzip" for "news.csv.gz"), or None."""
    return SUFFIXES.get(PurePosixPath(name.replace("\\", "/")).suffix.lower())


def inner_name(name: str) -> str:
    """``name`` without its compression extension ("news.csv.gz" -> "news.csv"); other names
    as they are."""
    return name[: name.rfind(".")] if named_compression(name) else name


def reader_suffix(name: str) -> str:
    """The extension that chooses the reader of a file: ".csv" for "news.csv" and for
    "news.csv.gz"; "" for "notes.gz", whose content decides."""
    return PurePosixPath(inner_name(name)).suffix.lower()


def open_decompressed(stream: IO[bytes], compression: str) -> io.BufferedIOBase:
    """A file object reading ``stream`` decompressed, streaming (nothing read ahead)."""
    if compression == "gzip":
        return gzip.GzipFile(fileobj=stream, mode="rb")
    if compression == "bzip2":
        return bz2.BZ2File(stream, mode="rb")
    return lzma.LZMAFile(stream, mode="rb")


def decompression_error(exc: BaseException, compression: str, name: str) -> InputError:
    """The message for an error raised while decompressing: cut off, or corrupt."""
    if isinstance(exc, EOFError):
        return InputError(
            f"{compression} file cut off: it ends before its compressed data does (truncated "
            "while being written or copied?)",
            path=name,
        )
    return InputError(f"corrupt {compression} file: cannot decompress it ({exc})", path=name)


#: What decompressing a corrupt stream raises, beside EOFError for one cut off.
DECOMPRESSION_ERRORS = (EOFError, OSError, zlib.error, lzma.LZMAError, ValueError)


def decompress(data: bytes, *, name: str, max_bytes: int) -> bytes:
    """The decompressed bytes of ``data`` (gzip, bzip2 or xz; other bytes as they are).

    Raises:
        InputError: corrupt or cut-off data, or more than ``max_bytes`` once decompressed.
    """
    compression = compression_of(data)
    if compression is None:
        return data
    try:
        with open_decompressed(io.BytesIO(data), compression) as stream:
            unpacked = stream.read(max_bytes + 1)
    except DECOMPRESSION_ERRORS as exc:
        raise decompression_error(exc, compression, name) from exc
    if len(unpacked) > max_bytes:
        raise InputError(
            f"over the size limit once decompressed: more than {max_bytes:,} bytes; raise it "
            "with --max-bytes",
            path=name,
        )
    return unpacked


def gunzip(data: bytes, *, name: str, max_bytes: int) -> bytes:
    """The decompressed bytes of gzip ``data`` (see :func:`decompress`)."""
    return decompress(data, name=name, max_bytes=max_bytes)
