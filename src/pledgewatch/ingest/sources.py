"""From a path, a URL, ``-`` or bytes to documents: size checks, format choice, the reader.

:func:`read_path` is the one entry point for a single source; :func:`read_bytes` reads bytes
that came from elsewhere, :func:`read_named_bytes` the bytes of a named file (an archive's
member); :func:`list_directory` expands a directory into the files an ingest run reads
(recursive, sorted, hidden files and READMEs left out, a symbolic link loop a problem of its
own). A format that is not read (a Word file, zstd) is refused by name
(:mod:`pledgewatch.ingest.unsupported_formats`). A URL's body and standard input are held in a
capped spool (:mod:`pledgewatch.ingest.spool`); an archive, there or on disk, is no single
source: :func:`read_path` refuses it saying so, and the ingest run reads it member by member.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

from pledgewatch.errors import InputError, UnsupportedFormat
from pledgewatch.ingest.archives import archive_kind_of_file
from pledgewatch.ingest.compressed import (
    SUFFIXES,
    compression_of,
    decompress,
    inner_name,
    named_compression,
)
from pledgewatch.ingest.documents import DATE_NOTES, ReadResult, Source
from pledgewatch.ingest.feed_reader import read_feed
from pledgewatch.ingest.fetch import Fetched, fetch_url
from pledgewatch.ingest.formats import format_for_content_type, format_for_name, sniff_format
from pledgewatch.ingest.hashing import raw_content_hash, raw_record_hashes
from pledgewatch.ingest.html_reader import read_html
from pledgewatch.ingest.options import IngestOptions
from pledgewatch.ingest.pdf_reader import read_pdf
from pledgewatch.ingest.size_messages import over_size_limit
from pledgewatch.ingest.spool import Spooled, spool_chunks, stdin_chunks
from pledgewatch.ingest.table_reader import read_csv, read_json, read_jsonl
from pledgewatch.ingest.text_reader import read_text
from pledgewatch.ingest.unsupported_formats import refusal_for_content, refusal_for_name

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
        raise InputError(over_size_limit(size, max_bytes), path=name)
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
        raise InputError(over_size_limit(len(data), max_bytes), path=name)
    if not data.strip():
        what = "" if not data else " (only whitespace)"
        raise InputError(f"empty file{what}: nothing to ingest", path=name)
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
    Compressed bytes (gzip, bzip2, xz) are decompressed first
    (:mod:`pledgewatch.ingest.compressed`).

    Raises:
        InputError: the bytes cannot be read as that format (see each reader), or are of a
            format that is not read (zstd: :mod:`pledgewatch.ingest.unsupported_formats`).
    """
    options = options or IngestOptions()
    if len(data) > options.max_bytes:
        raise InputError(over_size_limit(len(data), options.max_bytes), path=name)
    refusal = refusal_for_content(data)
    if refusal:
        raise UnsupportedFormat(refusal, path=name)
    data = decompress(data, name=name, max_bytes=options.max_bytes)
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
    """Documents from a URL, the reader chosen by ``--format``, content type, path, content.

    Raises:
        InputError: as :func:`fetch_url`; also a body that is an archive, which
            :func:`pledgewatch.ingest.ingest_paths` reads member by member.
    """
    fetched = fetch_url(url, options)
    with fetched.body:
        if fetched.body.kind is not None:
            raise _archive_here(fetched.body.kind, url)
        return read_fetched(fetched, url, options)


def _archive_here(kind: str, name: str) -> InputError:
    return InputError(
        f"an archive ({kind}) of documents: `pledgewatch ingest` reads it member by member; "
        "give one of its files here",
        path=name,
    )


def read_fetched(fetched: Fetched, url: str, options: IngestOptions) -> ReadResult:
    """Documents from the fetched body of ``url`` that is no archive."""
    data = fetched.data
    chosen = options.format or format_for_content_type(fetched.content_type, fetched.url, data)
    return read_bytes(
        data,
        name=url,
        options=options,
        format=chosen,
        url=fetched.url,
        charset=fetched.charset,
    )


def spool_stdin(options: IngestOptions, stream: IO[Any] | None = None) -> Spooled:
    """Standard input (``stream``) held capped: a document at ``--max-bytes``, an archive at
    ``max_stream_bytes`` (:mod:`pledgewatch.ingest.spool`)."""
    stream = stream if stream is not None else sys.stdin
    return spool_chunks(stdin_chunks(stream), name=STDIN_NAME, max_bytes=options.max_bytes)


def read_stdin_data(data: bytes, options: IngestOptions) -> ReadResult:
    """Documents from the bytes of standard input: read as text unless ``--format`` says
    otherwise; a compressed stream, which no one types, by its content once decompressed
    (JSON Lines, HTML, a feed, a PDF; a CSV still needs ``--format csv``)."""
    chosen = options.format
    if chosen is None and compression_of(data):
        data = decompress(data, name=STDIN_NAME, max_bytes=options.max_bytes)
        chosen = sniff_format(data)
    return read_bytes(data, name=STDIN_NAME, options=options, format=chosen or "text")


def read_stdin(options: IngestOptions, stream: IO[Any] | None = None) -> ReadResult:
    """Documents from standard input (see :func:`read_stdin_data`).

    Raises:
        InputError: too large, or an archive (read by :func:`ingest_paths`, member by member).
    """
    with spool_stdin(options, stream) as held:
        if held.kind is not None:
            raise _archive_here(held.kind, STDIN_NAME)
        return read_stdin_data(held.read_all(), options)


def read_named_bytes(
    data: bytes, *, name: str, options: IngestOptions, named: str | None = None
) -> ReadResult:
    """Documents from the bytes of a file called ``named`` (default ``name``; a member of an
    archive is shown as ``corpus.zip:a.txt`` but named ``a.txt``): decompressed when they are
    compressed, whatever the name says, and read by the name's extension without the
    compression one, or by the content.

    Raises:
        InputError: as :func:`read_bytes`; also a name saying ``.gz`` on bytes that are not.
    """
    named = named if named is not None else name
    refusal = refusal_for_content(data)
    if refusal:
        raise UnsupportedFormat(refusal, path=name)
    compression = compression_of(data)
    said = named_compression(named)
    if compression:
        data = decompress(data, name=name, max_bytes=options.max_bytes)
        named = inner_name(named)
    elif said and options.format is None:
        suffix = next(ext for ext, kind in SUFFIXES.items() if kind == said)
        raise InputError(f"named {suffix} but not {said}-compressed (no {said} header)", path=name)
    try:
        chosen = options.format or format_for_name(named, data)
    except UnsupportedFormat as exc:
        if exc.path == name:
            raise
        # a member's refusal names the archive too ("corpus.zip:notes.xml"), not just "notes.xml"
        raise UnsupportedFormat(_reason(exc), path=name) from exc
    return read_bytes(data, name=name, options=options, format=chosen)


def _reason(error: InputError) -> str:
    """An error's message without the path it names."""
    message = str(error)
    prefix = f"{error.path}: " if error.path else ""
    return message[len(prefix) :] if prefix and message.startswith(prefix) else message


def read_path(
    path: str | os.PathLike[str],
    options: IngestOptions | None = None,
    *,
    stdin: IO[Any] | None = None,
) -> ReadResult:
    """Documents from one file, URL or ``-`` (standard input); not from a directory or an
    archive (:func:`pledgewatch.ingest.ingest_paths` reads those).

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
    kind = archive_kind_of_file(file_path)
    if kind is not None:
        raise _archive_here(kind, argument)
    return read_plain_file(argument, options)


def read_plain_file(argument: str, options: IngestOptions) -> ReadResult:
    """Documents from the file ``argument``, known to be no directory and no archive (the
    ingest run has told so already; :func:`read_path` tells it for any other caller)."""
    refusal = refusal_for_name(inner_name(argument)) if options.format is None else None
    if refusal:
        raise UnsupportedFormat(refusal, path=argument)
    data = read_file_bytes(Path(argument), name=argument, max_bytes=options.max_bytes)
    return read_named_bytes(data, name=argument, options=options)


def walk_directory(root: Path) -> Iterator[Path | InputError]:
    """The files under ``root`` to read, in sorted order, streamed one folder at a time.

    Hidden files and folders, READMEs and symlinked folders (as :func:`os.walk`) are left out;
    a folder that cannot be listed is yielded as an :class:`InputError`. The order is that of
    sorting every path by its parts; only the listings of the folders being walked are held,
    never the whole tree, so ingest memory stays flat on a tree of 100,000 files.
    """
    try:
        with os.scandir(root) as scan:
            entries = sorted(_entry_kinds(scan))
    except OSError as exc:
        where = exc.filename or str(root)
        yield InputError(f"cannot list the folder: {exc.strerror or exc}", path=str(where))
        return
    for name, is_dir, is_link, problem in entries:
        if problem is not None:
            if not is_skipped_name(name):
                yield InputError(problem, path=str(root / name))
        elif is_dir:
            if not name.startswith(".") and not is_link:
                yield from walk_directory(root / name)
        elif not is_skipped_name(name):
            yield root / name


def _entry_kinds(scan: Iterator[os.DirEntry[str]]) -> Iterator[tuple[str, bool, bool, str | None]]:
    """Name, folder?, link?, and the problem of each entry of a folder listing. An entry that
    cannot be looked at (a symbolic link in a loop) is a problem of its own, so its folder's
    other files are still read (a loop once failed the whole folder's listing)."""
    for entry in scan:
        try:
            yield entry.name, entry.is_dir(), entry.is_symlink(), None
        except OSError as exc:
            kind = "a symbolic link loop" if exc.errno == errno.ELOOP else "cannot look at it"
            yield entry.name, False, True, f"{kind} ({exc.strerror or exc}); left out"


def list_directory(root: Path) -> tuple[list[Path], list[InputError]]:
    """The files under ``root`` to read, sorted, and the subfolders that could not be listed."""
    files: list[Path] = []
    problems: list[InputError] = []
    for item in walk_directory(root):
        (problems if isinstance(item, InputError) else files).append(item)  # type: ignore[arg-type]
    return files, problems
