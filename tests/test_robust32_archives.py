"""Archives of documents (``corpus.zip``, ``.tar``, ``.tar.gz``, ``.tgz``, ``.tar.bz2``,
``.tar.xz``, or any of them under a name that does not say so, or on standard input) are read
member by member as the files of a folder: each member reported as ``archive:member``, a bad
member failing alone, hidden members and ``__MACOSX/`` left out, nothing stored twice on a
re-ingest or beside the same file lying loose; crafted names, oversized members and archives
that unpack past the limits of ``data/ingest/archives.yaml`` are refused by name (before,
every archive was "no reader for '.zip'")."""

from __future__ import annotations

import io
import tarfile
from pathlib import Path

import pytest

from pledgewatch.errors import ConfigError, InputError
from pledgewatch.ingest import IngestOptions, ingest_paths
from pledgewatch.ingest.archive_limits import ArchiveLimits, load_limits
from pledgewatch.ingest.archives import archive_members
from tests.archive_bytes import tar_bytes, zip_bytes

OPTIONS = IngestOptions(quiet=True)
# made up for these tests
REPORT = b"Ferry talks\n\nVALLETTA, April 2 -- Malta said it would add a second ferry route.\n"
ROWS = b'date,text\n2014-04-03,"Tunisia said it would open a port to the new ferries."\n'
OTHER = b"Port works\n\nSFAX, May 5 -- Tunisia pledged to dredge the harbour by June.\n"
MEMBERS = {"docs/report.txt": REPORT, "docs/rows.csv": ROWS, "docs/other.md": OTHER}


PACKERS = {
    "corpus.zip": zip_bytes,
    "corpus.tar": tar_bytes,
    "corpus.tar.gz": lambda m: tar_bytes(m, "w:gz"),
    "corpus.tgz": lambda m: tar_bytes(m, "w:gz"),
    "corpus.tar.bz2": lambda m: tar_bytes(m, "w:bz2"),
    "corpus.tar.xz": lambda m: tar_bytes(m, "w:xz"),
    "corpus": lambda m: tar_bytes(m, "w:gz"),  # no extension: the content says tar
    "corpus.gz": lambda m: tar_bytes(m, "w:gz"),  # a compression extension only
    "bundle": zip_bytes,
}


def make(tmp_path: Path, name: str, members: dict[str, bytes], packer=None) -> Path:
    path = tmp_path / name
    path.write_bytes((packer or PACKERS[name])(members))
    return path


def stored_paths(store) -> list[str]:
    return sorted(d.source_path for d in store.iter_documents())


@pytest.mark.parametrize("name", sorted(PACKERS))
def test_every_member_of_an_archive_is_read_as_a_file(store, tmp_path, name):
    path = make(tmp_path, name, MEMBERS)
    report = ingest_paths(store, [path], OPTIONS)
    assert (report.ingested, report.failed) == (3, 0), report.to_dict()
    assert stored_paths(store) == [
        f"{path}:docs/other.md",
        f"{path}:docs/report.txt",
        f"{path}:docs/rows.csv:2",
    ]
    again = ingest_paths(store, [path], OPTIONS)  # the same archive twice: nothing new
    assert (again.ingested, again.duplicates, again.renewed) == (0, 3, 0)


def test_an_archive_in_a_folder_is_read_and_a_loose_copy_is_no_second_document(store, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    make(folder, "corpus.tar.gz", MEMBERS)
    (folder / "report.txt").write_bytes(REPORT)  # the same report lying loose
    first = ingest_paths(store, [folder], OPTIONS)
    assert (first.ingested, first.duplicates, first.failed) == (3, 1, 0)
    again = ingest_paths(store, [folder], OPTIONS)
    assert (again.ingested, again.duplicates) == (0, 4)
    assert len(stored_paths(store)) == 3


def test_a_member_already_stored_as_a_loose_file_keeps_the_loose_path(store, tmp_path):
    loose = tmp_path / "report.txt"
    loose.write_bytes(REPORT)
    ingest_paths(store, [loose], OPTIONS)
    report = ingest_paths(store, [make(tmp_path, "corpus.zip", MEMBERS)], OPTIONS)
    assert (report.ingested, report.duplicates) == (2, 1)
    assert str(loose) in stored_paths(store)


def test_hidden_members_macos_forks_and_readmes_are_left_out(store, tmp_path):
    members = {
        ".hidden/notes.txt": OTHER,
        "__MACOSX/docs/._report.txt": b"\x00\x05\x16\x07 fork",
        "docs/.DS_Store": b"\x00\x00\x00\x01Bud1",
        "README.md": b"How this corpus was built.\n",
        "./docs/report.txt": REPORT,
    }
    path = make(tmp_path, "corpus.tar", members)
    report = ingest_paths(store, [path], OPTIONS)
    assert (report.ingested, report.failed, report.sources_read) == (1, 0, 1)
    assert stored_paths(store) == [f"{path}:docs/report.txt"]


@pytest.mark.parametrize(
    ("member", "data", "status", "reason"),
    [
        ("docs/photo.png", b"\x89PNG\r\n", "skipped", "no reader for '.png' files"),
        ("docs/memo.docx", b"PK\x03\x04", "skipped", "not supported: a Word document"),
        ("docs/inner.zip", b"PK\x05\x06" + bytes(18), "failed", "an archive inside an archive"),
        ("docs/bad.txt", b"\x00\x01\x02\x03 binary \x00\x00", "failed", "binary data"),
        ("../../etc/evil.txt", OTHER, "failed", "unsafe member name (a path that climbs out"),
        ("/etc/evil.txt", OTHER, "failed", "unsafe member name (an absolute path)"),
        ("docs/cut.txt.gz", b"\x1f\x8b\x08\x00\x00", "failed", "gzip file cut off"),
    ],
)
def test_a_bad_member_is_reported_by_archive_and_member_and_the_rest_is_read(
    store, tmp_path, member, data, status, reason
):
    for name in ("corpus.zip", "corpus.tar.gz"):
        path = make(tmp_path, name, {member: data, "docs/report.txt": REPORT})
        report = ingest_paths(store, [path], OPTIONS)
        assert report.ingested + report.duplicates == 1  # the good member goes on
        (notable,) = [s for s in report.sources if s.status != "duplicate"]
        assert notable.source == f"{path}:{member.lstrip('/')}" or notable.source.endswith(member)
        assert notable.status == status
        shown = notable.skipped if status == "skipped" else notable.failures[0].reason
        assert reason in shown, shown


def test_links_in_an_archive_are_no_documents(store, tmp_path):
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        link = tarfile.TarInfo("docs/passwd.txt")
        link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
        archive.addfile(link)
        info = tarfile.TarInfo("docs/report.txt")
        info.size = len(REPORT)
        archive.addfile(info, io.BytesIO(REPORT))
    (tmp_path / "links.tar").write_bytes(buffer.getvalue())
    report = ingest_paths(store, [tmp_path / "links.tar"], OPTIONS)
    assert report.ingested == 1
    assert [s.skipped for s in report.skipped] == ["a link, not a file"]


@pytest.mark.parametrize("name", ["corpus.zip", "corpus.tar.gz"])
def test_a_member_over_the_size_limit_is_refused_before_it_is_read(store, tmp_path, name):
    path = make(tmp_path, name, {"big.txt": b"Malta. " * 5000, "docs/report.txt": REPORT})
    report = ingest_paths(store, [path], IngestOptions(quiet=True, max_bytes=10_000))
    assert report.ingested == 1
    (failure,) = report.failures
    assert failure.where == f"{path}:big.txt" and "over the size limit: 35,000 bytes" in (
        failure.reason
    )


def test_a_zip_member_that_unpacks_far_past_its_packed_size_is_a_refused_bomb(store, tmp_path):
    members = {"zeros.txt": b"0" * 3_000_000, "docs/report.txt": REPORT}
    path = make(tmp_path, "bomb.zip", members, zip_bytes)
    report = ingest_paths(store, [path], IngestOptions(quiet=True, max_bytes=50_000_000))
    assert report.ingested == 1
    (failure,) = report.failures
    assert failure.where == f"{path}:zeros.txt"
    assert "over the limit of 200 (max_ratio in data/ingest/archives.yaml)" in failure.reason


def test_a_compressed_tar_that_unpacks_far_past_its_size_is_stopped(store, tmp_path):
    members = {"docs/report.txt": REPORT, "zeros.txt": b"0" * 3_000_000}
    path = make(tmp_path, "bomb.tar.gz", members, PACKERS["corpus.tar.gz"])
    report = ingest_paths(store, [path], IngestOptions(quiet=True, max_bytes=50_000_000))
    assert report.ingested == 1  # the member read before the bomb stays read
    (failure,) = report.failures
    assert failure.where == str(path) and "a zip bomb?" in failure.reason


@pytest.mark.parametrize(
    ("limits", "problem"),
    [
        (ArchiveLimits(max_members=2), r"files( so far)?, more than 2 \(max_members in"),
        (ArchiveLimits(max_total_bytes=200), r"unpacks to more than 200 bytes \(max_total_bytes"),
    ],
)
@pytest.mark.parametrize("name", ["corpus.zip", "corpus.tar.gz"])
def test_whole_archive_limits(tmp_path, limits, problem, name):
    path = make(tmp_path, name, MEMBERS)
    kind = "zip" if name.endswith(".zip") else "tar"
    with path.open("rb") as stream, pytest.raises(InputError, match=problem):
        list(archive_members(stream, kind, name=str(path), max_bytes=10_000, limits=limits))


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("empty.zip", zip_bytes({}), "empty archive: no files to read in it"),
        ("empty.tar", tar_bytes({}), "empty archive: no files to read in it"),
        ("hidden.zip", zip_bytes({".x.txt": REPORT}), "its 1 member(s) are hidden"),
        ("cut.tar.gz", tar_bytes(MEMBERS, "w:gz")[:150], "cut off"),
        ("fake.zip", b"Malta said it would add a ferry route.\n", "not a readable zip archive"),
        ("fake.tgz", b"Malta said it would add a ferry route.\n", "not a readable tar archive"),
        ("zero.zip", b"", "empty file"),
        (
            "letter",
            zip_bytes({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w/>"}),
            "not supported: an office document",
        ),
    ],
)
def test_an_archive_that_cannot_be_read_fails_by_name_and_the_batch_goes_on(
    store, tmp_path, name, data, problem
):
    (tmp_path / name).write_bytes(data)
    good = tmp_path / "good.txt"
    good.write_bytes(OTHER)
    report = ingest_paths(store, [tmp_path / name, good], OPTIONS)
    assert report.ingested == 1
    (failure,) = report.failures
    assert failure.where == str(tmp_path / name) and problem in failure.reason, failure


def test_an_unreadable_archive_fails_by_name(store, tmp_path, monkeypatch):
    path = make(tmp_path, "corpus.zip", MEMBERS)
    real_open = Path.open

    def guarded_open(self, *args, **kwargs):
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", guarded_open)
    report = ingest_paths(store, [path], OPTIONS)
    (failure,) = report.failures
    assert failure.where == str(path) and "permission denied" in failure.reason


@pytest.mark.parametrize("packer", [zip_bytes, lambda m: tar_bytes(m, "w:gz")])
def test_an_archive_on_standard_input_is_read_member_by_member(store, packer):
    stdin = io.BytesIO(packer(MEMBERS))
    report = ingest_paths(store, ["-"], OPTIONS, stdin=stdin)
    assert (report.ingested, report.failed) == (3, 0)
    assert "<stdin>:docs/report.txt" in stored_paths(store)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("version: 1\nmax_ratio: lots\nskipped_folders: []\n", "'max_ratio' must be a whole"),
        ("version: 1\nskipped_folders: __macosx\n", "'skipped_folders' must be a list"),
    ],
)
def test_a_bad_limits_file_is_a_config_error(tmp_path, text, problem):
    path = tmp_path / "archives.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=problem):
        load_limits(path)
