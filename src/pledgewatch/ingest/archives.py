"""Archives of documents (``corpus.zip``, ``corpus.tar.gz``, ``.tgz``, ``.tar``, ``.tar.bz2``,
``.tar.xz``) read member by member, as if each member were a file of a directory.

Analysts receive corpora as archives. An archive is recognised by its name, or by its content
when its name has no extension (or only a compression one: ``corpus.gz`` holding a tar), also
on standard input. It is streamed, never unpacked to disk: a tar member by member through its
(de)compressor, a zip through its directory. :func:`archive_members` yields one
:class:`Member` per file, carrying its bytes, or the reason it is refused; the caller reads
each as a file of that name (same format choice, same reports: ``corpus.zip:docs/a.txt``).
Hidden members, members under ``__MACOSX/`` (see ``data/ingest/archives.yaml``) and READMEs
are left out as in a directory; folders, links and devices are no documents.

Guards, each a clear refusal naming the archive or the member and the limit: a member name
that is absolute or climbs out with ``..`` (harmless here, since nothing is written, but a sign
of a crafted archive); a member over ``--max-bytes`` (by its header, before reading it); a zip
member that claims more than ``max_ratio`` unpacked bytes per packed byte; an archive that
unpacks to more than ``max_total_bytes`` in all, or past ``max_ratio`` as a stream, or holds
more than ``max_members`` (:mod:`pledgewatch.ingest.archive_limits`). A corrupt or cut-off
archive stops with a failure on the archive; the members read before it stay read.

Identity: a member's documents carry the raw hash of the member's bytes, like a file's, so
re-ingesting the archive stores nothing twice, and a member that also lies about as a loose
file is the same document as that file (whichever is ingested first keeps its path).
"""

from __future__ import annotations

import io
import re
import stat
import tarfile
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO

from pledgewatch.errors import InputError, UnsupportedFormat
from pledgewatch.ingest.archive_limits import ArchiveLimits, load_limits
from pledgewatch.ingest.compressed import (
    DECOMPRESSION_ERRORS,
    compression_of,
    decompression_error,
    open_decompressed,
    reader_suffix,
)
from pledgewatch.ingest.size_messages import over_size_limit

#: Extensions that name an archive, after any compression extension is taken off
#: ("corpus.tar.gz" -> ".tar"), and the short forms of compressed tars.
ARCHIVE_SUFFIXES: dict[str, str] = {
    ".zip": "zip",
    ".tar": "tar",
    ".tgz": "tar",
    ".tbz": "tar",
    ".tbz2": "tar",
    ".txz": "tar",
}
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
#: How many bytes of a source decide whether its content is an archive (a tar header's magic
#: lies at offset 257), once unpacked; and how many packed bytes are read to unpack them (a
#: bzip2 stream gives nothing before its first block, up to 900 kB, is whole).
HEAD_BYTES = 512
SNIFF_BYTES = 1_000_000
_DRIVE = re.compile(r"^[A-Za-z]:")
#: Members whose presence makes a zip an office document or an e-book, not a folder of files.
_OFFICE_MEMBERS = ("[Content_Types].xml", "mimetype")


@dataclass(frozen=True, slots=True)
class Member:
    """One file of an archive: its name in the archive and its bytes, or why it is not read
    (``problem``: a failure; ``skipped``: a reason to report, as for a file in a folder)."""

    name: str
    data: bytes = b""
    problem: str | None = None
    skipped: str | None = None


def archive_kind_by_name(name: str) -> str | None:
    """ "zip" or "tar" when ``name``'s extension names an archive; else None."""
    lowered = name.lower()
    short = PurePosixPath(lowered.replace("\\", "/")).suffix
    return ARCHIVE_SUFFIXES.get(short) or ARCHIVE_SUFFIXES.get(reader_suffix(lowered))


def archive_kind_by_content(head: bytes) -> str | None:
    """ "zip" or "tar" when the (decompressed) first bytes are those of one; else None."""
    if head.startswith(_ZIP_MAGIC):
        return "zip"
    if head[257:262] == b"ustar":
        return "tar"
    return None


def archive_kind_of_file(path: Path) -> str | None:
    """ "zip" or "tar" when the file at ``path`` is an archive: by its name, or by its content
    when its name gives no reader (``corpus``, ``corpus.gz``); else None (also when it cannot
    be read: the reader of the file then says what is wrong with it)."""
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return None
    except OSError:
        return None
    kind = archive_kind_by_name(path.name)
    if kind is not None or reader_suffix(path.name):
        return kind
    try:
        with path.open("rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except OSError:
        return None
    return archive_kind_by_content(unpacked_head(head))


def unpacked_head(head: bytes) -> bytes:
    """The first bytes of a possibly compressed source, decompressed as far as they go (a tar
    inside gzip shows its header only once unpacked); ``head`` when it is not compressed or
    not readable (the reader then says what is wrong with it)."""
    compression = compression_of(head)
    if compression is None:
        return head
    try:
        with open_decompressed(io.BytesIO(head), compression) as stream:
            return stream.read(HEAD_BYTES)
    except DECOMPRESSION_ERRORS:
        return _partial_unpack(head, compression)


def _partial_unpack(head: bytes, compression: str) -> bytes:
    """What a cut-short gzip head unpacks to (a few hundred bytes do not hold a whole stream)."""
    if compression != "gzip":
        return b""
    try:
        return zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(head, HEAD_BYTES)
    except zlib.error:
        return b""


def archive_members(
    stream: IO[bytes],
    kind: str,
    *,
    name: str,
    max_bytes: int,
    limits: ArchiveLimits | None = None,
) -> Iterator[Member]:
    """The members of the archive ``stream`` (a zip must be seekable), in archive order.

    Raises (while iterating; members yielded before stay valid):
        InputError: the archive is corrupt, cut off, empty, an office document, or over one of
            the whole-archive limits; the message names ``name`` and the limit.
    """
    limits = limits or load_limits()
    found = 0
    hidden = 0
    members = _zip_members if kind == "zip" else _tar_members
    for member in members(stream, name=name, max_bytes=max_bytes, limits=limits):
        if member is None:
            hidden += 1
            continue
        found += 1
        yield member
    if not found:
        left_out = f" (its {hidden} member(s) are hidden, __MACOSX/ or READMEs)" if hidden else ""
        raise InputError(f"empty archive: no files to read in it{left_out}", path=name)


def _shown(member: str) -> str:
    """A member's name as shown: "docs/a.txt" for "./docs/a.txt" (``tar -C dir .``)."""
    cleaned = member.replace("\\", "/")
    while cleaned.startswith("./"):
        cleaned = cleaned[2:]
    return cleaned


def _left_out(member: str, limits: ArchiveLimits) -> bool:
    """Hidden members, macOS resource forks and READMEs are no documents."""
    parts = [part for part in member.replace("\\", "/").split("/") if part not in ("", ".")]
    if any(part.startswith(".") or part.lower() in limits.skipped_folders for part in parts):
        return True
    return bool(parts) and parts[-1].upper().startswith("README")


def _unsafe(member: str) -> str | None:
    """Why a member name is refused: absolute, or climbing out of the archive with ".."."""
    cleaned = member.replace("\\", "/")
    if cleaned.startswith("/") or _DRIVE.match(cleaned):
        return "an absolute path"
    if ".." in cleaned.split("/"):
        return "a path that climbs out with '..'"
    return None


def _check_name(member: str) -> str | None:
    why = _unsafe(member)
    if why is None:
        return None
    return f"unsafe member name ({why}): refused, nothing of it is read"


def _over_total(name: str, limits: ArchiveLimits) -> InputError:
    return InputError(
        f"the archive unpacks to more than {limits.max_total_bytes:,} bytes (max_total_bytes "
        f"in {limits.origin}); the rest of it is not read",
        path=name,
    )


def _zip_members(
    stream: IO[bytes], *, name: str, max_bytes: int, limits: ArchiveLimits
) -> Iterator[Member | None]:
    try:
        archive = zipfile.ZipFile(stream)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise InputError(
            f"not a readable zip archive ({exc}); cut off while copied, or not a zip", path=name
        ) from exc
    with archive:
        infos = archive.infolist()
        if any(info.filename in _OFFICE_MEMBERS for info in infos[:50]):
            raise UnsupportedFormat(
                "not supported: an office document or e-book (a zip of XML parts), not an "
                "archive of documents; save it as text, HTML or PDF",
                path=name,
            )
        files = [info for info in infos if not info.is_dir()]
        if len(files) > limits.max_members:
            raise InputError(
                f"the archive holds {len(files):,} files, more than {limits.max_members:,} "
                f"(max_members in {limits.origin}); split it",
                path=name,
            )
        total = 0
        for info in files:
            member = _shown(info.filename)
            refused = _check_name(info.filename)
            if refused is None and _left_out(member, limits):
                yield None
                continue
            refused = refused or _zip_refusal(info, max_bytes, limits)
            if refused:
                yield Member(member, problem=refused)
                continue
            if stat.S_ISLNK(info.external_attr >> 16):
                yield Member(member, skipped="a symbolic link, not a file")
                continue
            total += info.file_size
            if total > limits.max_total_bytes:
                raise _over_total(name, limits)
            yield _read_zip_member(archive, info, max_bytes)


def _zip_refusal(info: zipfile.ZipInfo, max_bytes: int, limits: ArchiveLimits) -> str | None:
    if info.flag_bits & 0x1:
        return "encrypted: cannot read it without its password"
    if info.file_size > max_bytes:
        return over_size_limit(info.file_size, max_bytes)
    ratio = info.file_size / max(info.compress_size, 1)
    if info.file_size > limits.ratio_floor and ratio > limits.max_ratio:
        return (
            f"unpacks {ratio:,.0f} times its packed size, over the limit of {limits.max_ratio} "
            f"(max_ratio in {limits.origin}): a zip bomb? refused"
        )
    return None


def _read_zip_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, max_bytes: int) -> Member:
    try:
        with archive.open(info) as handle:
            data = handle.read(max_bytes + 1)
    except (zipfile.BadZipFile, NotImplementedError, RuntimeError, *DECOMPRESSION_ERRORS) as exc:
        return Member(_shown(info.filename), problem=f"cannot unpack it ({exc})")
    if len(data) > max_bytes:
        return Member(_shown(info.filename), problem=over_size_limit(len(data), max_bytes))
    return Member(_shown(info.filename), data)


class _CountingReader(io.RawIOBase):
    """Counts the bytes read from a stream: the packed bytes of a compressed tar consumed."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self.stream.read(len(buffer))
        self.count += len(data)
        buffer[: len(data)] = data
        return len(data)


class _GuardedReader(io.RawIOBase):
    """The unpacked stream of a tar, refusing to go past the whole-archive limits: bytes in
    all, and (for a compressed tar) unpacked bytes per packed byte once past the floor."""

    def __init__(
        self,
        unpacked: IO[bytes] | io.BufferedIOBase,
        packed: _CountingReader | None,
        name: str,
        limits: ArchiveLimits,
    ) -> None:
        self.unpacked = unpacked
        self.packed = packed
        self.name = name
        self.limits = limits
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self.unpacked.read(len(buffer))
        self.count += len(data)
        if self.count > self.limits.max_total_bytes:
            raise _over_total(self.name, self.limits)
        if self.packed is not None and self.count > self.limits.ratio_floor:
            ratio = self.count / max(self.packed.count, 1)
            if ratio > self.limits.max_ratio:
                raise InputError(
                    f"the archive unpacks {ratio:,.0f} times its packed size, over the limit "
                    f"of {self.limits.max_ratio} (max_ratio in {self.limits.origin}): a zip "
                    "bomb? the rest of it is not read",
                    path=self.name,
                )
        buffer[: len(data)] = data
        return len(data)


def _tar_members(
    stream: IO[bytes], *, name: str, max_bytes: int, limits: ArchiveLimits
) -> Iterator[Member | None]:
    buffered = io.BufferedReader(_CountingReader(stream))
    compression = compression_of(buffered.peek(16)[:16])
    packed = buffered.raw if compression else None
    unpacked = open_decompressed(buffered, compression) if compression else buffered
    guarded = io.BufferedReader(_GuardedReader(unpacked, packed, name, limits))
    what = f"{compression}-compressed tar" if compression else "tar"
    try:
        with tarfile.open(fileobj=guarded, mode="r|") as archive:
            files = 0
            for info in archive:
                if info.isdir():
                    continue
                files += 1
                if files > limits.max_members:
                    raise InputError(
                        f"the archive holds {files:,} files so far, more than "
                        f"{limits.max_members:,} (max_members in {limits.origin}); the rest is "
                        "not read",
                        path=name,
                    )
                yield _tar_member(archive, info, max_bytes, limits)
    except tarfile.ReadError as exc:
        raise InputError(
            f"not a readable {what} archive ({exc}); cut off while copied, or not a tar",
            path=name,
        ) from exc
    except (tarfile.TarError, *DECOMPRESSION_ERRORS) as exc:
        if compression and not isinstance(exc, tarfile.TarError):
            raise decompression_error(exc, compression, name) from exc
        raise InputError(f"cannot read the {what} archive ({exc})", path=name) from exc


def _tar_member(
    archive: tarfile.TarFile, info: tarfile.TarInfo, max_bytes: int, limits: ArchiveLimits
) -> Member | None:
    member = _shown(info.name)
    refused = _check_name(info.name)
    if refused:
        return Member(member, problem=refused)
    if _left_out(member, limits):
        return None
    if info.issym() or info.islnk():
        return Member(member, skipped="a link, not a file")
    if not info.isfile():
        return Member(member, skipped="not a regular file (a device or a pipe)")
    if info.size > max_bytes:
        return Member(member, problem=over_size_limit(info.size, max_bytes))
    handle = archive.extractfile(info)
    return Member(member, handle.read() if handle is not None else b"")
