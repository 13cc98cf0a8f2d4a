"""Every refusal of an archive's member names the archive and the member
(``corpus.zip:notes.xml``: an XML member that is no feed was once named ``notes.xml`` alone),
the batch goes on past it, and a re-ingest of the archive, whole, changed or cut off, loses
nothing stored and stores nothing twice."""

from __future__ import annotations

import pytest

from pledgewatch.ingest import IngestOptions, ingest_paths
from tests.archive_bytes import stored_zip_bytes, tgz_bytes

OPTIONS = IngestOptions(quiet=True)
# made up for these tests
GOOD = b"Canal news\n\nGDANSK, July 1 -- Poland said it would deepen the canal by spring.\n"
SECOND = b"Quay news\n\nGDYNIA, July 8 -- Poland pledged to rebuild the old quay.\n"
THIRD = b"Lock news\n\nSZCZECIN, July 15 -- Poland said it would reopen the lock.\n"
#: member -> (bytes, a word of the problem)
BAD_MEMBERS = {
    "notes.xml": (b"<?xml version='1.0'?><inventory><item/></inventory>", "not an RSS or Atom"),
    "table.csv": (b"alpha,beta\n1,2\n", "no text column"),
    "list.json": (b"[{broken", "malformed JSON"),
    "scan.pdf": (b"%PDF-1.4 no more", "broken PDF"),
    "blank.html": (b"<html><body></body></html>", "no main text"),
    "fake.txt.gz": (b"plain words", "not gzip-compressed"),
    "packed.txt": (b"\x28\xb5\x2f\xfdzstd", "not supported: zstd"),
    "space.txt": (b"   \n", "empty"),
    "raw.txt": (b"\x00\x01\x02 bytes", "binary data"),
}


@pytest.mark.parametrize(
    ("name", "packer"), [("corpus.zip", stored_zip_bytes), ("corpus.tgz", tgz_bytes)]
)
def test_each_bad_member_is_named_with_its_archive_and_the_rest_is_read(
    store, tmp_path, name, packer
):
    members = {member: data for member, (data, _) in BAD_MEMBERS.items()} | {"good.txt": GOOD}
    path = tmp_path / name
    path.write_bytes(packer(members))
    report = ingest_paths(store, [path], OPTIONS)
    assert report.ingested == 1
    reasons = {failure.where: failure.reason for failure in report.failures}
    assert set(reasons) == {f"{path}:{member}" for member in BAD_MEMBERS}
    for member, (_, problem) in BAD_MEMBERS.items():
        assert problem in reasons[f"{path}:{member}"], (member, reasons[f"{path}:{member}"])


@pytest.mark.parametrize("packer", [stored_zip_bytes, tgz_bytes])
def test_a_changed_archive_re_ingested_keeps_what_was_stored_and_adds_the_new(
    store, tmp_path, packer
):
    path = tmp_path / "corpus"  # no extension: the bytes tell zip or tar
    path.write_bytes(packer({"a.txt": GOOD, "b.txt": SECOND}))
    first = ingest_paths(store, [path], OPTIONS)
    path.write_bytes(packer({"b.txt": SECOND, "c.txt": THIRD}))  # a member gone, one new
    second = ingest_paths(store, [path], OPTIONS)
    assert (first.ingested, second.ingested, second.duplicates) == (2, 1, 1)
    assert sorted(d.source_path for d in store.iter_documents()) == [
        f"{path}:a.txt",
        f"{path}:b.txt",
        f"{path}:c.txt",
    ]


def test_a_cut_off_archive_re_ingested_loses_nothing(store, tmp_path):
    whole = tgz_bytes({"a.txt": GOOD, "b.txt": SECOND, "c.txt": THIRD * 400})
    path = tmp_path / "corpus.tgz"
    path.write_bytes(whole)
    assert ingest_paths(store, [path], OPTIONS).ingested == 3
    path.write_bytes(whole[: len(whole) - 40])  # the copy broke off near the end
    again = ingest_paths(store, [path], OPTIONS)
    assert again.ingested == 0 and again.failed == 1
    assert again.failures[0].where == str(path)
    assert store.count_documents() == 3
