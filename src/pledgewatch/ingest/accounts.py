"""One file read as one account of an agreement, for ``pledgewatch compare``.

A side of a comparison is one document. A file is read by the ingest readers, compressed or not
(``statement.md.gz`` is read as the Markdown it holds, whatever its name says); an archive
holding exactly one file (hidden members, ``__MACOSX/`` and READMEs not counted) is read as
that file, shown as ``archive:member``, since a statement mailed as ``statement.zip`` is one
account; an archive of more files is refused by name (which of them is the account cannot be
guessed), listing the first of them, as is one whose single member cannot be read. A file that
holds several documents (JSON Lines, a CSV, a feed) is refused the same way: taking its first
would compare an account the user did not choose. A URL is read as the page it serves.
"""

from __future__ import annotations

from pathlib import Path

from pledgewatch.errors import InputError
from pledgewatch.ingest.archives import Member, archive_kind_of_file, archive_members
from pledgewatch.ingest.options import IngestOptions
from pledgewatch.ingest.sources import is_url, read_named_bytes, read_path
from pledgewatch.model import Document

#: How many member names a refused archive lists.
NAMES_SHOWN = 3


def read_account(path: str | Path, options: IngestOptions | None = None) -> Document:
    """The one document of the file at ``path`` (see the module's rules).

    Raises:
        InputError: the file cannot be read, holds no document, or is an archive of more
            than one file; the message names the file (or ``archive:member``).
    """
    options = options or IngestOptions(quiet=True)
    name = str(path)
    kind = None if is_url(name) else archive_kind_of_file(Path(name))
    if kind is not None:
        member = _only_member(name, kind, options)
        shown = f"{name}:{member.name}"
        result = read_named_bytes(member.data, name=shown, named=member.name, options=options)
    else:
        shown = name
        result = read_path(name, options)
    if result.errors:
        raise result.errors[0]
    if not result.documents:
        raise InputError("no document could be read", path=shown)
    if len(result.documents) > 1:
        titles = ", ".join(repr(d.title) for d in result.documents[:NAMES_SHOWN])
        more = ", ..." if len(result.documents) > NAMES_SHOWN else ""
        raise InputError(
            f"holds {len(result.documents)} documents ({titles}{more}): compare takes one account "
            "per side; give a file of one, or ingest this one and compare stored document ids",
            path=shown,
        )
    return result.documents[0]


def _only_member(name: str, kind: str, options: IngestOptions) -> Member:
    """The one file of the archive ``name``; reading stops at the first file beyond it."""
    members: list[Member] = []
    with Path(name).open("rb") as stream:
        for member in archive_members(stream, kind, name=name, max_bytes=options.max_bytes):
            members.append(member)
            if len(members) > NAMES_SHOWN:
                break
    if len(members) > 1:
        listed = ", ".join(m.name for m in members[:NAMES_SHOWN])
        more = ", ..." if len(members) > NAMES_SHOWN else ""
        raise InputError(
            f"an archive ({kind}) of several files ({listed}{more}): compare takes one account "
            "per side; unpack it and give the file of the account",
            path=name,
        )
    (member,) = members
    why = member.problem or member.skipped
    if why is not None:
        raise InputError(why, path=f"{name}:{member.name}")
    return member
