"""``pledgewatch ingest``: summary output, failures table, exit codes, standard input."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pledgewatch.cli import _common, build_app
from pledgewatch.store import open_store

runner = CliRunner()


@pytest.fixture(autouse=True)
def wide_console(monkeypatch):
    """Tables as wide as a real terminal, so long paths are not folded in assertions."""
    monkeypatch.setattr(_common.console, "_width", 400)


@pytest.fixture()
def db(tmp_path: Path) -> str:
    return str(tmp_path / "cli.db")


def invoke(db: str, *args: str, input: str | None = None):
    return runner.invoke(build_app(), ["--db", db, "ingest", "--quiet", *args], input=input)


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    write(root / "one.md", "---\ndate: 2011-08-24\n---\nOne\n\nSEOUL (AP) -- First.\n")
    write(root / "two.txt", "Two\n\nPYONGYANG, Aug. 25 (KCNA) -- Second.\n")
    return root


def test_ingest_then_again_says_nothing_new(db, corpus):
    first = invoke(db, str(corpus))
    assert first.exit_code == 0, first.output
    assert "ingest summary" in first.output
    assert "2 new, 0 duplicates, 0 failed" in first.output
    second = invoke(db, str(corpus))
    assert second.exit_code == 0, second.output
    assert "0 new, 2 duplicates, 0 failed" in second.output
    with open_store(db) as store:
        assert store.count_documents() == 2


def test_failures_are_listed_with_reasons_and_exit_1(db, corpus, tmp_path):
    bad = write(tmp_path / "broken.bin.txt", b"\x00\x01\x02binary\x00")
    missing = tmp_path / "gone.txt"
    result = invoke(db, str(corpus), str(bad), str(missing))
    assert result.exit_code == 1, result.output
    assert "failures" in result.output
    assert f"{bad}" in result.output and "binary data (it contains NUL bytes)" in result.output
    assert f"{missing}" in result.output and "no such file or directory" in result.output
    assert "2 new, 0 duplicates, 2 failed" in result.output
    with open_store(db) as store:
        assert store.count_documents() == 2


def test_a_warned_source_is_ingested_and_its_warning_printed(db, tmp_path):
    # UTF-8 with stray Windows-1252 quotes: read as both, and the user is told which file
    mixed = write(
        tmp_path / "mixed.txt",
        "Talks resume\n\nSeoul \u2014 envoys ".encode() + b"\x93agreed\x94 to meet.\n",
    )
    result = invoke(db, str(mixed))
    assert result.exit_code == 0, result.output
    assert "1 new, 0 duplicates, 0 failed" in result.output
    assert f"warning {mixed}: mixed encodings" in result.output


def test_stdin_with_date_and_publisher(db):
    text = "Piped headline\n\nThe envoys said on Monday that talks would resume.\n"
    result = invoke(db, "-", "--date", "2011-08-24", "--publisher", "Pipe Wire", input=text)
    assert result.exit_code == 0, result.output
    assert "1 new" in result.output
    with open_store(db) as store:
        (doc,) = store.iter_documents()
    assert (doc.title, doc.publisher, doc.published, doc.source_path) == (
        "Piped headline",
        "Pipe Wire",
        dt.date(2011, 8, 24),
        "<stdin>",
    )


def test_csv_with_map_option(db, tmp_path):
    path = write(
        tmp_path / "rows.csv",
        "story,headline,pubdate\n"
        "The talks ended.,Ended,2011-10-25\n"
        "They resumed.,Resumed,2011-12-01\n",
    )
    result = invoke(db, str(path), "--map", "text=story,title=headline", "--map", "date=pubdate")
    assert result.exit_code == 0, result.output
    with open_store(db) as store:
        titles = sorted((d.title, d.published) for d in store.iter_documents())
    assert titles == [("Ended", dt.date(2011, 10, 25)), ("Resumed", dt.date(2011, 12, 1))]


def test_max_bytes_and_format_options(db, tmp_path):
    big = write(tmp_path / "big.txt", "Big\n\n" + "word " * 100)
    result = invoke(db, str(big), "--max-bytes", "100")
    assert result.exit_code == 1
    assert "over the size limit" in result.output
    odd = write(tmp_path / "story.data", "Odd\n\nA story in an odd file.\n")
    assert invoke(db, str(odd)).exit_code == 1
    assert invoke(db, str(odd), "--format", "text").exit_code == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--date", "24/08/2011"], "is not a date; write YYYY-MM-DD"),
        (["--map", "body"], "not FIELD=COLUMN"),
        (["--format", "docx"], "unknown format 'docx'"),
        (["--max-bytes", "lots"], "is not a size"),
    ],
)
def test_bad_options_stop_with_exit_2(db, corpus, args, message, capsys):
    result = invoke(db, str(corpus), *args)
    assert result.exit_code == 2
    assert message in result.output + capsys.readouterr().err


def test_help_explains_with_an_example():
    result = runner.invoke(build_app(), ["ingest", "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output and "--map" in result.output
