"""``pledgewatch compare A B`` reads each side as one account (:mod:`pledgewatch.ingest.accounts`):
a compressed file as what it holds, whatever its name says; an archive of exactly one file as
that file (``statement.zip:statement.md``); an archive of more files refused naming the file and
saying compare takes one account per side. Before, an archive failed as "unknown extension
'.zip'" or, under a name with no extension, read its bytes as text ("binary data")."""

from __future__ import annotations

import bz2
import gzip
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pledgewatch.cli import _common, build_app
from pledgewatch.errors import InputError
from pledgewatch.ingest import read_path
from pledgewatch.ingest.accounts import read_account
from tests.archive_bytes import tgz_bytes, zip_bytes

# made up for these tests
STATEMENT = (
    b"---\ntitle: Joint statement\npublisher: Harbour Office\n---\n"
    b"Estonia and Finland agreed to run a joint ferry inspection from May.\n"
)
OTHER = b"Finnish statement\n\nFinland said it would inspect the ferries twice a year.\n"


ONE = {"statement.md": STATEMENT, "__MACOSX/._statement.md": b"\x00\x05", "README.txt": b"x"}


@pytest.mark.parametrize(
    ("name", "data", "shown"),
    [
        ("statement.md", STATEMENT, ""),
        ("statement.md.gz", gzip.compress(STATEMENT), ""),
        ("statement.md.bz2", bz2.compress(STATEMENT), ""),
        ("statement", gzip.compress(STATEMENT), ""),  # no extension: the bytes tell
        ("statement.zip", zip_bytes(ONE), ":statement.md"),
        ("statement.tar.gz", tgz_bytes(ONE), ":statement.md"),
        ("bundle", zip_bytes(ONE), ":statement.md"),  # a zip under a bare name
        ("nested.tgz", tgz_bytes({"a/b/statement.md": STATEMENT}), ":a/b/statement.md"),
    ],
)
def test_a_side_is_one_account_compressed_or_a_one_file_archive(tmp_path, name, data, shown):
    path = tmp_path / name
    path.write_bytes(data)
    document = read_account(path)
    assert (document.title, document.publisher) == ("Joint statement", "Harbour Office")
    assert document.text.startswith("Estonia and Finland agreed")
    assert document.source_path == f"{path}{shown}"


@pytest.mark.parametrize(
    ("name", "data", "where", "problem"),
    [
        (
            "both.zip",
            zip_bytes({"statement.md": STATEMENT, "finnish.txt": OTHER}),
            "",
            "an archive (zip) of several files (statement.md, finnish.txt): compare takes one "
            "account per side",
        ),
        (
            "many.tar.gz",
            tgz_bytes({f"s{n}.txt": OTHER for n in range(6)}),
            "",
            "of several files (s0.txt, s1.txt, s2.txt, ...)",
        ),
        ("empty.zip", zip_bytes({}), "", "empty archive: no files to read in it"),
        ("odd.zip", zip_bytes({"../statement.md": STATEMENT}), ":../statement.md", "unsafe"),
        ("photo.zip", zip_bytes({"photo.png": b"\x89PNG"}), ":photo.png", "unknown extension"),
        ("cut.md.gz", gzip.compress(STATEMENT)[:20], "", "gzip file cut off"),
    ],
)
def test_what_is_not_one_account_is_refused_naming_the_file(tmp_path, name, data, where, problem):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        read_account(path)
    assert str(caught.value).startswith(f"{path}{where}: ")
    assert problem in str(caught.value)


def test_read_path_of_an_archive_says_ingest_reads_it(tmp_path):
    path = tmp_path / "corpus.tgz"
    path.write_bytes(tgz_bytes({"statement.md": STATEMENT}))
    with pytest.raises(InputError, match=r"corpus\.tgz: an archive \(tar\) of documents: `ple"):
        read_path(path)


def test_the_compare_command_refuses_an_archive_of_two_accounts(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(_common.console, "_width", 400)
    both = tmp_path / "both.zip"
    both.write_bytes(zip_bytes({"statement.md": STATEMENT, "finnish.txt": OTHER}))
    single = tmp_path / "finnish.txt"
    single.write_bytes(OTHER)
    result = CliRunner().invoke(
        build_app(), ["--db", str(tmp_path / "c.db"), "compare", str(both), str(single)]
    )
    assert result.exit_code != 0
    shown = " ".join(result.output.split())  # the error console folds long lines
    assert f"{both}: an archive (zip) of several files" in shown
    assert "Traceback" not in result.output
