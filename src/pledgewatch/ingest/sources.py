"""From a path, a URL, ``-`` or bytes to documents: size checks, format choice, the reader.

:func:`read_path` is the one entry point for a single source; :func:`read_bytes` reads bytes
that came from elsewhere; :func:`list_directory` expands a directory into the files an ingest
run reads (recursive, sorted, hidden files and READMEs left out).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

from pledgewatch.errors import InputError
from pledgewatch.ingest.compressed import GZIP_SUFFIX, gunzip, inner_name, is_gzip
from pledgewatch.ingest.documents import DATE_NOTES, ReadResult, Source
from pledgewatch.ingest.feed_reader import read_feed
from pledgewatch.ingest.fetch import fetch_url
from pledgewatch.ingest.formats import format_for_content_type, format_for_name, sniff_format
from pledgewatch.ingest.hashing import raw_content_hash, raw_record_hashes
from pledgewatch.ingest.html_reader import read_html
from pledgewatch.ingest.options import IngestOptions
from pledgewatch.ingest.pdf_reader import read_pdf
from pledgewatch.ingest.table_reader import read_csv, read_json, read_jsonl
from pledgewatch.ingest.text_reader import read_text

STDIN = "-"
STDIN_NAME = "<stdin>"

Reader = Callable[[Source, IngestOptions], ReadResult]

#: The reader for each format name (see :data:`pledgewatch.ingest.options.FORMATS`).
READERS: dict[str, Reader] = {
    "text": read_text,
    "markdown": read_text,
    "html": read_html,
    "feed": read_feed,
    "jsonl": read_jsonl,
    "json": read_json,
    "csv": read_csv,
    "tsv": read_csv,
    "pdf": read_pdf,
}


def is_url(argument: str) -> bool:
    return argument.lower().startswith(("http://", "https://"))


def is_skipped_name(name: str) -> bool:
    """Hidden files and READMEs are not documents when a directory is read."""
    return name.startswith(".") or name.upper().startswith("README")


def _too_big(size: int, limit: int) -> str:
    return f"over the size limit: {size:,} bytes > {limit:,}; raise it with --max-bytes"


def read_file_bytes(path: Path, *, name: str, max_bytes: int) -> bytes:
    """The bytes of a file, after checking it exists, is readable and is within the limit.

    Raises:
        InputError: missing, a directory, unreadable, too large or empty.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise InputError("no such file or directory; check the path", path=name) from exc
    except PermissionError as exc:
        raise InputError("permission denied: cannot look at this path", path=name) from exc
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=name) from exc
    if size > max_bytes:
        raise InputError(_too_big(size, max_bytes), path=name)
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except PermissionError as exc:
        raise InputError(
            "permission denied: the file is not readable; check its permissions", path=name
        ) from exc
    except IsADirectoryError as exc:
        raise InputError("is a directory where a file was expected", path=name) from exc
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=name) from exc
    if len(data) > max_bytes:
        raise InputError(_too_big(len(data), max_bytes), path=name)
    if not data.strip():
        raise InputError("empty file: nothing to ingest", path=name)
    return data


def read_bytes(
    data: bytes,
    *,
    name: str,
    options: IngestOptions | None = None,
    format: str | None = None,
    url: str | None = None,
    charset: str | None = None,
) -> ReadResult:
    """Documents from bytes; the format is ``format``, else ``options.format``, else sniffed.
    Gzip bytes are decompressed first (:mod:`pledgewatch.ingest.compressed`).

    Raises:
        InputError: the bytes cannot be read as that format (see each reader).
    """
    options = options or IngestOptions()
    if len(data) > options.max_bytes:
        raise InputError(_too_big(len(data), options.max_bytes), path=name)
    if is_gzip(data):
        data = gunzip(data, name=name, max_bytes=options.max_bytes)
    if not data.strip():
        raise InputError("empty: nothing to ingest", path=name)
    chosen = format or options.format or sniff_format(data)
    source = Source(name=name, data=data, format=chosen, url=url, charset=charset)
    return _with_date_warnings(_with_raw_hashes(READERS[chosen](source, options), data))


def _with_date_warnings(result: ReadResult) -> ReadResult:
    """A date refused or questioned while building a document (see
    :mod:`pledgewatch.ingest.documents`) told as a warning, naming the row or entry."""
    for document in result.documents:
        record = next(
            (f"{key} {document.meta[key]}" for key in ("line", "entry") if key in document.meta),
            None,
        )
        where = f"{record}: " if record else ""
        for key in DATE_NOTES:
            if key in document.meta:
                result.warnings.append(f"{where}date {document.meta[key]}")
    return result


def _with_raw_hashes(result: ReadResult, data: bytes) -> ReadResult:
    """Each document stamped with the hash of the raw bytes it came from (its identity on a
    re-ingest, see :mod:`pledgewatch.ingest.hashing`); a many-document source numbers them."""
    documents = result.documents
    if len(documents) == 1:
        result.documents = [replace(documents[0], raw_hash=raw_content_hash(data))]
    else:
        result.documents = [
            replace(document, raw_hash=raw_hash)
            for document, raw_hash in zip(
                documents, raw_record_hashes(data, len(documents)), strict=True
            )
        ]
    return result


def read_url(url: str, options: IngestOptions) -> ReadResult:
    """Documents from a URL, the reader chosen by ``--format``, content type, path, content."""
    fetched = fetch_url(url, options)
    chosen = options.format or format_for_content_type(
        fetched.content_type, fetched.url, fetched.data
    )
    return read_bytes(
        fetched.data,
        name=url,
        options=options,
        format=chosen,
        url=fetched.url,
        charset=fetched.charset,
    )


def read_stdin(options: IngestOptions, stream: IO[Any] | None = None) -> ReadResult:
    """Documents from standard input, read as text unless ``--format`` says otherwise."""
    stream = stream if stream is not None else sys.stdin
    binary = getattr(stream, "buffer", None)
    raw = (
        binary.read(options.max_bytes + 1)
        if binary is not None
        else stream.read(options.max_bytes + 1)
    )
    data = raw.encode("utf-8") if isinstance(raw, str) else raw
    if len(data) > options.max_bytes:
        raise InputError(_too_big(len(data), options.max_bytes), path=STDIN_NAME)
    return read_bytes(data, name=STDIN_NAME, options=options, format=options.format or "text")


def read_path(
    path: str | os.PathLike[str],
    options: IngestOptions | None = None,
    *,
    stdin: IO[Any] | None = None,
) -> ReadResult:
    """Documents from one file, URL or ``-`` (standard input); not from a directory.

    Raises:
        InputError: a source that cannot be read at all (the message names it and the problem);
            rows of a table that cannot be read are in :attr:`ReadResult.errors` instead.
    """
    options = options or IngestOptions()
    argument = os.fspath(path)
    if argument == STDIN:
        return read_stdin(options, stdin)
    if is_url(argument):
        return read_url(argument, options)
    file_path = Path(argument)
    if file_path.is_dir():
        raise InputError("is a directory; ingest_paths reads directories", path=argument)
    data = read_file_bytes(file_path, name=argument, max_bytes=options.max_bytes)
    named = argument
    if is_gzip(data):
        data = gunzip(data, name=argument, max_bytes=options.max_bytes)
        named = inner_name(argument)
    elif argument.lower().endswith(GZIP_SUFFIX) and options.format is None:
        raise InputError("named .gz but not gzip-compressed (no gzip header)", path=argument)
    chosen = options.format or format_for_name(named, data)
    return read_bytes(data, name=argument, options=options, format=chosen)


def walk_directory(root: Path) -> Iterator[Path | InputError]:
    """The files under ``root`` to read, in sorted order, streamed one folder at a time.

    Hidden files and folders, READMEs and symlinked folders (as :func:`os.walk`) are left out;
    a folder that cannot be listed is yielded as an :class:`InputError`. The order is that of
    sorting every path by its parts; only the listings of the folders being walked are held,
    never the whole tree, so ingest memory stays flat on a tree of 100,000 files.
    """
    try:
        with os.scandir(root) as scan:
            entries = sorted((entry.name, entry.is_dir(), entry.is_symlink()) for entry in scan)
    except OSError as exc:
        where = exc.filename or str(root)
        yield InputError(f"cannot list the folder: {exc.strerror or exc}", path=str(where))
        return
    for name, is_dir, is_link in entries:
        if is_dir:
            if not name.startswith(".") and not is_link:
                yield from walk_directory(root / name)
        elif not is_skipped_name(name):
            yield root / name


def list_directory(root: Path) -> tuple[list[Path], list[InputError]]:
    """The files under ``root`` to read, sorted, and the subfolders that could not be listed."""
    files: list[Path] = []
    problems: list[InputError] = []
    for item in walk_directory(root):
        (problems if isinstance(item, InputError) else files).append(item)  # type: ignore[arg-type]
    return files, problems
