"""Standard input is held in a capped spooled temporary file, not in memory whole: an archive on
it (``cat corpus.zip | pledgewatch ingest -``) is read member by member from that file, however
much larger than ``--max-bytes`` it is, up to ``max_stream_bytes`` of
``data/ingest/archives.yaml``; past ``spool_memory_bytes`` the spool is on disk. A document is
still refused past ``--max-bytes``, and either refusal stops reading the stream and names
``<stdin>``. Before, all of standard input was read into memory and an archive over
``--max-bytes`` refused as if it were one document."""

from __future__ import annotations

import hashlib
import io

import pytest

from pledgewatch.errors import ConfigError, InputError
from pledgewatch.ingest import IngestOptions, ingest_paths
from pledgewatch.ingest import spool as spool_module
from pledgewatch.ingest.archive_limits import ArchiveLimits, load_limits
from pledgewatch.ingest.sources import read_path
from pledgewatch.ingest.spool import spool_chunks
from tests.archive_bytes import stored_zip_bytes, tar_bytes

OPTIONS = IngestOptions(quiet=True)
# made up for these tests
REPORTS = {
    f"docs/report{n}.txt": (
        f"Dam report {n}\n\nKAUNAS, June {n} -- Lithuania said it would repair dam number {n} "
        f"before the autumn floods, the ministry said in statement {n}. File reference "
        f"{hashlib.sha256(bytes([n])).hexdigest()}.\n"  # so the archive does not pack small
    ).encode()
    for n in range(1, 9)
}


class EndlessStream(io.RawIOBase):
    """A crafted oversize stream: ``head`` then zeros without end; counts what is read."""

    def __init__(self, head: bytes) -> None:
        self.head = head
        self.served = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def,override]
        size = len(buffer)
        start = self.served
        chunk = self.head[start : start + size]
        chunk += bytes(size - len(chunk))
        buffer[:size] = chunk
        self.served += size
        return size


@pytest.fixture()
def small_limits(monkeypatch) -> ArchiveLimits:
    limits = ArchiveLimits(max_stream_bytes=200_000, spool_memory_bytes=1_000)
    monkeypatch.setattr(spool_module, "load_limits", lambda: limits)
    return limits


def stored_paths(store) -> list[str]:
    return sorted(d.source_path for d in store.iter_documents())


@pytest.mark.parametrize(
    "packed",
    [
        stored_zip_bytes(REPORTS),
        tar_bytes(REPORTS, "w"),
        tar_bytes(REPORTS, "w:bz2"),
        tar_bytes(REPORTS, "w:xz"),
    ],
    ids=["zip", "tar", "tar.bz2", "tar.xz"],
)
def test_an_archive_on_stdin_larger_than_max_bytes_is_read_member_by_member(
    store, small_limits, packed
):
    # small_limits: the spool spills to disk past 1,000 bytes, and the archive is read from there
    options = IngestOptions(quiet=True, max_bytes=400)  # each member fits; the archive does not
    assert len(packed) > 400
    report = ingest_paths(store, ["-"], options, stdin=io.BytesIO(packed))
    assert (report.ingested, report.failed) == (8, 0), report.to_dict()
    assert stored_paths(store)[0] == "<stdin>:docs/report1.txt"
    again = ingest_paths(store, ["-"], options, stdin=io.BytesIO(packed))
    assert (again.ingested, again.duplicates, again.renewed) == (0, 8, 0)
    assert store.count_documents() == 8


def test_an_oversize_archive_stream_is_stopped_at_the_cap_naming_stdin(store, small_limits):
    stream = EndlessStream(stored_zip_bytes(REPORTS))
    report = ingest_paths(store, ["-"], OPTIONS, stdin=stream)
    (failure,) = report.failures
    assert failure.where == "<stdin>"
    assert "an archive of more than 200,000 bytes" in failure.reason
    assert "max_stream_bytes in data/ingest/archives.yaml" in failure.reason
    assert stream.served < 200_000 + 2 * spool_module.CHUNK_BYTES  # stopped, not read on
    assert store.count_documents() == 0


def test_an_oversize_document_stream_is_stopped_past_max_bytes(store):
    stream = EndlessStream(b"Flood report\n\nRiga said it would open the sluices. ")
    report = ingest_paths(store, ["-"], IngestOptions(quiet=True, max_bytes=5_000), stdin=stream)
    (failure,) = report.failures
    assert failure.where == "<stdin>"
    assert "over the size limit" in failure.reason and "> 5,000 (stopped reading)" in failure.reason
    assert stream.served < 1_000_000 + 2 * spool_module.CHUNK_BYTES  # the sniffing head at most


def test_the_spool_spills_to_disk_past_its_memory_cap(small_limits):
    packed = stored_zip_bytes(REPORTS)
    with spool_chunks([packed], name="<stdin>", max_bytes=400) as held:
        assert held.kind == "zip" and held.size == len(packed)
        assert held.file._rolled  # type: ignore[attr-defined]  # on disk, not in memory
    with spool_chunks([b"Short note.\n"], name="<stdin>", max_bytes=400) as held:
        assert held.kind is None and not held.file._rolled  # type: ignore[attr-defined]


def test_a_text_stream_and_a_compressed_document_on_stdin_still_read(store):
    text = io.StringIO("Port note\n\nTallinn said it would widen the port.\n")
    assert ingest_paths(store, ["-"], OPTIONS, stdin=text).ingested == 1
    import gzip

    packed = io.BytesIO(gzip.compress(b"Rail note\n\nRiga pledged a new rail link.\n"))
    assert ingest_paths(store, ["-"], OPTIONS, stdin=packed).ingested == 1


def test_read_path_of_an_archive_on_stdin_says_ingest_reads_it():
    with pytest.raises(InputError, match=r"^<stdin>: an archive \(zip\) of documents"):
        read_path("-", OPTIONS, stdin=io.BytesIO(stored_zip_bytes(REPORTS)))


def test_the_stream_limits_are_read_from_the_limits_file(tmp_path):
    shipped = load_limits()
    assert (shipped.max_stream_bytes, shipped.spool_memory_bytes) == (1_000_000_000, 8_000_000)
    path = tmp_path / "archives.yaml"
    path.write_text(
        "version: 1\nmax_stream_bytes: 5000\nspool_memory_bytes: 0\nskipped_folders: []\n"
    )
    limits = load_limits(path)
    assert (limits.max_stream_bytes, limits.spool_memory_bytes) == (5_000, 0)
    with spool_chunks([b"Note.\n"], name="<stdin>", max_bytes=400, limits=limits) as held:
        assert held.file._rolled  # type: ignore[attr-defined]  # 0: on disk at once
    bad = tmp_path / "bad.yaml"  # another path: load_limits caches by path
    bad.write_text("version: 1\nmax_stream_bytes: -1\nskipped_folders: []\n")
    with pytest.raises(ConfigError, match="'max_stream_bytes' must be a whole number"):
        load_limits(bad)


def test_the_ingest_command_reads_an_archive_piped_to_it(tmp_path):
    from typer.testing import CliRunner

    from pledgewatch.cli import build_app

    db = str(tmp_path / "cli.db")
    packed = stored_zip_bytes(REPORTS)
    args = ["--db", db, "ingest", "--quiet", "--json", "-"]
    result = CliRunner().invoke(build_app(), args, input=packed)
    assert result.exit_code == 0, result.output
    assert '"ingested": 8' in result.output
