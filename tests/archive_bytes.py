"""Archives built in memory for the ingest tests (zip, tar and its compressed forms): one place
for the packers the archive, URL, stdin and compare tests share."""

from __future__ import annotations

import functools
import io
import tarfile
import zipfile


def zip_bytes(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A zip of ``members`` (name -> bytes)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def tar_bytes(members: dict[str, bytes], mode: str = "w") -> bytes:
    """A tar of ``members``, compressed as ``mode`` says ("w", "w:gz", "w:bz2", "w:xz")."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode=mode) as archive:  # type: ignore[call-overload]
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


#: a gzip'd tar (.tar.gz, .tgz)
tgz_bytes = functools.partial(tar_bytes, mode="w:gz")
#: a zip whose members are stored, not deflated: its size is its members' sizes
stored_zip_bytes = functools.partial(zip_bytes, compression=zipfile.ZIP_STORED)
